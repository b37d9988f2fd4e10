package org.conferencedesk.storage;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;

/**
 * The databases a repository or service test runs on (issue 16): a private in-memory H2 database,
 * or a fresh PostgreSQL database on the server named by the environment variable
 * {@value #VARIABLE} ({@code postgresql://USER@HOST:PORT/DATABASE}, password in {@code PGPASSWORD}
 * or {@code ~/.pgpass}; {@code .ci/postgres-cluster} starts such a server and prints both).
 *
 * <p>Without the variable the PostgreSQL variants are skipped, saying why (once, on stderr, and as
 * the skip reason). With it, a server that cannot be reached fails the test: in CI the PostgreSQL
 * variants must run.
 *
 * <p>Speed: the migrations run once per test JVM, into a template database; each test then gets a
 * copy of it ({@code CREATE DATABASE … TEMPLATE …}, a file copy on the server) and every database
 * this JVM made is dropped when it ends.
 */
public final class TestDatabases {

    /** The environment variable naming the PostgreSQL server of the tests. */
    public static final String VARIABLE = "CONFERENCEDESK_TEST_PG";

    /** The databases a test can run on. */
    public enum Backend {
        /** An in-memory H2 database, as every test had. */
        H2,
        /** A fresh database on the test PostgreSQL server. */
        POSTGRESQL
    }

    private static final Object LOCK = new Object();
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static final String PREFIX = "cdtest_" + ProcessHandle.current().pid() + "_";
    private static final List<String> CREATED = new ArrayList<>();
    private static String template;
    private static boolean skipReasonPrinted;

    private TestDatabases() {
    }

    /**
     * Opens a fresh, migrated database on {@code backend}; close it after the test.
     *
     * @throws org.opentest4j.TestAbortedException (the test is skipped) for PostgreSQL when {@value #VARIABLE} is not set
     * @throws IllegalStateException if {@value #VARIABLE} is set and the server cannot be used
     */
    public static Database open(Backend backend) {
        return switch (backend) {
            case H2 -> Database.openInMemory(UUID.randomUUID().toString());
            case POSTGRESQL -> Database.openPostgreSql(freshPostgreSql(), System.getenv());
        };
    }

    /** The test server's address, or empty when {@value #VARIABLE} is not set. */
    public static Optional<DatabaseLocation.PostgreSql> server() {
        String written = System.getenv(VARIABLE);
        if (written == null || written.isBlank()) {
            written = System.getProperty("conferencedesk.test.pg");
        }
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        if (!(DatabaseLocation.parse(written) instanceof DatabaseLocation.PostgreSql server)) {
            throw new IllegalStateException(VARIABLE + " must be a postgresql:// address, not " + written);
        }
        return Optional.of(server);
    }

    /** Skips the calling test (with the reason) unless a PostgreSQL server is configured. */
    public static DatabaseLocation.PostgreSql requireServer() {
        Optional<DatabaseLocation.PostgreSql> server = server();
        if (server.isEmpty()) {
            String reason = "PostgreSQL variant skipped: " + VARIABLE + " is not set (eval \"$(.ci/postgres-cluster start)\" sets it)";
            synchronized (LOCK) {
                if (!skipReasonPrinted) {
                    System.err.println(reason);
                    skipReasonPrinted = true;
                }
            }
            Assumptions.abort(reason);
        }
        return server.get();
    }

    /**
     * A new, migrated, empty database on the test server.
     *
     * @throws IllegalStateException if the server cannot be reached or the database not be made
     */
    public static DatabaseLocation.PostgreSql freshPostgreSql() {
        DatabaseLocation.PostgreSql server = requireServer();
        synchronized (LOCK) {
            if (template == null) {
                String name = PREFIX + "template";
                createDatabase(server, name, null);
                // Migrated once; every test's database is a copy of it.
                Database.openPostgreSql(at(server, name), System.getenv()).close();
                template = name;
            }
        }
        String name = PREFIX + COUNTER.incrementAndGet();
        createDatabase(server, name, template);
        return at(server, name);
    }

    /** An empty database on the test server, not migrated (for tests of the opening itself). */
    public static DatabaseLocation.PostgreSql emptyPostgreSql() {
        DatabaseLocation.PostgreSql server = requireServer();
        String name = PREFIX + "empty_" + COUNTER.incrementAndGet();
        createDatabase(server, name, null);
        return at(server, name);
    }

    /**
     * Runs {@code sql} on the database {@code where} as the test server's user, outside the application
     * (a second program, or the administrator).
     */
    public static void execute(DatabaseLocation.PostgreSql where, String sql) {
        try (Connection c = connect(where); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + sql + " on " + where.display(), e);
        }
    }

    /**
     * A plain JDBC connection to the database {@code database} is open on (an in-memory H2 database
     * or a PostgreSQL one), outside the application: what a second program sees and may try.
     */
    public static Connection connect(Database database) throws SQLException {
        if (database.dialect() == org.jooq.SQLDialect.POSTGRES) {
            return connect((DatabaseLocation.PostgreSql) DatabaseLocation.parse(database.description()));
        }
        if (database.description().startsWith("memory:")) {
            return DriverManager.getConnection("jdbc:h2:mem:" + database.description().substring("memory:".length()), "sa", "");
        }
        throw new IllegalArgumentException("Not an in-memory or PostgreSQL database: " + database.description());
    }

    private static DatabaseLocation.PostgreSql at(DatabaseLocation.PostgreSql server, String database) {
        return new DatabaseLocation.PostgreSql(server.host(), server.port(), database, server.user());
    }

    private static void createDatabase(DatabaseLocation.PostgreSql server, String name, String from) {
        // The template must have no other connection while it is copied: the pool that migrated it is closed.
        execute(server, "CREATE DATABASE " + name + (from == null ? "" : " TEMPLATE " + from));
        synchronized (LOCK) {
            if (CREATED.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(server), "drop-test-databases"));
            }
            CREATED.add(name);
        }
    }

    private static void dropAll(DatabaseLocation.PostgreSql server) {
        List<String> names;
        synchronized (LOCK) {
            names = new ArrayList<>(CREATED);
        }
        try (Connection c = connect(server); Statement s = c.createStatement()) {
            for (String name : names) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            }
        } catch (SQLException e) {
            System.err.println("Could not drop the test databases " + names + ": " + e.getMessage());
        }
    }

    private static Connection connect(DatabaseLocation.PostgreSql where) throws SQLException {
        Properties properties = new Properties();
        Map<String, String> environment = System.getenv();
        properties.setProperty("user", where.login(environment));
        String password = environment.get("PGPASSWORD");
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(where.jdbcUrl(), properties);
    }
}
