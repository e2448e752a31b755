package app.envelope.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.envelope.domain.Effort;
import app.envelope.domain.Size;
import app.envelope.domain.actuals.Calibration;
import app.envelope.service.CompareService;
import app.envelope.service.DemoLoader;
import app.envelope.store.Store;
import app.envelope.store.TestStores;
import app.envelope.ui.BackgroundTasks;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalibrationViewModelTest {
    @TempDir
    Path dir;

    @Test
    void showsTheCalibrationSaysPlainlyWhenSamplesAreTooFewAndAccepts() {
        try (Store store = TestStores.open(dir, "demo")) {
            new DemoLoader(store).load();
            CalibrationViewModel vm = new CalibrationViewModel(new CompareService(store), BackgroundTasks.IMMEDIATE);
            boolean[] accepted = {false};
            vm.setOnAccepted(() -> accepted[0] = true);
            vm.load();
            assertEquals(LocalDate.of(2026, 11, 16), vm.acceptFromProperty().get());
            assertEquals(15, vm.cells().size());
            assertEquals(5, vm.sizes().size());
            Calibration.Cell xsHigh = vm.calibrationProperty().get().cell(Size.XS, Effort.HIGH);
            assertEquals("fewer than 3 samples", CalibrationViewModel.note(xsHigh));
            assertEquals("no samples: unchanged", CalibrationViewModel.note(vm.calibrationProperty().get().size(Size.XL)));
            assertTrue(vm.summary().startsWith("From 3 closed sprints: 33 plan lines with token counts; 1 line left out"),
                    vm.summary());
            assertEquals("Re-prices Sprint 47 (starting on or after 2026-11-16); earlier sprints keep their prices.",
                    vm.repricedProperty().get());
            assertTrue(vm.acceptableProperty().get());
            vm.acceptFromProperty().set(LocalDate.of(2026, 12, 1));
            assertEquals("No sprint starts on or after 2026-12-01 yet; earlier sprints keep their prices.",
                    vm.repricedProperty().get());
            vm.accept();
            assertTrue(accepted[0]);
            assertTrue(vm.statusProperty().get().startsWith("Wrote a new envelope table version from 2026-12-01: S "),
                    vm.statusProperty().get());
            assertEquals(LocalDate.of(2026, 12, 1),
                    store.rateCard().load().asOf(LocalDate.of(2026, 12, 1)).envelope(Size.M).validFrom());
            assertFalse(vm.problemProperty().get() != null && !vm.problemProperty().get().isEmpty());
        }
    }
}
