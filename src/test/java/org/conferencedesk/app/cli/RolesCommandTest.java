package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code roles} (issue 16): the groups and logins made by the command are enforced by PostgreSQL itself —
 * a read-only login cannot write even with a plain SQL connection of its own, data entry cannot touch the
 * awards, the award committee cannot touch contracts or guests — and the audit trail names the login.
 */
class RolesCommandTest {

    private static final String PASSWORD = "Lo9-kV2q-team";

    @TempDir
    Path home;

    private DatabaseLocation.PostgreSql shared;
    private final List<String> logins = new ArrayList<>();

    private CliRunner cli(String password) {
        Map<String, String> extra = new HashMap<>(Map.of("CONFERENCEDESK_NEW_PASSWORD", PASSWORD));
        if (password != null) {
            extra.put("PGPASSWORD", password);
        }
        return CliRunner.inHome(home, Locale.ENGLISH, extra);
    }

    private String login(String group) {
        String name = "cdtest_" + ProcessHandle.current().pid() + "_" + group.replace('-', '_') + "_" + logins.size();
        CliRunner.Result made = cli(null).run("--db", shared.display(), "roles", "login", name, "--group", group);
        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("Created the login " + name + " in the group " + group);
        logins.add(name);
        return name;
    }

    private Connection as(String login) throws SQLException {
        return DriverManager.getConnection(shared.jdbcUrl(), login, PASSWORD);
    }

    private String as(String login, String database) {
        return "postgresql://" + login + "@" + shared.host() + ":" + shared.port() + "/" + database;
    }

    @AfterEach
    void dropTheRoles() {
        if (shared == null) {
            return;
        }
        List<String> roles = new ArrayList<>(logins);
        for (String group : List.of("secretariat", "data_entry", "award_committee", "read_only")) {
            roles.add(shared.database() + "_" + group);
        }
        // Roles belong to the whole server: the test leaves none behind.
        TestDatabases.execute(shared, "DROP OWNED BY " + String.join(", ", roles));
        for (String role : roles) {
            TestDatabases.execute(shared, "DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void eachGroupWritesOnlyWhatItWasGrantedWhateverProgramItUses() throws Exception {
        shared = TestDatabases.freshPostgreSql();
        CliRunner owner = cli(null);
        assertThat(owner.run("--db", shared.display(), "events", "create", "--name", "WIMC 2020", "--start", "2020-11-26",
                "--end", "2020-11-28").exitCode()).isZero();
        assertThat(owner.run("--db", shared.display(), "import", "contracts", "docs/samples/wimc-2020-signing-ceremony.csv").exitCode()).isZero();
        CliRunner.Result created = owner.run("--db", shared.display(), "roles", "create");
        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("read-only (" + shared.database() + "_read_only): reads everything");
        String reader = login("read-only");
        String clerk = login("data-entry");
        String jury = login("award-committee");

        // The read-only login reads with the application ...
        CliRunner.Result totals = cli(PASSWORD).run("--db", as(reader, shared.database()), "totals", "--json");
        assertThat(totals.exitCode()).as(totals.err()).isZero();
        assertThat(totals.out()).contains("\"amount\" : \"53630000000.00\"");
        // ... and writes nothing, with its own SQL client either.
        try (Connection c = as(reader); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM contract")) {
                r.next();
                assertThat(r.getInt(1)).isEqualTo(30);
            }
            assertRefused(s, "INSERT INTO event (name) VALUES ('Not allowed')");
            assertRefused(s, "UPDATE contract SET amount = 0");
            assertRefused(s, "DELETE FROM contract");
            assertRefused(s, "INSERT INTO audit_entry (occurred_at, actor, record_type, action) VALUES (now(), 'x', 'contract', 'CREATED')");
        }
        try (Connection c = as(clerk); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE contract SET note = 'checked' WHERE signing_order = 1")).isEqualTo(1);
            assertRefused(s, "DELETE FROM award_sign_off");
            assertRefused(s, "UPDATE award_category SET running_order = running_order");
            assertRefused(s, "DELETE FROM audit_entry");
        }
        try (Connection c = as(jury); Statement s = c.createStatement()) {
            assertThat(s.executeUpdate("UPDATE award_category SET running_order = running_order")).isZero();
            assertRefused(s, "UPDATE contract SET note = 'no'");
            assertRefused(s, "DELETE FROM guest");
        }

        // Data entry imports guests with the application; the audit trail names the login.
        CliRunner.Result imported = cli(PASSWORD).run("--db", as(clerk, shared.database()), "import", "guests", "docs/samples/wimc-2020-guests.csv");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        CliRunner.Result refused = cli(PASSWORD).run("--db", as(reader, shared.database()), "import", "guests", "docs/samples/wimc-2020-guests-late.csv", "--duplicates", "add");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("The shared database refused this change: your login's group (roles) does not allow it."
                + " Nothing was changed.");
        CliRunner.Result event = cli(PASSWORD).run("--db", as(reader, shared.database()), "events", "create", "--name", "WIMC 2021");
        assertThat(event.exitCode()).isEqualTo(1);
        assertThat(event.err()).contains("The login " + reader + " may not make this change on " + as(reader, shared.database())
                + ": its group (roles) does not allow it. Nothing was changed.");
        try (Connection c = as(reader); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT DISTINCT actor FROM audit_entry WHERE record_type = 'guest'")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo(clerk + " (command line)");
            assertThat(r.next()).isFalse();
        }
        CliRunner.Result list = owner.run("--db", shared.display(), "roles", "list");
        assertThat(list.out()).contains("data-entry (" + shared.database() + "_data_entry): " + clerk);
    }

    private static void assertRefused(Statement s, String sql) {
        assertThatThrownBy(() -> s.executeUpdate(sql)).as(sql)
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
    }
}
