package org.conferencedesk.storage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/**
 * The embedded H2 database of one organising committee: opened (and created if missing), migrated
 * by Flyway with the scripts of {@code sql/} (packaged as {@code classpath:db/migration}), and
 * handed to repositories as a jOOQ {@link DSLContext}.
 *
 * <p>Only repositories use {@link #dsl()}; services use {@link #inTransaction(Function)} to group
 * the repository calls of one unit of work.
 */
public final class Database implements AutoCloseable {

    private static final String H2_SUFFIX = ".mv.db";

    private final JdbcConnectionPool pool;
    private final DSLContext dsl;
    private final String description;

    private Database(String jdbcUrl, String description) {
        this.pool = JdbcConnectionPool.create(jdbcUrl, "sa", "");
        this.pool.setMaxConnections(8);
        this.description = description;
        Settings settings = new Settings()
                .withRenderFormatted(false)
                .withExecuteLogging(false);
        this.dsl = DSL.using(pool, SQLDialect.H2, settings);
        migrate(pool);
    }

    /**
     * Opens the database file at {@code file}, creating it and its folder if needed, and migrates it.
     *
     * @param file the database path, with or without H2's {@code .mv.db} suffix
     * @throws StorageException if the folder cannot be created or the file cannot be opened or migrated
     */
    public static Database openFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        String name = absolute.getFileName().toString();
        if (name.endsWith(H2_SUFFIX)) {
            absolute = absolute.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
        }
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new StorageException("Cannot create the folder " + absolute.getParent() + ": " + e.getMessage(), e);
        }
        // DB_CLOSE_ON_EXIT=FALSE: we close it ourselves, after the last write has been committed.
        String url = "jdbc:h2:file:" + absolute + ";DB_CLOSE_ON_EXIT=FALSE";
        try {
            return new Database(url, absolute + H2_SUFFIX);
        } catch (RuntimeException e) {
            throw new StorageException("Cannot open the database " + absolute + H2_SUFFIX + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens a fresh private in-memory database (for tests and benchmarks), migrated like a file.
     *
     * @param name a name unique to the caller; the database lives until {@link #close()}
     */
    public static Database openInMemory(String name) {
        return new Database("jdbc:h2:mem:" + Objects.requireNonNull(name) + ";DB_CLOSE_DELAY=-1", "memory:" + name);
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
    }

    /** The jOOQ context over this database; for repositories only. */
    public DSLContext dsl() {
        return dsl;
    }

    /**
     * Runs {@code work} in one transaction: it commits if {@code work} returns, and rolls back
     * everything if it throws (the exception is rethrown unchanged).
     *
     * @param work receives a context bound to the transaction; repositories created from it take part
     */
    public <T> T inTransaction(Function<DSLContext, T> work) {
        return dsl.transactionResult(configuration -> work.apply(configuration.dsl()));
    }

    /** Where this database lives, for messages and the log (a file path or {@code memory:NAME}). */
    public String description() {
        return description;
    }

    /**
     * Closes the database; committed data is on disk when this returns. A file database closes with
     * its last connection (an explicit SHUTDOWN would leave the pool's other connections to fail and
     * fill the {@code .trace.db} file); an in-memory one is shut down so that its memory is freed.
     */
    @Override
    public void close() {
        if (description.startsWith("memory:")) {
            try (var connection = pool.getConnection(); var statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (java.sql.SQLException ignored) {
                // Already closed: nothing left to free.
            }
        }
        pool.dispose();
    }
}
