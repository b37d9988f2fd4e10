package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import guests, export guests, list guests and the guests in totals, run in-process as Main runs them. */
class ConferenceDeskCliGuestsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SAMPLE = Path.of("docs/samples/wimc-2020-guests.csv");
    private static final String NOTHING_ZH = "未导入任何内容。";
    private static final String GOD_UNKNOWN = "The 类别 “神仙” is not one of the event’s values (rows 3). Map it to one of "
            + "them (Academician, Expert, Enterprise representative, Government official, Media, Other) or add it as a new "
            + "value: in the preview, or on the command line with --map-value \"类别:神仙=…\" or --add-values.";

    @TempDir
    Path folder;

    private Path db;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        db = folder.resolve("test");
        cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
    }

    private CliRunner.Result run(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "--db";
        all[1] = db.toString();
        all[2] = "--event";
        all[3] = "WIMC 2020";
        System.arraycopy(args, 0, all, 4, args.length);
        return cli.run(all);
    }

    private Path file(String name, String... lines) throws Exception {
        return Files.writeString(folder.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    }

    @Test
    void importsTheSampleListAndTotalsAndListFollow() throws Exception {
        CliRunner.Result imported = run("import", "guests", SAMPLE.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Imported 326 guests from wimc-2020-guests.csv into \"WIMC 2020\".");
        JsonNode totals = JSON.readTree(run("totals", "--json").out());
        assertThat(totals.at("/guests/total").asInt()).isEqualTo(326);
        assertThat(totals.at("/guests/byCategory/ACADEMICIAN").asInt()).isEqualTo(24);
        int byCategory = 0;
        for (JsonNode n : totals.at("/guests/byCategory")) {
            byCategory += n.asInt();
        }
        assertThat(byCategory).isEqualTo(326);
        assertThat(totals.at("/guests/byAttendance/ON_SITE").asInt() + totals.at("/guests/byAttendance/ONLINE").asInt())
                .isEqualTo(326);
        assertThat(totals.at("/guests/byInvitationStatus").size()).isEqualTo(4);
        assertThat(totals.at("/guests/checkedIn").isInt()).isTrue();
        // A backup was taken before the import.
        assertThat(Files.list(folder.resolve("backups")).count()).isPositive();

        JsonNode listed = JSON.readTree(run("list", "guests", "--json").out());
        assertThat(listed.size()).isEqualTo(326);
        JsonNode first = listed.get(0);
        assertThat(first.get("id").isNumber()).isTrue();
        assertThat(first.get("fullName").asText()).isEqualTo("约翰·史密斯");
        assertThat(first.get("otherName").asText()).isEqualTo("John Smith");
        assertThat(first.get("organisation").asText()).isEqualTo("英国皇家工程院");
        assertThat(first.get("category").asText()).isEqualTo("ACADEMICIAN");
        assertThat(first.get("attendance").asText()).isEqualTo("ONLINE");
        assertThat(first.get("invitationStatus").asText()).isEqualTo("CONFIRMED");
        assertThat(first.get("checkedInAt").isNull()).isTrue();
        assertThat(first.get("email").asText()).isEqualTo("academician00@example.org");
        List<String> names = new java.util.ArrayList<>();
        first.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("id", "fullName", "otherName", "title", "organisation", "country", "category",
                "vipLevel", "attendance", "invitationStatus", "checkedInAt", "email", "phone", "host", "notes");
    }

    @Test
    void checkInTimesAreListedWithTheEventsOffset() throws Exception {
        Path guests = file("guests.csv", "姓名,签到时间", "周济,2020-11-26 09:30");

        assertThat(run("import", "guests", guests.toString()).exitCode()).isZero();

        JsonNode listed = JSON.readTree(run("list", "guests", "--json").out());
        assertThat(listed.get(0).get("checkedInAt").asText()).isEqualTo("2020-11-26T09:30:00+08:00");
        assertThat(JSON.readTree(run("totals", "--json").out()).at("/guests/checkedIn").asInt()).isEqualTo(1);
        assertThat(run("list", "guests").out()).contains("周济").contains("2020-11-26 09:30");
    }

    @Test
    void aBadFileIsRefusedWithEveryBadLineAndNothingChanges() throws Exception {
        Path bad = file("bad.csv", "姓名,类别,邮箱", "周济,院士,", "李四,神仙,", ",专家,", "王五,专家,not-an-address");

        CliRunner.Result result = run("import", "guests", bad.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "bad.csv, line 3, column \"类别\": " + GOD_UNKNOWN,
                "bad.csv, line 4, column \"姓名\": The name is empty; every guest needs one.",
                "bad.csv, line 5, column \"邮箱\": The E-mail “not-an-address” is not an e-mail address (it needs a name, @ "
                        + "and a domain, like wang@example.com).",
                "Nothing was imported.");
        // Not even the event the import would have created.
        assertThat(JSON.readTree(cli.run("--db", db.toString(), "events", "list", "--json").out()).size()).isZero();
    }

    @Test
    void newCategoriesAreMappedWithMapValueOrAddedWithAddValuesAndTotalsKeepThem() throws Exception {
        Path speakers = file("speakers.csv", "姓名,类别", "周济,院士", "李开复,VIP", "王坚,演讲嘉宾", "马化腾,VIP");

        assertThat(run("import", "guests", speakers.toString()).exitCode()).isEqualTo(1);
        CliRunner.Result result = run("import", "guests", speakers.toString(), "--map-value", "类别:VIP=院士", "--add-values");

        assertThat(result.exitCode()).isZero();
        JsonNode byCategory = JSON.readTree(run("totals", "--json").out()).path("guests").path("byCategory");
        assertThat(byCategory.path("ACADEMICIAN").asInt()).isEqualTo(3);
        assertThat(byCategory.path("演讲嘉宾").asInt()).isEqualTo(1);
        assertThat(run("totals").out()).contains("演讲嘉宾");
        assertThat(run("list", "guests").out()).contains("演讲嘉宾");
        assertThat(run("import", "guests", speakers.toString(), "--map-value", "类别VIP").errLines())
                .contains("--map-value \"类别VIP\" is not understood: write COLUMN:VALUE=VALUE, e.g. --map-value \"类别:VIP=院士\".");
    }

    @Test
    void partialImportsTheGoodRowsAndReportsTheRest() throws Exception {
        Path bad = file("bad.csv", "姓名,类别", "周济,院士", "李四,神仙", "王五,专家");

        CliRunner.Result result = run("import", "guests", bad.toString(), "--partial");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Imported 2 guests from bad.csv");
        assertThat(result.errLines()).containsExactly("1 row was not imported:",
                "bad.csv, line 3, column \"类别\": " + GOD_UNKNOWN);
        assertThat(JSON.readTree(run("list", "guests", "--json").out()).size()).isEqualTo(2);
    }

    @Test
    void aWrongDuplicatesWordAndAnUnwritableExportAreSaidInTheUsersLanguage() throws Exception {
        CliRunner zh = new CliRunner(Map.of(), Locale.SIMPLIFIED_CHINESE, folder.resolve("logs/conferencedesk.log"));
        Path guests = file("guests.csv", "姓名,单位", "周济,中国工程院");
        Path notAFolder = file("plain.txt", "x");

        CliRunner.Result word = zh.run("--db", db.toString(), "--event", "WIMC 2020", "import", "guests", guests.toString(),
                "--duplicates", "maybe");
        run("import", "guests", guests.toString());
        Path out = notAFolder.resolve("guests.csv");
        CliRunner.Result export = zh.run("--db", db.toString(), "--event", "WIMC 2020", "export", "guests", "--out",
                out.toString());

        assertThat(word.exitCode()).isEqualTo(2);
        assertThat(word.errLines().get(0)).isEqualTo("--duplicates 不接受“maybe”；请写 skip（跳过这些行）、merge（合并到该嘉宾）或 add（添加）。");
        assertThat(export.exitCode()).isEqualTo(1);
        assertThat(export.errLines()).containsExactly("无法写入 " + out.toAbsolutePath() + "：路径中应为文件夹的位置是一个文件。"
                + "请换一个文件夹或文件名；如该文件已在 Excel 中打开，请先关闭，然后重新导出。");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void duplicatesAreRefusedUntilTheUserSaysWhatToDo() throws Exception {
        run("import", "guests", file("first.csv", "姓名,单位", "周济,中国工程院", "王五,东南大学").toString());
        Path again = file("again.csv", "姓名,单位,职务", "周济,中国工程院,院士", "新朋友,南京大学,教授");

        CliRunner.Result refused = run("import", "guests", again.toString());

        assertThat(refused.exitCode()).isEqualTo(1);
        List<String> lines = refused.errLines();
        assertThat(lines.get(0)).isEqualTo(
                "again.csv, line 2, column \"姓名\": “周济” looks like “周济” already on the guest list (中国工程院): same name.");
        assertThat(lines.get(1)).contains("--duplicates skip").contains("--duplicates merge").contains("--duplicates add");
        assertThat(lines.get(2)).isEqualTo("Nothing was imported.");
        assertThat(JSON.readTree(run("list", "guests", "--json").out()).size()).isEqualTo(2);

        CliRunner.Result skipped = run("import", "guests", again.toString(), "--duplicates", "skip");
        assertThat(skipped.exitCode()).isZero();
        assertThat(skipped.out()).contains("Imported 1 guest from again.csv").contains("skipped 1 row");
        assertThat(JSON.readTree(run("list", "guests", "--json").out()).size()).isEqualTo(3);

        // By name only, a general "merge" adds the row and says so.
        Path third = file("third.csv", "姓名,职务", "王五,院长");
        CliRunner.Result merged = run("import", "guests", third.toString(), "--duplicates", "merge");
        assertThat(merged.exitCode()).isZero();
        assertThat(merged.out()).contains("Imported 1 guest from third.csv").contains("line 2: 王五");
        assertThat(JSON.readTree(run("list", "guests", "--json").out()).size()).isEqualTo(4);
    }

    @Test
    void exportThenImportGivesTheSameList() throws Exception {
        run("import", "guests", SAMPLE.toString());
        Path csv = folder.resolve("out/guests.csv");
        Path xlsx = folder.resolve("out/guests.xlsx");

        CliRunner.Result exported = run("export", "guests", "--out", csv.toString());
        assertThat(exported.exitCode()).isZero();
        assertThat(exported.out()).contains("Wrote 326 guests to");
        assertThat(run("export", "guests", "--out", xlsx.toString()).exitCode()).isZero();
        JsonNode before = withoutIds(JSON.readTree(run("list", "guests", "--json").out()));

        for (Path file : List.of(csv, xlsx)) {
            String event = "Copy " + file.getFileName();
            CliRunner.Result imported = cli.run("--db", db.toString(), "--event", event, "import", "guests", file.toString(),
                    "--create-event");
            assertThat(imported.exitCode()).as(imported.err()).isZero();
            JsonNode after = withoutIds(JSON.readTree(cli.run("--db", db.toString(), "--event", event, "list", "guests",
                    "--json").out()));
            assertThat(after).as(file.toString()).isEqualTo(before);
        }
    }

    private static JsonNode withoutIds(JsonNode array) {
        array.forEach(n -> ((com.fasterxml.jackson.databind.node.ObjectNode) n).remove("id"));
        return array;
    }

    @Test
    void encodingDelimiterAndMappingAreTakenFromTheOptions() throws Exception {
        Path file = folder.resolve("gb.txt");
        Files.write(file, "嘉宾\t所属\t内部编号\r\n王𠮷\t南京大学\t7\r\n".getBytes(java.nio.charset.Charset.forName("GB18030")));

        CliRunner.Result result = run("import", "guests", file.toString(), "--encoding", "GB18030", "--delimiter", "tab",
                "--map", "所属=organisation", "--map", "内部编号=ignore");

        assertThat(result.exitCode()).as(result.err()).isZero();
        JsonNode guest = JSON.readTree(run("list", "guests", "--json").out()).get(0);
        assertThat(guest.get("fullName").asText()).isEqualTo("王𠮷");
        assertThat(guest.get("organisation").asText()).isEqualTo("南京大学");
        assertThat(guest.get("notes").isNull()).isTrue();
    }

    @Test
    void wrongUsageExitsWithTwo() throws Exception {
        assertThat(run("export", "guests", "--out", folder.resolve("guests.pdf").toString()).exitCode()).isEqualTo(2);
        Path guests = file("guests.csv", "姓名", "周济");
        CliRunner.Result badField = run("import", "guests", guests.toString(), "--map", "姓名=nom");
        assertThat(badField.exitCode()).isEqualTo(2);
        assertThat(badField.err()).contains("\"nom\" in --map 姓名=nom is not a field of guests");
        assertThat(run("import", "guests", guests.toString(), "--duplicates", "maybe").exitCode()).isEqualTo(2);
    }

    @Test
    void contractImportWorksAsBefore() throws Exception {
        Path contracts = file("contracts.csv", "项目名称,投资方,金额", "机器人产业园,甲公司,52亿元");

        CliRunner.Result result = run("import", "contracts", contracts.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Imported 1 contract from contracts.csv");
        assertThat(JSON.readTree(run("totals", "--json").out()).at("/guests/total").asInt()).isZero();
    }

    @Test
    void messagesAreInChineseForAChineseUser() throws Exception {
        CliRunner chinese = new CliRunner(Map.of(), Locale.SIMPLIFIED_CHINESE, folder.resolve("logs/conferencedesk.log"));
        Path guests = file("guests.csv", "姓名,类别", "周济,神仙");

        CliRunner.Result result = chinese.run("--db", db.toString(), "import", "guests", guests.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly(
                "guests.csv，第 2 行，“类别”列：类别“神仙”不是本活动已有的值（第 2 行）。请把它对应到已有的值（院士、专家、企业代表、"
                        + "政府官员、媒体、其他），或添加为新值：在预览中选择，或在命令行用 --map-value \"类别:神仙=…\" 或 --add-values。",
                NOTHING_ZH);
    }

    @Test
    void theGuestListShowsEachGuestsNumberForMergeGuests() throws Exception {
        Path guests = file("guests.csv", "姓名,单位", "周济,东南大学", "张三,南京大学");
        assertThat(run("import", "guests", guests.toString()).exitCode()).isZero();
        JsonNode listed = JSON.readTree(run("list", "guests", "--json").out());

        String[] lines = run("list", "guests").out().split("\n");

        assertThat(lines[0]).startsWith("ID  Name  Organisation");
        assertThat(lines[2]).startsWith(String.format("%2d  周济  东南大学", listed.get(0).get("id").asLong()));
        assertThat(lines[3]).startsWith(String.format("%2d  张三  南京大学", listed.get(1).get("id").asLong()));
    }
}
