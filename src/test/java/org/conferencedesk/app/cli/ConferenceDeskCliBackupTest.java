package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.conferencedesk.app.AppContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code restore}, the backup before an import, and the one-writer sentence. */
class ConferenceDeskCliBackupTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    private Path db;
    private CliRunner cli;

    @BeforeEach
    void setUp() throws Exception {
        db = folder.resolve("data/wimc");
        cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
        Path file = Files.writeString(folder.resolve("good.csv"), String.join("\n",
                "项目名称,投资方,合作方,行业,区域,金额",
                "机器人产业园,甲公司,江宁开发区,机器人,江宁区,52亿元",
                "激光项目,丙公司,溧水区政府,光电,溧水区,3500万元",
                ""), StandardCharsets.UTF_8);
        CliRunner.Result imported = cli.run("--db", db.toString(), "--event", "WIMC 2020", "import", "contracts", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    private List<String> projects(Path database) throws Exception {
        CliRunner.Result listed = cli.run("--db", database.toString(), "list", "contracts", "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode rows = JSON.readTree(listed.out());
        return rows.findValuesAsText("projectName");
    }

    @Test
    void importBacksUpTheDatabaseFirstAndKeepsThatBackupAsTheOneBeforeTheImport() throws Exception {
        assertThat(backupNames()).singleElement().asString()
                .matches("wimc-\\d{4}-\\d{2}-\\d{2}T\\d{2}-\\d{2}-\\d{2}-before-import\\.zip");
    }

    @Test
    void refusedRetriesOfAMistakenImportPushNoGoodBackupOutOfTheRotation() throws Exception {
        // Issue 9 §4: one mistaken import, then eleven retries that are refused (the rows are there already).
        Path mistaken = Files.writeString(folder.resolve("mistaken.csv"), String.join("\n",
                "项目名称,投资方,合作方,行业,区域,金额",
                "误填项目,乙公司,浦口区政府,芯片,浦口区,999亿元",
                ""), StandardCharsets.UTF_8);
        List<String> beforeIt = backupNames();
        CliRunner.Result imported = cli.run("--db", db.toString(), "--event", "WIMC 2020", "import", "contracts", mistaken.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        List<String> afterMistake = backupNames();
        assertThat(afterMistake).hasSize(2).allMatch(n -> n.endsWith("-before-import.zip"));
        String beforeMistake = afterMistake.stream().filter(n -> !beforeIt.contains(n)).findFirst().orElseThrow();
        List<String> afterFirstRetry = null;
        for (int i = 0; i < 11; i++) {
            CliRunner.Result refused = cli.run("--db", db.toString(), "--event", "WIMC 2020", "import", "contracts", mistaken.toString());
            assertThat(refused.exitCode()).isEqualTo(1);
            if (afterFirstRetry == null) {
                afterFirstRetry = backupNames();
            }
        }

        // The first retry backs up the state the mistaken import made; the ten after it change nothing and add nothing.
        assertThat(afterFirstRetry).hasSize(3).containsAll(afterMistake);
        assertThat(backupNames()).isEqualTo(afterFirstRetry);
        // The backup before the mistaken import restores the contracts as they were.
        CliRunner.Result restored = cli.run("--db", db.toString(), "restore", folder.resolve("data/backups").resolve(beforeMistake).toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(projects(db)).containsExactly("机器人产业园", "激光项目");
    }

    private List<String> backupNames() throws Exception {
        try (Stream<Path> backups = Files.list(folder.resolve("data/backups"))) {
            return backups.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).sorted().toList();
        }
    }

    @Test
    void backupToAFileRestoresIntoTheSameContracts() throws Exception {
        Path out = folder.resolve("usb/wimc-copy.zip");

        CliRunner.Result backup = cli.run("--db", db.toString(), "backup", "--out", out.toString());

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).isEqualTo("Backed up " + folder.resolve("data/wimc.mv.db") + " to " + out + ".\n");
        assertThat(out).exists();

        cli.run("--db", db.toString(), "events", "create", "--name", "After the backup");
        CliRunner.Result restore = cli.run("--db", db.toString(), "restore", out.toString());

        assertThat(restore.exitCode()).as(restore.err()).isZero();
        assertThat(restore.out()).startsWith("Restored " + out + " into " + folder.resolve("data/wimc.mv.db") + ".\n"
                + "The database as it was before is kept in " + folder.resolve("data/backups/before-restore-wimc-"));
        assertThat(projects(db)).containsExactly("机器人产业园", "激光项目");
        JsonNode events = JSON.readTree(cli.run("--db", db.toString(), "events", "list", "--json").out());
        assertThat(events.findValuesAsText("name")).containsExactly("WIMC 2020");
    }

    @Test
    void backupWithoutOutGoesIntoTheBackupsFolderBesideTheDatabase() {
        CliRunner.Result backup = cli.run("--db", db.toString(), "backup");

        assertThat(backup.exitCode()).as(backup.err()).isZero();
        assertThat(backup.out()).startsWith("Backed up " + folder.resolve("data/wimc.mv.db") + " to "
                + folder.resolve("data/backups/wimc-"));
    }

    @Test
    void backupToAFileNotEndingInZipIsWrongUsage() {
        CliRunner.Result backup = cli.run("--db", db.toString(), "backup", "--out", folder.resolve("copy.txt").toString());

        assertThat(backup.exitCode()).isEqualTo(2);
        assertThat(backup.err()).startsWith("The file name " + folder.resolve("copy.txt") + " must end in .zip.");
    }

    @Test
    void restoreOfABadFileExitsOneWithASentenceAndChangesNothing() throws Exception {
        Path file = folder.resolve("data/wimc.mv.db");
        String before = sha256(file);
        Path bad = Files.writeString(folder.resolve("holiday-photos.zip"), "not a zip");

        CliRunner.Result restore = cli.run("--db", db.toString(), "restore", bad.toString());

        assertThat(restore.exitCode()).isEqualTo(1);
        assertThat(restore.err()).isEqualTo(bad + " is not a ConferenceDesk backup (not a zip file, or a damaged one). "
                + "Nothing was restored; your database is unchanged.\n");
        assertThat(sha256(file)).isEqualTo(before);

        CliRunner.Result missing = cli.run("--db", db.toString(), "restore", folder.resolve("nowhere.zip").toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).startsWith("There is no file " + folder.resolve("nowhere.zip"));
    }

    @Test
    void aCommandOnADatabaseOpenElsewhereExitsOneSayingItIsInUse() throws Exception {
        try (AppContext open = AppContext.openFile(db)) {
            for (String[] command : new String[][] {{"totals"}, {"restore", folder.resolve("x.zip").toString()}}) {
                String[] args = Stream.concat(Stream.of("--db", db.toString()), Stream.of(command)).toArray(String[]::new);
                CliRunner.Result result = cli.run(args);

                assertThat(result.exitCode()).as(String.join(" ", command)).isEqualTo(1);
                assertThat(result.err()).as(String.join(" ", command)).isEqualTo("The database " + folder.resolve("data/wimc.mv.db")
                        + " is open in another ConferenceDesk window or command. Close it first, or use --db to work on another file.\n");
            }
            assertThat(open.events().list()).hasSize(1);
        }
    }

    @Test
    void aDamagedDatabaseIsNamedWithItsLatestBackupInChinese() throws Exception {
        Path file = folder.resolve("data/wimc.mv.db");
        byte[] bytes = Files.readAllBytes(file);
        // Cut after H2's two 4 KB file headers and a little more: every chunk is gone. (Cutting at half
        // can leave the newest chunks whole, as H2 reuses free space at the start: the data is then intact.)
        Files.write(file, java.util.Arrays.copyOf(bytes, 12 * 1024));
        CliRunner zh = new CliRunner(Map.of(), Locale.SIMPLIFIED_CHINESE, folder.resolve("logs/conferencedesk.log"));

        CliRunner.Result result = zh.run("--db", db.toString(), "totals");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("数据库 " + file + " 已损坏或不完整，无法打开。文件未作任何改动。最近的完好备份是 "
                + folder.resolve("data/backups/wimc-"));
        assertThat(result.err()).contains("conferencedesk restore \"" + folder.resolve("data/backups/wimc-"))
                .doesNotContain("Exception").doesNotContain("MVStore");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
