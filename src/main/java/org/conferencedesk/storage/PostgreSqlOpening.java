package org.conferencedesk.storage;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultConfiguration;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens a database on a PostgreSQL server (issue 16, docs/decisions/0026): connects with the
 * password from PostgreSQL's own conventions, migrates it with the same Flyway migrations as an H2
 * file (PostgreSQL's versions where the SQL must differ, {@link VendorMigrations}), and hands out a
 * jOOQ context in the {@link SQLDialect#POSTGRES} dialect.
 *
 * <p>What the H2 file's safety nets become here: the one-writer lock file is not taken (many
 * laptops write at once; the database serialises them, and rules that span rows are guarded by
 * constraints and triggers in the database); the copy-and-rename upgrade of {@link SchemaUpgrade}
 * is not needed (PostgreSQL runs each migration's DDL in a transaction, and Flyway holds an advisory
 * lock so two laptops never migrate at once); file backups are the server's job ({@code pg_dump}),
 * and a copy to a local file is a later command.
 */
final class PostgreSqlOpening {

    private static final Logger LOG = LoggerFactory.getLogger(PostgreSqlOpening.class);

    /** The folder of PostgreSQL's own migration scripts ({@code sql/postgresql}). */
    static final String VENDOR = "postgresql";

    /** Connections one program keeps to the server at most (the window's lists, a report, an import). */
    private static final int MAX_CONNECTIONS = 8;

    /** Seconds a statement waits for the server's answer before its connection counts as lost. */
    static final int SOCKET_TIMEOUT_SECONDS = 120;

    /** Seconds the live-change listener's ping waits for the server before it counts as lost. */
    static final int LISTENER_SOCKET_TIMEOUT_SECONDS = 10;

    private PostgreSqlOpening() {
    }

    /**
     * The jOOQ settings of a PostgreSQL database. The generated code names tables and columns in
     * upper case (H2's own case, {@code defaultNameCase=upper} in pom.xml); PostgreSQL folds
     * unquoted names to lower case, which is how the migrations created them. So names are
     * rendered in lower case and still quoted: {@code "contract"."project_name"}. Quoting stays on
     * so that a column whose name PostgreSQL reserves still works.
     */
    static Settings settings() {
        return new Settings()
                .withRenderFormatted(false)
                .withExecuteLogging(false)
                .withRenderNameCase(RenderNameCase.LOWER)
                .withRenderQuotedNames(RenderQuotedNames.EXPLICIT_DEFAULT_QUOTED);
    }

    /**
     * Opens and migrates the database at {@code where}.
     *
     * @param environment the process environment: {@code PGPASSWORD} (else the driver reads
     *        {@code ~/.pgpass}, or the file named by {@code PGPASSFILE}), {@code PGUSER}
     * @throws StorageException with a sentence when the server does not answer, refuses the login,
     *         has no such database, holds a schema of a newer version or tables not ours, or the
     *         migration fails (then nothing of that migration is kept)
     */
    static Database open(DatabaseLocation.PostgreSql where, Map<String, String> environment) {
        // This program's mark on its connections: the V44 triggers put it in each notice, so the
        // listener skips the changes this program published itself.
        String origin = java.util.UUID.randomUUID().toString();
        PGSimpleDataSource source = dataSource(where, environment, origin);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolOf(source, where));
        } catch (HikariPool.PoolInitializationException e) {
            // The first connection is made at once: its refusal is a sentence by SQLSTATE.
            throw e.getCause() instanceof SQLException refused ? connectionRefused(refused, where, environment)
                    : StorageException.withSentence(e, "pg.unreachable", where.display());
        }
        try {
            try (Connection first = pool.getConnection()) {
                LOG.info("Connected to {} ({} {})", where.display(), first.getMetaData().getDatabaseProductName(),
                        first.getMetaData().getDatabaseProductVersion());
            } catch (SQLException e) {
                throw connectionRefused(e, where, environment);
            }
            migrate(pool, where);
            DSLContext dsl = DSL.using(new DefaultConfiguration().set(new CheckedConnections(pool, MAX_CONNECTIONS))
                    .set(SQLDialect.POSTGRES).set(settings())
                    .set(new org.jooq.impl.DefaultExecuteListenerProvider(new NotAllowed(where.display(), where.login(environment)))));
            LiveChanges live = new LiveChanges(() -> listenerConnection(where, environment, origin), origin, where.display());
            return Database.over(pool, dsl, where.display(), live);
        } catch (RuntimeException | Error e) {
            pool.close();
            throw e;
        }
    }

    /**
     * The pool of a program's connections (HikariCP): at most {@value #MAX_CONNECTIONS}, one kept open
     * when idle (twenty laptops must not hold 160 of the server's 100 default connections); a
     * connection idle for a moment is checked before it is handed out and one that failed with a
     * connection error (SQLSTATE 08xxx, 57P01 terminated by the administrator …) is dropped, so after
     * a lost connection the next save gets a working one; idle connections are pinged every minute
     * (what TCP keepalives notice only after two hours by the system's default).
     */
    private static HikariConfig poolOf(PGSimpleDataSource source, DatabaseLocation.PostgreSql where) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(source);
        config.setPoolName("ConferenceDesk " + where.display());
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setIdleTimeout(120_000);
        config.setKeepaliveTime(60_000);
        config.setConnectionTimeout(15_000);
        config.setValidationTimeout(5_000);
        config.setInitializationFailTimeout(1);
        config.setRegisterMbeans(false);
        return config;
    }

    /** The driver's data source for {@code where} with no origin mark (tools, tests). */
    static PGSimpleDataSource dataSource(DatabaseLocation.PostgreSql where, Map<String, String> environment) {
        return dataSource(where, environment, "");
    }

    /**
     * The driver's data source for {@code where}: TCP keepalives on, so a connection the network
     * dropped is noticed; 10 s to connect; a statement waits at most {@value #SOCKET_TIMEOUT_SECONDS} s
     * for the server's answer (a silently dead connection fails a save with a sentence instead of
     * hanging; no statement of ours runs that long); every connection carries {@code origin} as the
     * setting {@code conferencedesk.origin}, which the live-change triggers (V44) put in each notice.
     */
    static PGSimpleDataSource dataSource(DatabaseLocation.PostgreSql where, Map<String, String> environment,
                                                 String origin) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setServerNames(new String[] {where.host()});
        source.setPortNumbers(new int[] {where.port()});
        source.setDatabaseName(where.database());
        source.setUser(where.login(environment));
        String password = environment.get("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            source.setPassword(password);
        }
        // Without a password the driver looks in ~/.pgpass (or PGPASSFILE) itself, as psql does.
        source.setApplicationName("ConferenceDesk");
        source.setTcpKeepAlive(true);
        source.setConnectTimeout(10);
        source.setLoginTimeout(10);
        source.setSocketTimeout(SOCKET_TIMEOUT_SECONDS);
        if (!origin.isEmpty()) {
            source.setOptions("-c conferencedesk.origin=" + origin);
        }
        return source;
    }

    /**
     * The live-change listener's own connection (not pooled: it LISTENs for the program's whole life):
     * as the pool's, with a socket timeout of {@value #LISTENER_SOCKET_TIMEOUT_SECONDS} s so that its
     * ping to a silently dead server fails soon ({@link LiveChanges}).
     */
    static Connection listenerConnection(DatabaseLocation.PostgreSql where, Map<String, String> environment, String origin)
            throws SQLException {
        PGSimpleDataSource source = dataSource(where, environment, origin);
        source.setApplicationName("ConferenceDesk live changes");
        source.setSocketTimeout(LISTENER_SOCKET_TIMEOUT_SECONDS);
        return source.getConnection();
    }

    /** Flyway over a PostgreSQL database with this application's migrations, PostgreSQL's versions where they differ. */
    static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .resourceProvider(VendorMigrations.of(VENDOR, PostgreSqlOpening.class.getClassLoader()))
                .validateOnMigrate(true)
                .load();
    }

    private static void migrate(DataSource dataSource, DatabaseLocation.PostgreSql where) {
        Flyway flyway = flyway(dataSource);
        String newest = null;
        int applied = 0;
        for (MigrationInfo m : flyway.info().all()) {
            if (m.getState() == MigrationState.FUTURE_SUCCESS || m.getState() == MigrationState.FUTURE_FAILED) {
                newest = m.getVersion() == null ? m.getDescription() : m.getVersion().getVersion();
            }
            applied += m.getState().isApplied() ? 1 : 0;
        }
        if (newest != null) {
            throw StorageException.withSentence(null, "pg.tooNew", where.display(), newest);
        }
        if (applied == 0 && hasTables(dataSource, where)) {
            throw StorageException.withSentence(null, "pg.notOurs", where.display());
        }
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            throw StorageException.withSentence(e, "pg.migrateFailed", where.display());
        }
    }

    private static boolean hasTables(DataSource dataSource, DatabaseLocation.PostgreSql where) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            rs.next();
            return rs.getLong(1) > 0;
        } catch (SQLException e) {
            throw StorageException.withSentence(e, "pg.openFailed", where.display());
        }
    }

    /**
     * The sentence for a connection the server did not give, by the SQLSTATE PostgreSQL sends:
     * 28P01/28000 login refused (08004: no password to give), 3D000 no such database, 08xxx (or none) not reachable.
     */
    static StorageException connectionRefused(SQLException e, DatabaseLocation.PostgreSql where, Map<String, String> environment) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String user = where.login(environment);
        // 08004: the driver had no password to give (none in PGPASSWORD or ~/.pgpass) and the server asks for one.
        if (state.startsWith("28") || state.equals("08004")) {
            return StorageException.withSentence(e, "pg.loginRefused", where.display(), user);
        }
        if (state.equals("3D000")) {
            return StorageException.withSentence(e, "pg.noDatabase", where.display(), where.database());
        }
        if (state.startsWith("08") || state.isEmpty()) {
            return StorageException.withSentence(e, "pg.unreachable", where.display());
        }
        return StorageException.withSentence(e, "pg.openFailed", where.display());
    }

    /**
     * A change the login's group may not make (SQLSTATE 42501, the roles of {@code roles create}) becomes a
     * sentence naming the login, instead of the server's words; the transaction is rolled back as for any failure.
     */
    private static final class NotAllowed implements org.jooq.ExecuteListener {
        private static final long serialVersionUID = 1L;
        private final String database;
        private final String login;

        NotAllowed(String database, String login) {
            this.database = database;
            this.login = login;
        }

        @Override
        public void exception(org.jooq.ExecuteContext ctx) {
            RuntimeException e = ctx.exception();
            if (e != null && !(e instanceof StorageException) && ctx.sqlException() != null
                    && "42501".equals(ctx.sqlException().getSQLState())) {
                ctx.exception(StorageException.withSentence(e, "pg.notAllowed", login, database));
            }
        }
    }
}
