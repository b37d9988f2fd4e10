package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.storage.Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code encryption set|change|remove} and commands on an encrypted database with CONFERENCEDESK_PASSWORD. */
class ConferenceDeskCliEncryptionTest {

    @TempDir
    Path folder;

    private Path db;
    private Path log;

    private CliRunner cli(String password, String newPassword) {
        java.util.HashMap<String, String> env = new java.util.HashMap<>();
        if (password != null) {
            env.put("CONFERENCEDESK_PASSWORD", password);
        }
        if (newPassword != null) {
            env.put("CONFERENCEDESK_NEW_PASSWORD", newPassword);
        }
        return new CliRunner(Map.copyOf(env), Locale.ENGLISH, log);
    }

    @BeforeEach
    void setUp() throws Exception {
        db = folder.resolve("data/wimc");
        log = folder.resolve("logs/conferencedesk.log");
        Path file = Files.writeString(folder.resolve("good.csv"), String.join("\n",
                "项目名称,投资方,合作方,行业,区域,金额",
                "机密项目,甲公司,江宁开发区,机器人,江宁区,52亿元",
                ""), StandardCharsets.UTF_8);
        CliRunner.Result imported = cli(null, null).run("--db", db.toString(), "--event", "WIMC 2020", "import", "contracts", file.toString());
        assertThat(imported.exitCode()).as(imported.err()).isZero();
    }

    @Test
    void setThenCommandsNeedThePasswordFromTheEnvironmentThenChangeAndRemove() {
        CliRunner.Result set = cli(null, "one").run("--db", db.toString(), "encryption", "set");
        assertThat(set.exitCode()).as(set.err()).isZero();
        Path h2 = Database.h2File(db);
        assertThat(set.out()).startsWith("The database " + h2 + " is now encrypted.");
        assertThat(Database.isEncrypted(db)).isTrue();

        // No password and no console (tests have none): a sentence, exit 1.
        CliRunner.Result without = cli(null, null).run("--db", db.toString(), "totals");
        assertThat(without.exitCode()).isEqualTo(1);
        assertThat(without.err().strip()).isEqualTo("The database " + h2 + " is encrypted, and there is no terminal to type its password in: set the "
                + "environment variable CONFERENCEDESK_PASSWORD to the password (for a script or a scheduled task), or run the command "
                + "in a terminal, which asks for it.");

        CliRunner.Result wrong = cli("two", null).run("--db", db.toString(), "list", "contracts", "--json");
        assertThat(wrong.exitCode()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("The password is not right for " + h2 + ". Try again; without it the data cannot be read.");

        CliRunner.Result listed = cli("one", null).run("--db", db.toString(), "list", "contracts", "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("\"projectName\" : \"机密项目\"");

        CliRunner.Result change = cli("one", "two").run("--db", db.toString(), "encryption", "change");
        assertThat(change.exitCode()).as(change.err()).isZero();
        assertThat(cli("one", null).run("--db", db.toString(), "totals").exitCode()).isEqualTo(1);
        assertThat(cli("two", null).run("--db", db.toString(), "encryption").out().strip())
                .isEqualTo("The database " + h2 + " is encrypted.");

        CliRunner.Result remove = cli("two", null).run("--db", db.toString(), "encryption", "remove");
        assertThat(remove.exitCode()).as(remove.err()).isZero();
        assertThat(Database.isEncrypted(db)).isFalse();
        CliRunner.Result plain = cli(null, null).run("--db", db.toString(), "list", "contracts", "--json");
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(plain.out()).contains("机密项目");
    }

    @Test
    void aChinesePasswordWorksForSetCommandsAndChange() {
        CliRunner.Result set = cli(null, "会议密码2020").run("--db", db.toString(), "encryption", "set");
        assertThat(set.exitCode()).as(set.err()).isZero();
        Path h2 = Database.h2File(db);
        assertThat(set.out().lines()).hasSize(3);
        assertThat(set.out().lines().toList().get(0)).isEqualTo("The database " + h2 + " is now encrypted. Keep the password safe: "
                + "without it the data cannot be read.");
        assertThat(set.out().lines().toList().get(1)).startsWith("A copy of the database, encrypted with the new password, is kept in "
                + folder.resolve("data/backups/before-encryption-wimc-"));
        // The import took a backup before; it is encrypted with the database.
        assertThat(set.out().lines().toList().get(2)).isEqualTo("The backup taken before was encrypted with the new password too.");

        CliRunner.Result listed = cli("会议密码2020", null).run("--db", db.toString(), "list", "contracts", "--json");
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out()).contains("机密项目");

        CliRunner.Result change = cli("会议密码2020", "新密码·二〇二〇").run("--db", db.toString(), "encryption", "change");
        assertThat(change.exitCode()).as(change.err()).isZero();
        assertThat(cli("新密码·二〇二〇", null).run("--db", db.toString(), "list", "contracts", "--json").out()).contains("机密项目");
        assertThat(cli("会议密码2020", null).run("--db", db.toString(), "totals").exitCode()).isEqualTo(1);
    }

    @Test
    void backupOfAnEncryptedDatabaseRestoresWithThePassword() {
        assertThat(cli(null, "one").run("--db", db.toString(), "encryption", "set").exitCode()).isZero();
        Path out = folder.resolve("copy.zip");
        CliRunner.Result backup = cli("one", null).run("--db", db.toString(), "backup", "--out", out.toString());
        assertThat(backup.exitCode()).as(backup.err()).isZero();

        CliRunner.Result refused = cli(null, null).run("--db", db.toString(), "restore", out.toString());
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("The database " + out + " is encrypted, and there is no terminal to type its password in: set the "
                + "environment variable CONFERENCEDESK_PASSWORD to the password (for a script or a scheduled task), or run the command "
                + "in a terminal, which asks for it.");

        CliRunner.Result restored = cli("one", null).run("--db", db.toString(), "restore", out.toString());
        assertThat(restored.exitCode()).as(restored.err()).isZero();
        assertThat(Database.isEncrypted(db)).isTrue();
    }

    @Test
    void helpSaysThereIsNoPasswordOption() {
        CliRunner.Result help = cli(null, null).run("encryption", "--help");
        assertThat(help.out()).contains("CONFERENCEDESK_PASSWORD", "CONFERENCEDESK_NEW_PASSWORD", "no --password option");
    }
}
