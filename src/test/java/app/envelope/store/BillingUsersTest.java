package app.envelope.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.envelope.domain.BillingLine;
import app.envelope.domain.WorkTags;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who used AI on which epic: distinct names, alphabetical, attributed lines only, never amounts. */
class BillingUsersTest {
    @TempDir
    Path dir;

    private static BillingLine line(long row, String user, String cost) {
        return new BillingLine(row, LocalDate.of(2026, 11, 3), "Anthropic", "api", null, "claude-sonnet-4-5", "output",
                null, null, null, null, new BigDecimal(cost), null, "USD",
                new WorkTags(null, null, null, null, null, user, Map.of(), Map.of()));
    }

    @Test
    void usersByEpicAreDistinctAlphabeticalAndOnlyAttributed() {
        try (Store store = TestStores.open(dir, "users")) {
            store.billing().importBatch("users.csv", "0123abcd", sink -> {
                sink.accept(new BillingRepository.StoredLine(0, 0, line(1, "zoe@example.com", "900.00"), "PAY-142", null, BigDecimal.ONE));
                sink.accept(new BillingRepository.StoredLine(0, 0, line(2, "ann@example.com", "1.00"), "PAY-142", null, BigDecimal.ONE));
                sink.accept(new BillingRepository.StoredLine(0, 0, line(3, " zoe@example.com ", "5.00"), "PAY-142", null, BigDecimal.ONE));
                sink.accept(new BillingRepository.StoredLine(0, 0, line(4, "bo@example.com", "2.00"), "GRO-210", null, BigDecimal.ONE));
                sink.accept(new BillingRepository.StoredLine(0, 0, line(5, "   ", "2.00"), "GRO-210", null, BigDecimal.ONE));
                sink.accept(new BillingRepository.StoredLine(0, 0, line(6, null, "2.00"), "PLAT-301", null, BigDecimal.ONE));
                sink.accept(new BillingRepository.StoredLine(0, 0, line(7, "cy@example.com", "3.00"), null, null, BigDecimal.ONE));
                return new BillingRepository.Summary("t", "t", 7, 7, 0, null, new BigDecimal("915.00"), null, "USD");
            });
            Map<String, List<String>> expected = Map.of("GRO-210", List.of("bo@example.com"),
                    "PAY-142", List.of("ann@example.com", "zoe@example.com"));
            assertEquals(expected, store.billing().usersByEpic());
            assertEquals(List.of("GRO-210", "PAY-142"), List.copyOf(store.billing().usersByEpic().keySet()));
            assertEquals(expected, streamingOnly(store.billing()).usersByEpic(), "the interface's own way agrees");
        }
    }

    /**
     * The repository seen only through forEachLine, so the interface's default usersByEpic runs (a
     * proxy, so that methods other work adds to the interface need nothing here).
     */
    private static BillingRepository streamingOnly(BillingRepository real) {
        return (BillingRepository) Proxy.newProxyInstance(BillingRepository.class.getClassLoader(),
                new Class<?>[] {BillingRepository.class}, (proxy, method, args) -> {
                    if (method.getName().equals("forEachLine")) {
                        return method.invoke(real, args);
                    }
                    if (method.isDefault()) {
                        return InvocationHandler.invokeDefault(proxy, method, args);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
