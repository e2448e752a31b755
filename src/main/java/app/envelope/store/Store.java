package app.envelope.store;

import java.nio.file.Path;
import java.util.function.Supplier;

/** An open Envelope database: its repositories and transactions. Close it to release the file. */
public interface Store extends AutoCloseable {
    Path path();

    PortfolioRepository portfolio();

    RateCardRepository rateCard();

    BillingRepository billing();

    SettingsRepository settings();

    /** Entered actual hours and outcomes per plan line, and the imported spend summed for comparisons. */
    ActualsRepository actuals();

    /** Saved column mappings for billing files no built-in format reads. */
    ColumnMappingRepository columnMappings();

    ScenarioRepository scenarios();

    /** Runs {@code work} in one transaction: everything it stores, or nothing. */
    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /** True when the database holds no portfolio yet (no sprints, no epics). */
    boolean isEmpty();

    @Override
    void close();
}
