package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which database a command uses, and what it says when there is none (issue 9 §5). */
class CommandSessionTest {

    @TempDir
    Path folder;

    private CliRunner cli(Locale locale) {
        return new CliRunner(Map.of(), locale, folder.resolve("logs/conferencedesk.log"));
    }

    @Test
    void aCommandThatOnlyReadsSaysThereIsNoSuchDatabaseAndCreatesNothing() throws Exception {
        Path db = folder.resolve("nowhere/sub/wimc");
        Path h2 = folder.resolve("nowhere/sub/wimc.mv.db");
        List<List<String>> commands = List.of(List.of("totals"), List.of("list", "guests"), List.of("list", "contracts", "--json"),
                List.of("audit"), List.of("events", "list"), List.of("report", "--out", folder.resolve("r.pdf").toString()),
                List.of("export", "guests", "--out", folder.resolve("g.csv").toString()), List.of("duplicates", "guests"),
                List.of("backup"), List.of("encryption"), List.of("encryption", "remove"), List.of("merge", "guests", "1", "2"));
        for (List<String> command : commands) {
            String[] args = Stream.concat(Stream.of("--db", db.toString()), command.stream()).toArray(String[]::new);

            CliRunner.Result result = cli(Locale.ENGLISH).run(args);

            assertThat(result.exitCode()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(result.err()).as(String.join(" ", command)).isEqualTo("There is no database " + h2 + "; nothing was read and "
                    + "nothing was created. Check the name after --db (or in CONFERENCEDESK_DB); \"conferencedesk events create\" or "
                    + "\"conferencedesk import\" makes a new one.\n");
            assertThat(result.out()).isEmpty();
        }
        assertThat(folder.resolve("nowhere")).doesNotExist();
        assertThat(folder.resolve("r.pdf")).doesNotExist();

        CliRunner.Result chinese = cli(Locale.SIMPLIFIED_CHINESE).run("--db", db.toString(), "totals");
        assertThat(chinese.err()).isEqualTo("数据库 " + h2 + " 不存在；未读取也未创建任何内容。请检查 --db（或 CONFERENCEDESK_DB）中的名称；"
                + "用 \"conferencedesk events create\" 或 \"conferencedesk import\" 可新建数据库。\n");
    }

    @Test
    void wrongUsageComesBeforeTheMissingDatabase() {
        CliRunner.Result result = cli(Locale.ENGLISH).run("--db", folder.resolve("wimc").toString(), "report", "--out",
                folder.resolve("r.txt").toString());

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("The file name " + folder.resolve("r.txt") + " must end in .pdf");
    }

    @Test
    void aNameWithAnEndingOfItsOwnNamesTheFileUsedAndTheDatabaseMeant() throws Exception {
        CliRunner cli = cli(Locale.ENGLISH);
        assertThat(cli.run("--db", folder.resolve("wimc").toString(), "events", "create", "--name", "WIMC 2020").exitCode()).isZero();

        // --db wimc.db is another file (H2 adds .mv.db to whatever it is given): a command that reads says so.
        CliRunner.Result totals = cli.run("--db", folder.resolve("wimc.db").toString(), "totals");
        assertThat(totals.exitCode()).isEqualTo(1);
        assertThat(totals.err()).isEqualTo("There is no database " + folder.resolve("wimc.db.mv.db") + "; nothing was read and nothing "
                + "was created. Check the name after --db (or in CONFERENCEDESK_DB); \"conferencedesk events create\" or \"conferencedesk "
                + "import\" makes a new one. There is a database " + folder.resolve("wimc.mv.db") + ": to use it, write --db \""
                + folder.resolve("wimc") + "\".\n");

        // One that writes makes the new database, and says which file it is.
        CliRunner.Result create = cli.run("--db", folder.resolve("wimc.db").toString(), "events", "create", "--name", "WIMC 2021");
        assertThat(create.exitCode()).as(create.err()).isZero();
        assertThat(create.err()).isEqualTo("A new database was made: " + folder.resolve("wimc.db.mv.db") + ". There is a database "
                + folder.resolve("wimc.mv.db") + ": to use it, write --db \"" + folder.resolve("wimc") + "\".\n");
        assertThat(folder.resolve("wimc.db.mv.db")).exists();

        // --db wimc.mv.db is the same database as --db wimc, and a new database under a plain name says nothing more.
        assertThat(cli.run("--db", folder.resolve("wimc.mv.db").toString(), "events", "list").out()).contains("WIMC 2020");
        CliRunner.Result plain = cli.run("--db", folder.resolve("other").toString(), "events", "create", "--name", "X");
        assertThat(plain.err()).isEmpty();
        assertThat(Files.exists(folder.resolve("other.mv.db"))).isTrue();
    }
}
