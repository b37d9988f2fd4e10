package org.conferencedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.conferencedesk.app.cli.CliRunner;
import org.conferencedesk.storage.BackupService;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseLock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One writer for real, with real processes (issue 9 §1, §8): the window (headless) and commands, two
 * commands, a command at the moment the window's start-up or closing backup is being written, and a
 * window killed with SIGKILL. Each refused program says who has the database and changes nothing;
 * commands that only read are run by the window.
 */
class OneWriterProcessTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path GUESTS = Path.of("docs/samples/wimc-2020-guests.csv").toAbsolutePath();
    private static final Path LATE_GUESTS = Path.of("docs/samples/wimc-2020-guests-late.csv").toAbsolutePath();
    private static final Path CONTRACTS = Path.of("docs/samples/wimc-2020-signing-ceremony.csv").toAbsolutePath();

    @TempDir
    Path folder;

    private Path home() {
        return folder.resolve("home");
    }

    @Test
    void theWindowHoldsTheDatabaseFromBeforeItsStartUpBackupUntilAfterItsClosingBackup() throws Exception {
        Path db = folder.resolve("data/wimc");
        Path backups = folder.resolve("data/backups");
        Path work = Files.createDirectories(folder.resolve("work"));
        seed(db, 40_000);

        // Commands waiting for the moment the window's start-up backup is being written.
        try (RealProcess writeDuringBackup = RealProcess.start(home(), work, CommandWhen.class, "part", backups.toString(), "--",
                "--db", db.toString(), "events", "create", "--name", "During the backup");
             RealProcess readDuringBackup = RealProcess.start(home(), work, CommandWhen.class, "part", backups.toString(), "--",
                "--db", db.toString(), "totals", "--json")) {
            writeDuringBackup.awaitLine("ready", 120);
            readDuringBackup.awaitLine("ready", 120);

            try (RealProcess window = RealProcess.start(home(), work, HeadlessWindow.class, db.toString())) {
                String windowSentence = "The database " + Database.h2File(db) + " is open in the ConferenceDesk window (process "
                        + window.pid() + ", user " + System.getProperty("user.name") + ", since ";

                writeDuringBackup.awaitLine("exit ", 180);
                assertThat(writeDuringBackup.out()).contains("attempt", "exit 1");
                assertThat(writeDuringBackup.out()).anyMatch(line -> line.startsWith("err: " + windowSentence));
                readDuringBackup.awaitLine("exit ", 180);
                assertThat(readDuringBackup.out()).contains("exit 0");
                assertThat(JSON.readTree(jsonOf(readDuringBackup.out())).at("/guests/total").asInt()).isEqualTo(326);

                awaitWindowReady(db, backups);

                // A command that writes is refused, naming the window; nothing changes.
                RealProcess.Ended importing = RealProcess.run(home(), work, "--db", db.toString(), "import", "guests",
                        LATE_GUESTS.toString(), "--duplicates", "add");
                assertThat(importing.exitCode()).isEqualTo(1);
                assertThat(importing.err()).startsWith(windowSentence)
                        .endsWith("Make the change in that window, or close it first and run the command again.\n");

                // Commands that only read are run by the window, in the user's folder.
                RealProcess.Ended totals = RealProcess.run(home(), work, "--db", db.toString(), "totals", "--json");
                assertThat(totals.exitCode()).as(totals.err()).isZero();
                JsonNode figures = JSON.readTree(totals.outText());
                assertThat(figures.at("/guests/total").asInt()).isEqualTo(326);
                assertThat(figures.at("/contracts/total/count").asInt()).isEqualTo(40_000);
                RealProcess.Ended export = RealProcess.run(home(), work, "--db", db.toString(), "export", "guests", "--out", "guests.csv");
                assertThat(export.exitCode()).as(export.err()).isZero();
                assertThat(Files.readAllLines(work.resolve("guests.csv"))).hasSize(1 + 326);

                // A second window brings the first to the front and quits.
                try (RealProcess second = RealProcess.start(home(), work, HeadlessWindow.class, db.toString())) {
                    assertThat(second.awaitEnd(120).exitCode()).isZero();
                }
                assertThat(window.isAlive()).isTrue();

                // A command waiting for the closing backup: the window holds the database until that is written.
                // Nothing changed since the start-up backup, and the window backs up only what changed (issue 9
                // §4): without its record of the last backup it cannot tell, so it writes one.
                Files.delete(backups.resolve(".wimc.last-backup"));
                try (RealProcess writeDuringClosing = RealProcess.start(home(), work, CommandWhen.class, "part", backups.toString(), "--",
                        "--db", db.toString(), "events", "create", "--name", "During the closing backup")) {
                    writeDuringClosing.awaitLine("ready", 120);
                    RealProcess.Ended closed = window.closeInputAndAwaitEnd(180);
                    assertThat(closed.exitCode()).as(closed.err()).isZero();
                    writeDuringClosing.awaitLine("exit ", 60);
                    assertThat(writeDuringClosing.out()).contains("attempt", "exit 1");
                    assertThat(writeDuringClosing.out()).anyMatch(line -> line.startsWith("err: " + windowSentence));
                }
            }
        }

        // Start-up and closing backups, both whole; the closing one written off the FX thread.
        List<BackupService.Backup> taken = BackupService.of(db).list();
        assertThat(taken).hasSize(2);
        taken.forEach(b -> BackupService.of(db).check(b.file()));
        assertThat(Files.readString(home().resolve("ConferenceDesk/logs/conferencedesk.log")))
                .containsPattern("\\[closing-backup\\] o\\.c\\.app\\.startup\\.ConferenceDeskApp - Closing backup: ");

        // Free again: the refused changes were not made, and a command writes now.
        assertThat(Files.size(DatabaseLock.lockFile(db))).isZero();
        cli("--db", db.toString(), "import", "guests", LATE_GUESTS.toString(), "--duplicates", "add");
        try (AppContext context = AppContext.openFile(db)) {
            assertThat(context.events().list()).extracting(org.conferencedesk.events.Event::name).containsExactly("WIMC 2020");
        }
    }

    @Test
    void aCommandIsRefusedWhileAnotherCommandWritesAndNamesIt() throws Exception {
        Path db = seeded(folder.resolve("wimc"), 0);
        Path work = work();
        Path big = bigContractFile(folder.resolve("big.csv"), 60_000, "big");

        try (RealProcess second = RealProcess.start(home(), work, CommandWhen.class, "lock", DatabaseLock.lockFile(db).toString(),
                "command=import contracts", "--", "--db", db.toString(), "events", "create", "--name", "Meanwhile")) {
            second.awaitLine("ready", 120);
            try (RealProcess first = RealProcess.start(home(), work, Main.class, "--db", db.toString(), "--event", "WIMC 2020",
                    "import", "contracts", big.toString())) {
                second.awaitLine("exit ", 180);
                assertThat(second.out()).contains("attempt", "exit 1");
                assertThat(second.out()).anyMatch(line -> line.startsWith("err: The database " + Database.h2File(db)
                        + " is in use by the command \u201cimport contracts\u201d (process " + first.pid() + ", user "));
                assertThat(second.out()).anyMatch(line -> line.endsWith("Wait until it has finished, then try again."));
                RealProcess.Ended imported = first.awaitEnd(300);
                assertThat(imported.exitCode()).as(imported.err()).isZero();
            }
        }
        RealProcess.Ended totals = RealProcess.run(home(), work, "--db", db.toString(), "totals", "--json");
        assertThat(JSON.readTree(totals.outText()).at("/contracts/total/count").asInt()).isEqualTo(30 + 60_000);
    }

    @Test
    void twoCommandsStartedTogetherEachEitherDoItAllOrAreRefusedAndNothingIsLost() throws Exception {
        Path db = seeded(folder.resolve("wimc"), 0);
        Path work = work();
        Path a = bigContractFile(folder.resolve("a.csv"), 10_000, "a");
        Path b = bigContractFile(folder.resolve("b.csv"), 10_000, "b");

        RealProcess.Ended first;
        RealProcess.Ended second;
        try (RealProcess one = RealProcess.start(home(), work, Main.class, "--db", db.toString(), "--event", "WIMC 2020",
                "import", "contracts", a.toString());
             RealProcess two = RealProcess.start(home(), work, Main.class, "--db", db.toString(), "--event", "WIMC 2020",
                "import", "contracts", b.toString())) {
            first = one.awaitEnd(300);
            second = two.awaitEnd(300);
        }
        int imported = 0;
        for (RealProcess.Ended ended : List.of(first, second)) {
            if (ended.exitCode() == 0) {
                imported += 10_000;
            } else {
                assertThat(ended.exitCode()).isEqualTo(1);
                assertThat(ended.err()).contains("is in use by the command \u201cimport contracts\u201d");
            }
        }
        assertThat(imported).isPositive();
        RealProcess.Ended totals = RealProcess.run(home(), work, "--db", db.toString(), "totals", "--json");
        assertThat(JSON.readTree(totals.outText()).at("/contracts/total/count").asInt()).isEqualTo(30 + imported);
    }

    @Test
    void aWindowKilledWithSigkillLeavesTheDatabaseFreeForTheNextProgram() throws Exception {
        Path db = seeded(folder.resolve("data/wimc"), 0);
        Path work = work();
        try (RealProcess window = RealProcess.start(home(), work, HeadlessWindow.class, db.toString())) {
            awaitWindowReady(db, folder.resolve("data/backups"));
            window.kill();
        }
        // Its lock and its door are gone with it; the stale port file misleads nobody.
        RealProcess.Ended create = RealProcess.run(home(), work, "--db", db.toString(), "events", "create", "--name", "WIMC 2021");
        assertThat(create.exitCode()).as(create.err()).isZero();
        RealProcess.Ended events = RealProcess.run(home(), work, "--db", db.toString(), "events", "list", "--json");
        assertThat(JSON.readTree(events.outText()).findValuesAsText("name")).containsExactlyInAnyOrder("WIMC 2020", "WIMC 2021");
    }

    private Path work() throws java.io.IOException {
        return Files.createDirectories(folder.resolve("work"));
    }

    /** {@link #seed} and the database. */
    private Path seeded(Path db, int filler) throws Exception {
        seed(db, filler);
        return db;
    }

    /** The sample guests and contracts in event "WIMC 2020", and {@code filler} contracts more of random text. */
    private void seed(Path db, int filler) throws Exception {
        cli("--db", db.toString(), "events", "create", "--name", "WIMC 2020");
        cli("--db", db.toString(), "import", "guests", GUESTS.toString());
        cli("--db", db.toString(), "import", "contracts", CONTRACTS.toString());
        if (filler > 0) {
            try (AppContext context = AppContext.openFile(db)) {
                context.database().dsl().execute("DELETE FROM contract");
                context.database().dsl().execute("INSERT INTO contract (event_id, project_name, investor, amount, signing_order) "
                        + "SELECT (SELECT MIN(id) FROM event), 'project ' || X || ' ' || RANDOM_UUID(), 'investor ' || RANDOM_UUID(), X, X "
                        + "FROM SYSTEM_RANGE(1, " + filler + ")");
            }
        }
        try (Stream<Path> files = Files.list(db.resolveSibling("backups"))) {
            // The imports' backups: the window's start-up and closing backups are counted from none.
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
    }

    private void cli(String... args) {
        CliRunner.Result result = new CliRunner(java.util.Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log")).run(args);
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    private static Path bigContractFile(Path file, int rows, String prefix) throws Exception {
        StringBuilder csv = new StringBuilder("项目名称,投资方,金额\n");
        for (int i = 1; i <= rows; i++) {
            csv.append(prefix).append(" project ").append(i).append(",investor ").append(i).append(',').append(i).append("万元\n");
        }
        return Files.writeString(file, csv);
    }

    /** The window has the lock, listens for second starts and commands, and its start-up backup is written. */
    private static void awaitWindowReady(Path db, Path backups) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < until) {
            boolean locked = Files.isRegularFile(DatabaseLock.lockFile(db)) && Files.readString(DatabaseLock.lockFile(db)).contains("program=window");
            boolean listening = Files.isRegularFile(WindowActivation.portFile(db));
            boolean backedUp = Files.isDirectory(backups) && !BackupService.of(db).list().isEmpty();
            if (locked && listening && backedUp) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("The window did not open " + db + " within 180 s");
    }

    private static String jsonOf(List<String> out) {
        return String.join("\n", out.stream().filter(l -> l.startsWith("out: ")).map(l -> l.substring(5)).toList());
    }
}
