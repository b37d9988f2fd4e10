package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a shared PostgreSQL database (issue 16): {@code --db postgresql://…} opens it,
 * with the password from PGPASSWORD (the test server's), and the same sample gives the same totals
 * to the fen as on a file.
 */
class ConferenceDeskCliPostgreSqlTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path home;

    private CliRunner cli(Locale locale) {
        return CliRunner.inHome(home, locale, Map.of());
    }

    @Test
    void theSampleImportedIntoASharedDatabaseGivesTheSameTotals() throws Exception {
        DatabaseLocation.PostgreSql where = TestDatabases.freshPostgreSql();
        String db = where.display();
        CliRunner cli = cli(Locale.ENGLISH);

        CliRunner.Result created = cli.run("--db", db, "events", "create", "--name", "2020 World Intelligent Manufacturing Conference",
                "--short-name", "WIMC 2020");
        assertThat(created.exitCode()).as(created.err()).isZero();
        CliRunner.Result imported = cli.run("--db", db, "import", "contracts", "docs/samples/wimc-2020-signing-ceremony.csv");
        assertThat(imported.exitCode()).as(imported.err()).isZero();

        JsonNode totals = JSON.readTree(cli.run("--db", db, "totals", "--json").out());
        assertThat(totals.at("/contracts/signed/count").asInt()).isEqualTo(30);
        assertThat(totals.at("/contracts/signed/amount").asText()).isEqualTo("53630000000.00");
        // A second program on the same database at the same time: no lock file stands in the way.
        assertThat(cli.run("--db", db, "list", "contracts", "--json").exitCode()).isZero();
    }

    @Test
    void fileCommandsSayTheyWorkOnAFile() {
        DatabaseLocation.PostgreSql where = TestDatabases.freshPostgreSql();
        CliRunner.Result backup = cli(Locale.ENGLISH).run("--db", where.display(), "backup");
        assertThat(backup.exitCode()).isEqualTo(1);
        assertThat(backup.err()).contains("The shared database " + where.display()
                + " is backed up on its server (pg_dump, by its administrator), not by ConferenceDesk. Nothing was written.");
        CliRunner.Result restore = cli(Locale.ENGLISH).run("--db", where.display(), "restore", "backup.zip");
        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).contains("This command works on a database file; " + where.display()
                + " is a shared PostgreSQL database. Backups of a shared database are made on the server (pg_dump)");
    }

    @Test
    void aMalformedAddressIsRefusedSayingHowToWriteIt() {
        CliRunner.Result result = cli(Locale.SIMPLIFIED_CHINESE).run("--db", "postgresql://db.example.org", "totals");
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("“postgresql://db.example.org”不是 PostgreSQL 数据库地址。请写成 postgresql://主机[:端口]/数据库");
    }
}
