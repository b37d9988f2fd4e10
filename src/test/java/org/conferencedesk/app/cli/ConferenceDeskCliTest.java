package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.events.Event;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line run in-process on a database file in a temporary folder. */
class ConferenceDeskCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

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
        return cli.run(args);
    }

    private long createEvent(String name) {
        try (AppContext context = AppContext.openFile(db)) {
            return context.events().create(Event.named(name)).id();
        }
    }

    private void addContracts(long eventId, Contract... contracts) {
        try (AppContext context = AppContext.openFile(db)) {
            context.contracts().addAll(eventId, List.of(contracts));
        }
    }

    private static Contract contract(long eventId, String name, String amount, String currency, ContractStatus status,
                                     String sector, String district, LocalDate signedOn) {
        return new Contract(null, eventId, name, "Investor " + name, "Partner " + name, sector, district,
                new BigDecimal(amount), currency, null, status, signedOn, null);
    }

    @Test
    void eventsCreateThenListShowsTheEventWithItsDetails() throws Exception {
        CliRunner.Result created = run("--db", db.toString(), "events", "create", "--name", "2020 World Intelligent Manufacturing Conference",
                "--short-name", "WIMC 2020", "--city", "Nanjing", "--venue", "Nanjing International Expo Center",
                "--start", "2020年11月26日", "--end", "2020/11/28");

        assertThat(created.exitCode()).isZero();
        assertThat(created.out()).isEqualTo("Created the event \"2020 World Intelligent Manufacturing Conference\".\n");
        assertThat(created.err()).isEmpty();

        CliRunner.Result listed = run("--db", db.toString(), "events", "list", "--json");
        assertThat(listed.exitCode()).isZero();
        JsonNode events = JSON.readTree(listed.out());
        assertThat(events.size()).isEqualTo(1);
        JsonNode event = events.get(0);
        assertThat(event.get("name").asText()).isEqualTo("2020 World Intelligent Manufacturing Conference");
        assertThat(event.get("shortName").asText()).isEqualTo("WIMC 2020");
        assertThat(event.get("city").asText()).isEqualTo("Nanjing");
        assertThat(event.get("venue").asText()).isEqualTo("Nanjing International Expo Center");
        assertThat(event.get("startDate").asText()).isEqualTo("2020-11-26");
        assertThat(event.get("endDate").asText()).isEqualTo("2020-11-28");
        assertThat(event.get("timeZone").asText()).isEqualTo("Asia/Shanghai");

        CliRunner.Result text = run("--db", db.toString(), "events", "list");
        assertThat(text.out().lines().toList()).hasSize(3);
        assertThat(text.out()).contains("WIMC 2020").contains("2020-11-26");
    }

    @Test
    void creatingAnEventTwiceIsRefusedWithExitCode1() {
        run("--db", db.toString(), "events", "create", "--name", "WIMC 2020");

        CliRunner.Result again = run("--db", db.toString(), "events", "create", "--name", "WIMC 2020");

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("An event named \"WIMC 2020\" exists already; choose another name.\n");
        assertThat(again.out()).isEmpty();
    }

    @Test
    void eventEndingBeforeItStartsIsRefusedAndNotCreated() throws Exception {
        CliRunner.Result result = run("--db", db.toString(), "events", "create", "--name", "WIMC 2020",
                "--start", "2020-11-28", "--end", "2020-11-26");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("The event cannot end (2020-11-26) before it starts (2020-11-28).\n");
        assertThat(JSON.readTree(run("--db", db.toString(), "events", "list", "--json").out()).size()).isZero();
    }

    @Test
    void totalsJsonOfAnEmptyEventIsAllZeros() throws Exception {
        run("--db", db.toString(), "events", "create", "--name", "WIMC 2020");

        CliRunner.Result result = run("--db", db.toString(), "totals", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode totals = JSON.readTree(result.out());
        assertThat(totals.at("/event/name").asText()).isEqualTo("WIMC 2020");
        for (String figure : List.of("total", "signed", "planned")) {
            assertThat(totals.at("/contracts/" + figure + "/count").isInt()).isTrue();
            assertThat(totals.at("/contracts/" + figure + "/count").asInt()).isZero();
            assertThat(totals.at("/contracts/" + figure + "/amount").isTextual()).isTrue();
            assertThat(totals.at("/contracts/" + figure + "/amount").asText()).isEqualTo("0.00");
        }
        assertThat(totals.at("/contracts/bySector").isObject()).isTrue();
        assertThat(totals.at("/contracts/bySector").size()).isZero();
        assertThat(totals.at("/contracts/byDistrict").size()).isZero();
        assertThat(totals.at("/contracts/otherCurrencies").size()).isZero();
    }

    @Test
    void totalsJsonGivesExactAmountsByStatusSectorDistrictAndOtherCurrencies() throws Exception {
        long eventId = createEvent("WIMC 2020");
        addContracts(eventId,
                contract(eventId, "Robot arms", "5360000000.00", "CNY", ContractStatus.SIGNED, "Robotics", "Jiangning", null),
                contract(eventId, "Sensors", "35000000.01", "CNY", ContractStatus.SIGNED, "", "Jiangning", null),
                contract(eventId, "Chips", "120000000.00", "CNY", ContractStatus.PLANNED, "Chips", "Pukou", null),
                contract(eventId, "Lasers", "620000000.00", "USD", ContractStatus.SIGNED, "Optics", "Pukou", null),
                contract(eventId, "Batteries", "999.99", "CNY", ContractStatus.WITHDRAWN, "Energy", "Pukou", null));

        JsonNode totals = JSON.readTree(run("--db", db.toString(), "--event", "WIMC 2020", "totals", "--json").out());

        JsonNode contracts = totals.get("contracts");
        assertThat(contracts.at("/signed/count").asInt()).isEqualTo(3);
        assertThat(contracts.at("/signed/amount").asText()).isEqualTo("5395000000.01");
        assertThat(contracts.at("/planned/count").asInt()).isEqualTo(1);
        assertThat(contracts.at("/planned/amount").asText()).isEqualTo("120000000.00");
        assertThat(contracts.at("/total/count").asInt()).isEqualTo(4);
        assertThat(contracts.at("/total/amount").asText()).isEqualTo("5515000000.01");
        assertThat(JSON.convertValue(contracts.get("bySector"), Map.class))
                .isEqualTo(Map.of("Robotics", "5360000000.00", "(unspecified)", "35000000.01"));
        assertThat(JSON.convertValue(contracts.get("byDistrict"), Map.class))
                .isEqualTo(Map.of("Jiangning", "5395000000.01"));
        assertThat(JSON.convertValue(contracts.get("otherCurrencies"), Map.class))
                .isEqualTo(Map.of("USD", "620000000.00"));
    }

    @Test
    void totalsTextHasTheHeadlineInEnglishAndInChinese() {
        long eventId = createEvent("WIMC 2020");
        addContracts(eventId,
                contract(eventId, "A", "5000000000.00", "CNY", ContractStatus.SIGNED, "Robotics", "Jiangning", null),
                contract(eventId, "B", "363000000.00", "CNY", ContractStatus.SIGNED, "Chips", "Pukou", null));

        CliRunner.Result english = run("--db", db.toString(), "totals");
        CliRunner.Result chinese = run("--db", db.toString(), "totals", "--lang", "zh");

        assertThat(english.exitCode()).isZero();
        assertThat(english.out().lines().toList()).startsWith("WIMC 2020", "2 projects signed, total RMB 5.363 billion");
        assertThat(english.out()).contains("5,363,000,000.00").contains("Robotics").contains("Pukou");
        assertThat(chinese.out().lines().toList()).startsWith("WIMC 2020", "签约项目2个，总金额53.63亿元");
        assertThat(chinese.out()).contains("已签约").contains("53.63 亿元");
    }

    @Test
    void listContractsJsonHasCamelCaseFieldsAndAmountsAsStringsWithTwoDecimals() throws Exception {
        long eventId = createEvent("WIMC 2020");
        addContracts(eventId,
                contract(eventId, "智能制造产业园", "5360000000.00", "CNY", ContractStatus.SIGNED, "智能制造", "江宁区",
                        LocalDate.of(2020, 11, 26)),
                contract(eventId, "Lasers", "620000000.5", "USD", ContractStatus.SIGNED, "Optics", "Pukou", null),
                contract(eventId, "Chips", "1.00", "CNY", ContractStatus.PLANNED, null, null, null));

        CliRunner.Result result = run("--db", db.toString(), "list", "contracts", "--json");

        assertThat(result.exitCode()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode rows = JSON.readTree(result.out());
        assertThat(rows.isArray()).isTrue();
        assertThat(rows.size()).isEqualTo(3);
        JsonNode first = rows.get(0);
        assertThat(iterable(first.fieldNames())).containsExactlyInAnyOrder("id", "signingOrder", "projectName", "investor",
                "partner", "sector", "district", "amount", "currency", "status", "signedOn", "runningTotal", "note");
        assertThat(first.get("projectName").asText()).isEqualTo("智能制造产业园");
        assertThat(first.get("investor").asText()).isEqualTo("Investor 智能制造产业园");
        assertThat(first.get("partner").asText()).isEqualTo("Partner 智能制造产业园");
        assertThat(first.get("sector").asText()).isEqualTo("智能制造");
        assertThat(first.get("district").asText()).isEqualTo("江宁区");
        assertThat(first.get("amount").isTextual()).isTrue();
        assertThat(first.get("amount").asText()).isEqualTo("5360000000.00");
        assertThat(first.get("currency").asText()).isEqualTo("CNY");
        assertThat(first.get("signingOrder").asInt()).isEqualTo(1);
        assertThat(first.get("status").asText()).isEqualTo("signed");
        assertThat(first.get("signedOn").asText()).isEqualTo("2020-11-26");
        assertThat(first.get("runningTotal").asText()).isEqualTo("5360000000.00");
        assertThat(first.get("note").isNull()).isTrue();
        assertThat(first.get("id").isIntegralNumber()).isTrue();

        JsonNode second = rows.get(1);
        assertThat(second.get("amount").asText()).isEqualTo("620000000.50");
        assertThat(second.get("currency").asText()).isEqualTo("USD");
        assertThat(second.get("signedOn").isNull()).isTrue();
        assertThat(second.get("runningTotal").asText()).as("a USD contract adds nothing to the CNY running total")
                .isEqualTo("5360000000.00");

        JsonNode third = rows.get(2);
        assertThat(third.get("status").asText()).isEqualTo("planned");
        assertThat(third.get("amount").asText()).isEqualTo("1.00");
        assertThat(third.get("sector").isNull()).isTrue();
        assertThat(third.get("signingOrder").asInt()).isEqualTo(3);
    }

    @Test
    void listContractsWithoutJsonPrintsAnAlignedTable() {
        long eventId = createEvent("WIMC 2020");
        addContracts(eventId,
                contract(eventId, "智能制造产业园", "5360000000.00", "CNY", ContractStatus.SIGNED, "智能制造", "江宁区", null),
                contract(eventId, "Lasers", "1.5", "CNY", ContractStatus.SIGNED, "Optics", "Pukou", null));

        CliRunner.Result result = run("--db", db.toString(), "list", "contracts");

        List<String> lines = result.out().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).contains("智能制造产业园").contains("5,360,000,000.00").contains("signed");
        assertThat(lines.get(3)).contains("Lasers").endsWith("5,360,000,001.50");
        // Chinese characters take two terminal columns: the amounts line up under each other.
        assertThat(TextTable.width(lines.get(2))).isEqualTo(TextTable.width(lines.get(3)));
    }

    @Test
    void unknownCommandIsWrongUsage() {
        CliRunner.Result result = run("--db", db.toString(), "frobnicate");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo("\"frobnicate\" is not a command or option here.");
        assertThat(result.out()).isEmpty();
        assertThat(cli.windowsOpened).isEmpty();
    }

    @Test
    void exportWithoutOutIsWrongUsage() {
        createEvent("WIMC 2020");

        CliRunner.Result result = run("--db", db.toString(), "export", "contracts");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("--out");
    }

    @Test
    void outFilesWithTheWrongEndingAreWrongUsage() {
        createEvent("WIMC 2020");

        CliRunner.Result export = run("--db", db.toString(), "export", "contracts", "--out", folder.resolve("x.pdf").toString());
        CliRunner.Result report = run("--db", db.toString(), "report", "--out", folder.resolve("x.csv").toString());

        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.errLines().get(0)).isEqualTo("The file name " + folder.resolve("x.pdf") + " must end in .csv or .xlsx.");
        assertThat(report.exitCode()).isEqualTo(2);
        assertThat(report.errLines().get(0)).isEqualTo("The file name " + folder.resolve("x.csv") + " must end in .pdf.");
        assertThat(folder.resolve("x.pdf")).doesNotExist();
        assertThat(folder.resolve("x.csv")).doesNotExist();
    }

    @Test
    void unknownLanguageIsWrongUsage() {
        createEvent("WIMC 2020");

        assertThat(run("--db", db.toString(), "totals", "--lang", "fr").exitCode()).isEqualTo(2);
    }

    @Test
    void unknownEventIsBadInputNamingTheKnownEvents() {
        createEvent("WIMC 2020");

        CliRunner.Result result = run("--db", db.toString(), "--event", "Nope", "totals", "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("There is no event named \"Nope\". Known events: \"WIMC 2020\".\n");
    }

    @Test
    void severalEventsWithoutEventIsBadInput() {
        createEvent("WIMC 2020");
        createEvent("WIMC 2021");

        CliRunner.Result result = run("--db", db.toString(), "list", "contracts", "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("The database has several events; say which with --event NAME.");
        assertThat(run("--db", db.toString(), "--event", "WIMC 2021", "list", "contracts", "--json").out().strip()).isEqualTo("[ ]");
    }

    @Test
    void globalOptionsWorkBeforeAndAfterTheCommand() throws Exception {
        createEvent("WIMC 2020");

        CliRunner.Result before = run("--db", db.toString(), "--event", "WIMC 2020", "totals", "--json");
        CliRunner.Result after = run("totals", "--json", "--db", db.toString(), "--event", "WIMC 2020");
        CliRunner.Result nested = run("list", "contracts", "--db", db.toString(), "--json");

        assertThat(before.exitCode()).isZero();
        assertThat(after.exitCode()).isZero();
        assertThat(JSON.readTree(after.out())).isEqualTo(JSON.readTree(before.out()));
        assertThat(nested.exitCode()).isZero();
    }

    @Test
    void databaseComesFromDbOptionElseFromTheEnvironment() throws Exception {
        Path other = folder.resolve("other").resolve("db");
        CliRunner withEnvironment = new CliRunner(Map.of("CONFERENCEDESK_DB", other.toString()), Locale.ENGLISH,
                folder.resolve("logs/conferencedesk.log"));

        withEnvironment.run("events", "create", "--name", "From the environment");
        withEnvironment.run("--db", db.toString(), "events", "create", "--name", "From --db");

        assertThat(other.resolveSibling("db.mv.db")).exists();
        assertThat(db.resolveSibling("test.mv.db")).exists();
        JsonNode inOther = JSON.readTree(withEnvironment.run("events", "list", "--json").out());
        JsonNode inDb = JSON.readTree(run("--db", db.toString(), "events", "list", "--json").out());
        assertThat(inOther.findValuesAsText("name")).containsExactly("From the environment");
        assertThat(inDb.findValuesAsText("name")).containsExactly("From --db");
    }

    @Test
    void noCommandOpensTheWindowOnTheDatabase() {
        CliRunner.Result result = run("--db", db.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(cli.windowsOpened).containsExactly(db.toAbsolutePath().toString());
        assertThat(result.out()).isEmpty();
    }

    @Test
    void commandGroupWithoutItsSubcommandIsWrongUsage() {
        CliRunner.Result result = run("--db", db.toString(), "events");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(cli.windowsOpened).isEmpty();
    }

    @Test
    void helpIsPrintedInChineseForAChineseUser() {
        CliRunner chinese = new CliRunner(Map.of(), Locale.SIMPLIFIED_CHINESE, folder.resolve("logs/conferencedesk.log"));

        CliRunner.Result result = chinese.run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("用法").contains("totals").contains("退出码");
    }

    @Test
    void everyCommandHasHelp() {
        CliRunner.Result result = run("import", "contracts", "--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: conferencedesk import contracts").contains("--map=HEADER=field")
                .contains("--encoding=E").contains("--db=PATH");
    }

    @Test
    void importOfAMissingFileIsBadInputAndCreatesNoEvent() throws Exception {
        CliRunner.Result result = run("--db", db.toString(), "import", "contracts", folder.resolve("missing.csv").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("There is no file " + folder.resolve("missing.csv") + "; check the name and the folder.\n");
        assertThat(JSON.readTree(run("--db", db.toString(), "events", "list", "--json").out()).size()).isZero();
    }

    @Test
    void importWithAnUnknownMappedFieldIsWrongUsage() throws Exception {
        Path file = Files.writeString(folder.resolve("c.csv"), "Project,Amount\nA,1亿元\n");

        CliRunner.Result result = run("--db", db.toString(), "import", "contracts", file.toString(), "--map", "Project=title");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().get(0)).startsWith("\"title\" in --map Project=title is not a field of contracts; use one of: signingOrder, projectName");
    }

    private static List<String> iterable(java.util.Iterator<String> names) {
        List<String> list = new java.util.ArrayList<>();
        names.forEachRemaining(list::add);
        return list;
    }

    @Test
    void impossibleDateIsWrongUsageInPlainWords() {
        CliRunner.Result result = run("--db", db.toString(), "events", "create", "--name", "X", "--start", "2020-13-01");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines().get(0)).isEqualTo(
                "The value of --start is not understood: \"2020-13-01\" is not a day of the calendar; check the month and the day.");
    }

    @Test
    void chineseUsersReadImportProblemsInChinese() throws Exception {
        java.nio.file.Path bad = java.nio.file.Files.writeString(folder.resolve("bad.csv"),
                "项目名称,金额\n好项目,5亿\n坏项目,很多钱\n", java.nio.charset.StandardCharsets.UTF_8);
        CliRunner chinese = new CliRunner(Map.of(), Locale.SIMPLIFIED_CHINESE, folder.resolve("logs/conferencedesk.log"));

        CliRunner.Result result = chinese.run("--db", db.toString(), "import", "contracts", bad.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines().get(0)).startsWith("bad.csv，第 3 行，“金额”列：");
        assertThat(result.errLines().get(1)).isEqualTo("未导入任何内容。");
    }

    @Test
    void aMissingOptionOrParameterIsNamedInASentenceInTheUsersLanguage() {
        CliRunner chinese = new CliRunner(Map.of(), Locale.SIMPLIFIED_CHINESE, folder.resolve("logs/conferencedesk.log"));

        CliRunner.Result export = run("--db", db.toString(), "export", "contracts");
        CliRunner.Result merge = chinese.run("--db", db.toString(), "merge", "guests");

        assertThat(export.exitCode()).isEqualTo(2);
        assertThat(export.err()).isEqualTo("The command needs --out FILE.csv|FILE.xlsx; add it and run the command again.\n"
                + "\"conferencedesk export contracts --help\" shows the commands and options.\n");
        assertThat(merge.exitCode()).isEqualTo(2);
        assertThat(merge.err()).isEqualTo("命令缺少 KEEP_ID、ID；请补上后重新运行。\n"
                + "运行“conferencedesk merge guests --help”查看命令和选项。\n");
    }

    @Test
    void aWordWhereANumberBelongsIsASentenceNotAJavaType() {
        CliRunner.Result result = run("--db", db.toString(), "merge", "guests", "abc", "2");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("The value of KEEP_ID is not understood: \"abc\" is not a whole number; "
                + "write it in digits, e.g. 12.\n").doesNotContain("long");
    }
}
