package app.envelope.store.jooq;

import app.envelope.store.ActualsRepository;
import app.envelope.store.BillingRepository;
import app.envelope.store.ColumnMappingRepository;
import app.envelope.store.DbLocation;
import app.envelope.store.PortfolioRepository;
import app.envelope.store.RateCardRepository;
import app.envelope.store.ScenarioRepository;
import app.envelope.store.SettingsRepository;
import app.envelope.store.Store;
import app.envelope.store.StoreException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.jooq.impl.DataSourceConnectionProvider;
import org.jooq.impl.DefaultConfiguration;
import org.jooq.impl.ThreadLocalTransactionProvider;

/**
 * The embedded H2 store. {@link #open(Path)} checks the file before it changes anything (writable,
 * not made by a newer Envelope, not open elsewhere), then migrates it with Flyway.
 */
public final class H2Store implements Store {
    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // H2 deduplicates every value it creates through a small global cache (hash, then equals on
        // the cached entry: for a DECIMAL(60, 30) that compares 100-bit integers). For an import that
        // creates 26 values per line and never sees them again, that is ~10% of the insert time for
        // nothing. Read once, when H2 first loads; a value given on the command line wins.
        if (System.getProperty("h2.objectCache") == null) {
            System.setProperty("h2.objectCache", "false");
        }
    }

    /**
     * B-tree pages split at 16 KB instead of H2's 4 KB: chosen when billing lines were rows of
     * ~300 bytes (10% less CPU per inserted line, measured); since decision 0020 they are blocks,
     * and the setting does no harm. Not stored in the file; applies to pages written from now on.
     *
     * <p>Results are streamed rather than first copied into a temporary result: reading every
     * {@code billing_block} (the workbook, re-attribution) holds one block at a time.
     */
    private static final String TUNING = ";PAGE_SIZE=16384;LAZY_QUERY_EXECUTION=1";

    private final Path path;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final JooqPortfolioRepository portfolio;
    private final JooqRateCardRepository rateCard;
    private final JooqBillingRepository billing;
    private final JooqSettingsRepository settings;
    private final JooqActualsRepository actuals;
    private final JooqColumnMappingRepository columnMappings;
    private final JooqScenarioRepository scenarios;

    private H2Store(Path path, JdbcConnectionPool pool) {
        this.path = path;
        this.pool = pool;
        DefaultConfiguration cfg = new DefaultConfiguration();
        cfg.set(SQLDialect.H2);
        cfg.set(new ThreadLocalTransactionProvider(new DataSourceConnectionProvider(pool)));
        cfg.settings().setExecuteLogging(false);
        this.dsl = DSL.using(cfg);
        this.portfolio = new JooqPortfolioRepository(dsl);
        this.rateCard = new JooqRateCardRepository(dsl);
        this.billing = new JooqBillingRepository(dsl);
        this.settings = new JooqSettingsRepository(dsl);
        this.actuals = new JooqActualsRepository(dsl);
        this.columnMappings = new JooqColumnMappingRepository(dsl);
        this.scenarios = new JooqScenarioRepository(dsl);
    }

    /** Opens (creating if needed) the database at {@code dbPath} and brings its schema up to date. */
    public static H2Store open(Path dbPath) {
        Path path = DbLocation.normalise(dbPath);
        OpenChecks.requireWritable(path);
        OpenChecks.requireKnownSchema(path);
        JdbcConnectionPool pool = pool(path);
        try {
            V8__BillingLinesIntoBlocks v8 = new V8__BillingLinesIntoBlocks();
            Flyway.configure().dataSource(pool).locations("classpath:db/migration").javaMigrations(v8)
                    .loggers("slf4j").load().migrate();
            if (v8.linesMoved() > 0) {
                pool = compact(path, pool);
            }
            H2Store store = new H2Store(path, pool);
            store.billing.sweepUnfinished(); // blocks of an import whose process was killed: never read, now gone
            return store;
        } catch (RuntimeException e) {
            pool.dispose();
            throw OpenChecks.translate(path, e);
        }
    }

    private static JdbcConnectionPool pool(Path path) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(OpenChecks.url(path, false) + TUNING, "sa", "");
        pool.setMaxConnections(8);
        return pool;
    }

    /**
     * Rewrites the file without the space freed by moving billing lines into blocks (V8, V9): H2
     * reuses free space but never gives it back, and a million lines of the old table would leave
     * the file ~300 MB larger for good. {@code SHUTDOWN COMPACT} closes the database; it is opened
     * again. Once, on the open that moved lines.
     */
    private static JdbcConnectionPool compact(Path path, JdbcConnectionPool pool) {
        try (java.sql.Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (java.sql.SQLException e) {
            throw fail("Cannot compact " + DbLocation.file(path) + " after upgrading it: " + e.getMessage(), e);
        } finally {
            pool.dispose();
        }
        return pool(path);
    }

    /**
     * Whether opening the database will first upgrade it: it was written by an earlier version of
     * Envelope (moving a million billing lines into blocks takes about 20 s, once). False for a new
     * file, and when the file cannot be read ({@link #open} then says why).
     */
    public static boolean needsUpgrade(Path dbPath) {
        try {
            int version = OpenChecks.schemaVersion(DbLocation.normalise(dbPath));
            return version > 0 && version < app.envelope.store.Schema.LATEST_VERSION;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public PortfolioRepository portfolio() {
        return portfolio;
    }

    @Override
    public RateCardRepository rateCard() {
        return rateCard;
    }

    @Override
    public BillingRepository billing() {
        return billing;
    }

    @Override
    public SettingsRepository settings() {
        return settings;
    }

    @Override
    public ActualsRepository actuals() {
        return actuals;
    }

    @Override
    public ColumnMappingRepository columnMappings() {
        return columnMappings;
    }

    @Override
    public ScenarioRepository scenarios() {
        return scenarios;
    }

    /** For repositories added in this package (billing, scenarios). */
    DSLContext dsl() {
        return dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return dsl.transactionResult(work::get);
    }

    @Override
    public boolean isEmpty() {
        return portfolio.sprints().isEmpty() && portfolio.epics().isEmpty();
    }

    @Override
    public void close() {
        pool.dispose();
    }

    static StoreException fail(String message, Throwable cause) {
        return new StoreException(message, cause);
    }
}
