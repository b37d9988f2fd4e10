package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import TYPE}: one implementation for every record type. Issue 10 on the command line: a
 * column nobody recognises refuses the import naming it and what it could be; the summary names the
 * total rows left out and the unlikely values; {@code --event} with a typo is refused, not a new event.
 */
class ImportCommandTest {

    @TempDir
    Path folder;

    private Path db;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        db = folder.resolve("data").resolve("test");
        cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = db.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.run(all);
    }

    private Path csv(String name, String... lines) throws Exception {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    private void createEvent(String name) {
        try (AppContext context = AppContext.openFile(db)) {
            context.events().create(Event.named(name));
        }
    }

    @Test
    void anUnknownColumnRefusesTheImportNamingItAndTheFieldsItCouldBe() throws Exception {
        Path file = csv("c.csv", "项目名称,投资金额,对接领导", "甲,5亿元,张处长");

        CliRunner.Result refused = run("import", "contracts", file.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.errLines()).containsExactly(
                "c.csv, line 1, column \"对接领导\": The column “对接领导” is not recognised, so its data would be lost. "
                        + "It could be: Investor (investor), Partner (partner), Sector (sector), District (district). "
                        + "Choose its field above the column in the preview, or untick it to leave it out; on the command line: "
                        + "--map \"对接领导=investor\" or --map \"对接领导=ignore\".",
                "Nothing was imported.");

        CliRunner.Result imported = run("import", "contracts", file.toString(), "--map", "对接领导=ignore");
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Imported 1 contract from c.csv into \"Default event\".");
    }

    @Test
    void theSummaryNamesTheTotalRowsLeftOutAndTheUnlikelyValues() throws Exception {
        Path file = csv("t.csv", "项目名称,金额,签约日期", "甲,6亿元,2020-11-28", "乙,0,1900-01-01", "合计,6亿元,");

        CliRunner.Result result = run("import", "contracts", file.toString());

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().lines()).containsSequence(
                "Imported 2 contracts from t.csv into \"Default event\".",
                "Notes (3):",
                "  t.csv, line 3, column \"金额\": The amount is 0 yuan: the contract is imported, but check that the amount was not left out.",
                "  t.csv, line 3, column \"签约日期\": The date 1900-01-01 is unlikely to be meant (an empty date cell in Excel reads as "
                        + "1900-01-01; 9999-12-31 often means “none”). It is imported as written: correct it if needed.",
                "  t.csv, line 4: “合计” is a total row, not a record: it is left out.");
    }

    @Test
    void anEventNameWithATypoIsRefusedLikeTotalsAndNothingIsCreated() throws Exception {
        createEvent("WIMC 2020");
        Path file = csv("c.csv", "项目名称,金额", "甲,5亿元");

        CliRunner.Result typo = run("--event", "WIMC2020", "import", "contracts", file.toString());
        CliRunner.Result totals = run("--event", "WIMC2020", "totals");

        assertThat(typo.exitCode()).isEqualTo(1);
        assertThat(typo.err()).isEqualTo(totals.err());
        assertThat(typo.err()).contains("There is no event named \"WIMC2020\"", "\"WIMC 2020\"");
        try (AppContext context = AppContext.openFile(db)) {
            assertThat(context.events().list()).extracting(Event::name).containsExactly("WIMC 2020");
        }
    }

    @Test
    void aNewEventIsCreatedWhenTheDatabaseHasNoneOrWhenAsked() throws Exception {
        Path file = csv("c.csv", "项目名称,金额", "甲,5亿元");

        assertThat(run("--event", "WIMC 2020", "import", "contracts", file.toString()).exitCode()).isZero();
        CliRunner.Result asked = run("--event", "WIMC 2021", "import", "contracts", file.toString(), "--create-event");

        assertThat(asked.exitCode()).as(asked.err()).isZero();
        try (AppContext context = AppContext.openFile(db)) {
            assertThat(context.events().list()).extracting(Event::name).containsExactlyInAnyOrder("WIMC 2020", "WIMC 2021");
            long second = context.events().findByName("WIMC 2021").orElseThrow().id();
            assertThat(context.contracts().totals(second).signed().amount()).isEqualTo(new BigDecimal("500000000.00"));
        }
    }

    @Test
    void contractsDoNotAskAboutDuplicatesSoTheOptionIsWrongUsage() throws Exception {
        Path file = csv("c.csv", "项目名称,金额", "甲,5亿元");

        CliRunner.Result result = run("import", "contracts", file.toString(), "--duplicates", "skip");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().get(0)).startsWith("import contracts does not ask about duplicates");
    }

    @Test
    void theGoodRowsOfAContractFileAreImportedWithPartialAndTheOthersListed() throws Exception {
        Path file = csv("c.csv", "项目名称,金额", "甲,5亿元", "乙,很多钱");

        CliRunner.Result result = run("import", "contracts", file.toString(), "--partial");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Imported 1 contract from c.csv");
        assertThat(result.errLines()).first().isEqualTo("1 row was not imported:");
        assertThat(result.errLines().get(1)).startsWith("c.csv, line 3, column \"金额\": ");
    }

    @Test
    void helpListsTheRegisteredRecordTypesAndTheirFields() {
        CliRunner.Result help = cli.run("import", "--help");
        CliRunner.Result guests = cli.run("import", "guests", "--help");

        assertThat(help.out()).contains("contracts", "guests");
        assertThat(guests.out()).contains("fullName, otherName", "--create-event", "--partial", "--duplicates");
    }
}
