package org.conferencedesk.guests.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Attendance;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestCategory;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.InvitationStatus;
import org.conferencedesk.importexport.Duplicate;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.DuplicateRowsException;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.ImportResult;
import org.conferencedesk.importexport.TestWorkbooks;
import org.conferencedesk.shared.ProgressMonitor;
import org.junit.jupiter.api.Test;

class GuestImportTest extends GuestImportFixture {

    /** 2020-11-26 09:30 in Nanjing. */
    static final Instant NINE_THIRTY = Instant.parse("2020-11-26T01:30:00Z");

    private Guest only(String fullName) {
        return guests.list(eventId).stream().filter(g -> g.fullName().equals(fullName)).findFirst().orElseThrow();
    }

    // ------------------------------------------------------------------------------ Encodings

    @Test
    void readsUtf8WithBomCommaAndChineseHeadersAndWords() throws IOException {
        Path file = csv("guests.csv", StandardCharsets.UTF_8, true,
                "姓名,英文名,职务,工作单位,国家/地区,嘉宾类别,贵宾级别,参会方式,邀请状态,签到时间,电子邮箱,手机,对接人,备注",
                "周济,Zhou Ji,院士,中国工程院,中国,院士,A,现场,已确认,2020-11-26 09:30,zhouji@example.cn,13800000001,李明,主旨演讲",
                "约翰·史密斯,John Smith,总裁,西门子（中国）有限公司,德国,企业代表,B,线上,婉拒,,john@example.com,+49 89 636 00,,");

        ImportResult<Guest> result = importFile(file, ImportOptions.DETECT);

        assertThat(result.added()).isEqualTo(2);
        Guest zhou = only("周济");
        assertThat(zhou).isEqualTo(new Guest(zhou.id(), eventId, "周济", "Zhou Ji", "院士", "中国工程院", "中国",
                GuestCategory.ACADEMICIAN, "A", Attendance.ON_SITE, InvitationStatus.CONFIRMED, NINE_THIRTY,
                "zhouji@example.cn", "13800000001", "李明", "主旨演讲"));
        Guest john = only("约翰·史密斯");
        assertThat(john.category()).isEqualTo(GuestCategory.ENTERPRISE_REPRESENTATIVE);
        assertThat(john.attendance()).isEqualTo(Attendance.ONLINE);
        assertThat(john.invitationStatus()).isEqualTo(InvitationStatus.DECLINED);
        assertThat(john.phone()).isEqualTo("+49 89 636 00");
        assertThat(john.checkedInAt()).isNull();
        assertThat(john.host()).isNull();
    }

    @Test
    void readsUtf8WithoutBomSemicolonAndEnglishHeadersAndWords() throws IOException {
        Path file = csv("guests.csv", StandardCharsets.UTF_8, false,
                "Full name;Other name;Title;Organisation;Country;Category;VIP;Attendance;Status;Checked in;E-mail;Phone;Host;Notes",
                "Zhang San;张三;Professor;Tsinghua University;China;expert;1;online;invited;11/26/2020 14:05;zs@example.cn;010-62780000;Wang;",
                "Ana Núñez;;Reporter;El País;Spain;journalist;;On site;Not invited;;;;;");

        importFile(file, ImportOptions.DETECT);

        Guest zhang = only("Zhang San");
        assertThat(zhang.otherName()).isEqualTo("张三");
        assertThat(zhang.category()).isEqualTo(GuestCategory.EXPERT);
        assertThat(zhang.vipLevel()).isEqualTo("1");
        assertThat(zhang.attendance()).isEqualTo(Attendance.ONLINE);
        assertThat(zhang.invitationStatus()).isEqualTo(InvitationStatus.INVITED);
        assertThat(zhang.checkedInAt()).isEqualTo(Instant.parse("2020-11-26T06:05:00Z"));
        Guest ana = only("Ana Núñez");
        assertThat(ana.category()).isEqualTo(GuestCategory.MEDIA);
        assertThat(ana.attendance()).isEqualTo(Attendance.ON_SITE);
        assertThat(ana.invitationStatus()).isEqualTo(InvitationStatus.NOT_INVITED);
    }

    @Test
    void readsGb18030WithTabs() throws IOException {
        Path file = csv("guests.txt", Charset.forName("GB18030"), false,
                "姓名\t单位\t类别\t签到时间",
                "王𠮷\t南京大学\t专家\t2020年11月26日 9:30",
                "李四\t江苏省工业和信息化厅\t领导\t2020年11月26日");

        ImportPreview<Guest> preview = importer.preview(eventId, file, ImportOptions.DETECT, Locale.ENGLISH);
        assertThat(preview.encoding()).isEqualTo("GB18030");
        assertThat(preview.delimiter()).isEqualTo('\t');
        importFile(file, ImportOptions.DETECT);

        assertThat(only("王𠮷").organisation()).isEqualTo("南京大学");
        assertThat(only("王𠮷").checkedInAt()).isEqualTo(NINE_THIRTY);
        assertThat(only("李四").category()).isEqualTo(GuestCategory.GOVERNMENT_OFFICIAL);
        assertThat(only("李四").checkedInAt()).isEqualTo(Instant.parse("2020-11-25T16:00:00Z"));
    }

    @Test
    void quotedLineBreaksKeepTheTextAndTheProblemsNameThePhysicalLine() throws IOException {
        Path file = csv("guests.csv", StandardCharsets.UTF_8, true,
                "姓名,备注,类别",
                "张三,\"第一行",
                "第二行\",专家",
                "李四,\"又一段",
                "",
                "说明\",教授",
                "王五,,媒体");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT));

        assertThat(rejected.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("类别");
            assertThat(p.reason()).contains("“教授”");
        });
        assertThat(guests.list(eventId)).isEmpty();

        Path fixed = csv("fixed.csv", StandardCharsets.UTF_8, true,
                "姓名,备注,类别", "张三,\"第一行", "第二行\",专家");
        importFile(fixed, ImportOptions.DETECT);
        assertThat(only("张三").notes()).isEqualTo("第一行\r\n第二行");
    }

    // ---------------------------------------------------------------------------------- XLSX

    private Path workbook(String name, TestWorkbooks.Filler filler) throws IOException {
        return TestWorkbooks.write(folder.resolve(name), filler);
    }

    private static void row(Sheet sheet, int index, Object... values) {
        TestWorkbooks.row(sheet, index, values);
    }

    @Test
    void readsTheFirstVisibleSheetOrTheSheetNamed() throws IOException {
        Path file = workbook("guests.xlsx", wb -> {
            row(wb.createSheet("模板"), 0, "姓名");
            wb.setSheetHidden(0, true);
            Sheet vip = wb.createSheet("贵宾");
            row(vip, 0, "姓名", "单位");
            row(vip, 1, "周济", "中国工程院");
            Sheet media = wb.createSheet("媒体");
            row(media, 0, "姓名", "单位", "类别");
            row(media, 1, "赵记者", "新华社", "媒体");
        });

        importFile(file, ImportOptions.DETECT);
        assertThat(guests.list(eventId)).extracting(Guest::fullName).containsExactly("周济");

        importFile(file, ImportOptions.DETECT.withSheet("媒体"));
        assertThat(only("赵记者").category()).isEqualTo(GuestCategory.MEDIA);
    }

    @Test
    void recognisesAHeaderSpanningTwoMergedRows() throws IOException {
        Path file = workbook("guests.xlsx", wb -> {
            Sheet sheet = wb.createSheet("嘉宾");
            row(sheet, 0, "姓名", "单位", "联系方式", "");
            row(sheet, 1, "", "", "电话", "邮箱");
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 1, 1));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 2, 3));
            row(sheet, 2, "周济", "中国工程院", "13800000001", "zhouji@example.cn");
            row(sheet, 3, "李四", "南京大学", "", "bad-address");
        });

        ImportPreview<Guest> preview = importer.preview(eventId, file, ImportOptions.DETECT, Locale.ENGLISH);

        assertThat(preview.headers()).containsExactly("姓名", "单位", "电话", "邮箱");
        assertThat(preview.mapping()).containsExactly(Map.entry("姓名", GuestField.FULL_NAME),
                Map.entry("单位", GuestField.ORGANISATION), Map.entry("电话", GuestField.PHONE), Map.entry("邮箱", GuestField.EMAIL));
        // Data rows keep their Excel row numbers.
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("邮箱");
        });
        importFile(file, ImportOptions.DETECT.withPartial(true));
        assertThat(only("周济").phone()).isEqualTo("13800000001");
        assertThat(only("周济").email()).isEqualTo("zhouji@example.cn");
    }

    @Test
    void readsCheckInTimesAsSerialNumbersDateCellsAndText() throws IOException {
        Path file = workbook("guests.xlsx", wb -> {
            Sheet sheet = wb.createSheet("签到");
            CellStyle dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            row(sheet, 0, "姓名", "签到时间");
            row(sheet, 1, "序列号", 44161.395833333336);
            row(sheet, 2, "日期格", "");
            Cell cell = sheet.getRow(2).createCell(1);
            cell.setCellValue(LocalDateTime.of(2020, 11, 26, 9, 30));
            cell.setCellStyle(dateTime);
            row(sheet, 3, "中文", "2020年11月26日 9:30");
            row(sheet, 4, "美式", "11/26/2020 09:30");
            row(sheet, 5, "只有日期", "2020年11月26日");
            row(sheet, 6, "日期序列号", 44161);
        });

        importFile(file, ImportOptions.DETECT);

        for (String name : List.of("序列号", "日期格", "中文", "美式")) {
            assertThat(only(name).checkedInAt()).as(name).isEqualTo(NINE_THIRTY);
        }
        Instant midnight = LocalDate.of(2020, 11, 26).atStartOfDay(Event.DEFAULT_TIME_ZONE).toInstant();
        assertThat(only("只有日期").checkedInAt()).isEqualTo(midnight);
        assertThat(only("日期序列号").checkedInAt()).isEqualTo(midnight);
    }

    // --------------------------------------------------------------------- Bad rows, --partial

    private Path badFile() throws IOException {
        return csv("bad.csv", StandardCharsets.UTF_8, true,
                "姓名,类别,邮箱,贵宾级别,签到时间",
                "周济,院士,zhouji@example.cn,A,",
                ",专家,,,",
                "李四,神仙,li@example,,",
                "王五,专家,,VVVVVVVVVVVVVVVVVVVVVVVVIP,",
                "赵六,媒体,,,03/04/2020",
                "钱七,媒体,,,明天上午");
    }

    @Test
    void aBadFileImportsNothingAndNamesEveryBadLine() throws IOException {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(badFile(), ImportOptions.DETECT));

        assertThat(rejected.problems()).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "姓名"),
                org.assertj.core.groups.Tuple.tuple(4, "类别"),
                org.assertj.core.groups.Tuple.tuple(4, "邮箱"),
                org.assertj.core.groups.Tuple.tuple(5, "贵宾级别"),
                org.assertj.core.groups.Tuple.tuple(6, "签到时间"),
                org.assertj.core.groups.Tuple.tuple(7, "签到时间"));
        assertThat(rejected.problems().get(3).reason()).isEqualTo("The VIP level has 26 characters; at most 20 fit. "
                + "Shorten it (nothing is cut for you).");
        assertThat(rejected.problems().get(3).toString())
                .isEqualTo("bad.csv, line 5, column \"贵宾级别\": The VIP level has 26 characters; at most 20 fit. "
                        + "Shorten it (nothing is cut for you).");
        assertThat(guests.list(eventId)).isEmpty();
    }

    @Test
    void problemsAreInTheUsersLanguage() throws IOException {
        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importer.importFile(eventId, badFile(), ImportOptions.DETECT, ProgressMonitor.NONE,
                        Locale.SIMPLIFIED_CHINESE));

        assertThat(rejected.problems().get(1).describe(Locale.SIMPLIFIED_CHINESE, true))
                .isEqualTo("bad.csv，第 4 行，“类别”列：类别“神仙”不是本活动已有的值（第 4 行）。请把它对应到已有的值（院士、专家、企业代表、"
                        + "政府官员、媒体、其他），或添加为新值：在预览中选择，或在命令行用 --map-value \"类别:神仙=…\" 或 --add-values。");
    }

    @Test
    void partialImportsTheGoodRowsAndReportsTheRest() throws IOException {
        ImportResult<Guest> result = importFile(badFile(), ImportOptions.DETECT.withPartial(true));

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.notImported()).extracting(ImportProblem::line).containsExactly(3, 4, 4, 5, 6, 7);
        assertThat(guests.list(eventId)).extracting(Guest::fullName).containsExactly("周济");
    }

    @Test
    void aFileWithoutANameColumnIsRefusedWithTheHeadersFound() throws IOException {
        Path file = csv("x.csv", StandardCharsets.UTF_8, false, "Who,Where", "周济,北京");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT.withPartial(true)));

        assertThat(rejected.problems()).first().extracting(ImportProblem::reason).asString()
                .contains("“Who”, “Where”").contains("--map \"列名=fullName\"");
        // Each column nobody recognised is named too, with what it could be: one round of corrections.
        assertThat(rejected.problems()).extracting(ImportProblem::column).containsExactly(null, "Who", "Where");
        ImportOptions mapped = new ImportOptions(null, null, null, Map.of("Who", GuestField.FULL_NAME,
                "Where", GuestField.COUNTRY), Set.of(), false, null);
        importFile(file, mapped);
        assertThat(only("周济").country()).isEqualTo("北京");
    }

    @Test
    void twoColumnsForOneFieldAreRefusedRatherThanTheSecondLost() throws IOException {
        Path twice = csv("twice.csv", StandardCharsets.UTF_8, false, "姓名,单位,姓名", "张三,南京大学,张叁");
        Path phones = csv("phones.csv", StandardCharsets.UTF_8, false, "姓名,电话,手机", "张三,025-83790000,13800000001");

        ImportRejectedException same = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(twice, ImportOptions.DETECT.withPartial(true)));
        ImportRejectedException two = catchThrowableOfType(ImportRejectedException.class,
                () -> importer.importFile(eventId, phones, ImportOptions.DETECT, ProgressMonitor.NONE,
                        Locale.SIMPLIFIED_CHINESE));

        assertThat(same.problems()).singleElement().hasToString("twice.csv, line 1, column \"姓名\": Two columns are "
                + "headed “姓名” (columns 1 and 3), both read as the Name; only the first would be imported and the text "
                + "of the other lost. Rename or delete one of them in the file.");
        assertThat(two.problems()).singleElement().extracting(p -> p.describe(Locale.SIMPLIFIED_CHINESE, true))
                .isEqualTo("phones.csv，第 1 行，“手机”列：有两列都表示同一字段（电话）：“电话”（第 2 列）和“手机”（第 3 列）。"
                        + "只会导入前一列，另一列的内容将丢失。请在文件中删除或重命名其中一列，或忽略其中一列，例如 --map \"手机=ignore\"。");
        assertThat(guests.list(eventId)).isEmpty();
        importFile(phones, new ImportOptions(null, null, null, Map.of(), Set.of("手机"), false, null));
        assertThat(only("张三").phone()).isEqualTo("025-83790000");
    }

    @Test
    void controlCharactersLeftByAnotherProgramAreRefusedButLineBreaksAndTabsAreKept() throws IOException {
        Path file = csv("control.csv", StandardCharsets.UTF_8, false, "姓名,单位,备注",
                "张\u0007三,南京\u001b大学,ok", "李四,东南大学,\"第一行\n\t第二行\"", "\u0000\u0000,,");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT));

        assertThat(rejected.problems()).extracting(ImportProblem::toString).containsExactly(
                "control.csv, line 2, column \"姓名\": The text holds an invisible control character (U+0007, character 2), "
                        + "probably left by another program. Delete it in the file (retype the text) and import again.",
                "control.csv, line 2, column \"单位\": The text holds an invisible control character (U+001B, character 3), "
                        + "probably left by another program. Delete it in the file (retype the text) and import again.",
                "control.csv, line 5, column \"姓名\": The text holds an invisible control character (U+0000, character 1), "
                        + "probably left by another program. Delete it in the file (retype the text) and import again.");
        assertThat(guests.list(eventId)).isEmpty();
        importFile(file, ImportOptions.DETECT.withPartial(true));
        assertThat(guests.list(eventId)).extracting(Guest::fullName, Guest::notes)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("李四", "第一行\n\t第二行"));
    }

    @Test
    void headersAndWordsInTraditionalCharactersAreReadAndTheNamesKeptAsWritten() throws IOException {
        Path file = csv("hk.csv", StandardCharsets.UTF_8, false, "姓名,單位,類別,參會方式,邀請狀態,電話",
                "張三,南京大學,專家,線上,已確認,+852 2345 6789", "李四,東南大學,媒體,現場,已謝絕,");

        importFile(file, ImportOptions.DETECT);

        Guest zhang = only("張三");
        assertThat(zhang.organisation()).isEqualTo("南京大學");
        assertThat(zhang.category()).isEqualTo(GuestCategory.EXPERT);
        assertThat(zhang.attendance()).isEqualTo(Attendance.ONLINE);
        assertThat(zhang.invitationStatus()).isEqualTo(InvitationStatus.CONFIRMED);
        assertThat(zhang.phone()).isEqualTo("+852 2345 6789");
        Guest li = only("李四");
        assertThat(li.category()).isEqualTo(GuestCategory.MEDIA);
        assertThat(li.attendance()).isEqualTo(Attendance.ON_SITE);
        assertThat(li.invitationStatus()).isEqualTo(InvitationStatus.DECLINED);
    }

    @Test
    void anImpossibleCheckInTimeSaysTheTimeIsWrongNotTheDate() throws IOException {
        Path file = csv("times.csv", StandardCharsets.UTF_8, false, "姓名,签到时间", "张三,2020-11-26 25:00",
                "李四,2020-02-30 09:00");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT));

        assertThat(rejected.problems()).extracting(ImportProblem::reason).containsExactly(
                "The time in “2020-11-26 25:00” does not exist: hours go from 0 to 23 and minutes from 0 to 59. "
                        + "Write it e.g. as 2020-11-26 09:30.",
                "The date “2020-02-30 09:00” does not exist in the calendar. Check the day and the month.");
    }

    @Test
    void big5TextReadAsGb18030IsRefusedNamingBig5WhichReadsIt() throws IOException {
        Path file = csv("tw.csv", Charset.forName("Big5"), false, "姓名,單位,類別", "張三,南京大學,專家");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT));

        assertThat(rejected.problems()).singleElement().extracting(ImportProblem::reason).asString()
                .startsWith("The file tw.csv does not read correctly as GB18030")
                .contains("It reads cleanly as Big5 (its first line with Chinese reads “姓名,單位,類別”). "
                        + "Import it again with --encoding Big5");
        assertThat(guests.list(eventId)).isEmpty();
        importFile(file, new ImportOptions(Charset.forName("Big5"), null, null, Map.of(), Set.of(), false, null));
        assertThat(only("張三").category()).isEqualTo(GuestCategory.EXPERT);
    }

    @Test
    void anExcelErrorCellIsRefusedNotImportedAsAName() throws IOException {
        Path file = workbook("errors.xlsx", w -> {
            Sheet sheet = w.createSheet("嘉宾");
            row(sheet, 0, "姓名", "单位");
            Row broken = sheet.createRow(1);
            broken.createCell(0).setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.REF.getCode());
            broken.createCell(1).setCellValue("南京大学");
            row(sheet, 2, "张三", "#N/A");
        });

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT.withDuplicates(DuplicateAction.ADD)));

        assertThat(rejected.problems()).extracting(ImportProblem::toString).containsExactly(
                "errors.xlsx, line 2, column \"姓名\": The cell shows the Excel error #REF!: its formula cannot be calculated "
                        + "(for example it refers to a deleted cell). Correct it in Excel or type the value itself, then import again.",
                "errors.xlsx, line 3, column \"单位\": The cell shows the Excel error #N/A: its formula cannot be calculated "
                        + "(for example it refers to a deleted cell). Correct it in Excel or type the value itself, then import again.");
        assertThat(guests.list(eventId)).isEmpty();
    }

    @Test
    void anEmailWithATrailingDotOrAnEmptyDomainPartIsRefused() throws IOException {
        Path file = csv("mail.csv", StandardCharsets.UTF_8, false, "姓名,邮箱", "张三,zhao@example.com.", "李四,li@mail..cn",
                "王五,wang@.example.com", "赵六,zhao.liu@mail.example.cn", "周七,用户@例子.中国");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT));

        assertThat(rejected.problems()).extracting(ImportProblem::line).containsExactly(2, 3, 4);
        assertThat(rejected.problems().get(0).reason()).contains("“zhao@example.com.”");
        importFile(file, ImportOptions.DETECT.withPartial(true));
        assertThat(guests.list(eventId)).extracting(Guest::email).containsExactly("zhao.liu@mail.example.cn", "用户@例子.中国");
    }

    @Test
    void aHeaderLineReadAsOneColumnHintsAtTheDelimiterAndThatDelimiterReadsIt() throws IOException {
        Path file = csv("pipes.csv", StandardCharsets.UTF_8, false, "姓名|单位|邮箱", "张三|南京大学|zs@example.com");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT));

        assertThat(rejected.problems()).first().extracting(ImportProblem::reason).asString()
                .startsWith("No column for “Name” was recognised. The headers found are: “姓名|单位|邮箱”.")
                .endsWith(" The whole header line was read as one column: if its columns are separated by “|”, give it "
                        + "with --delimiter \"|\" (in the window: save the file as CSV with commas).");
        importFile(file, new ImportOptions(null, '|', null, Map.of(), Set.of(), false, null));
        assertThat(only("张三").email()).isEqualTo("zs@example.com");
    }

    @Test
    void anIgnoredColumnIsNotImported() throws IOException {
        Path file = csv("x.csv", StandardCharsets.UTF_8, false, "姓名,备注", "周济,内部说明");

        importFile(file, new ImportOptions(null, null, null, Map.of(), Set.of("备注"), false, null));

        assertThat(only("周济").notes()).isNull();
    }

    @Test
    void ignoringAHeaderThatIsNotThereIsRefusedAsATypo() throws IOException {
        Path file = csv("x.csv", StandardCharsets.UTF_8, false, "姓名,备注", "周济,内部说明");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class, () -> importFile(file,
                new ImportOptions(null, null, null, Map.of(), Set.of("备住"), false, null)));

        assertThat(rejected.problems()).singleElement().hasToString("x.csv, line 1: No column is headed “备住”, so it "
                + "cannot be mapped. The headers found are: “姓名”, “备注”.");
        assertThat(guests.list(eventId)).isEmpty();
    }

    // ---------------------------------------------------------------------------- Duplicates

    /**
     * PENDING BRANCH guestdup: until the duplicate rules land on main, GuestDuplicates is a stub that
     * matches names only; the tests that need a match by e-mail are skipped (an assumption), and run
     * unchanged once the rules are there.
     */
    private static void assumeRealDuplicateRules() {
        Guest a = new Guest(null, 1, "甲", null, null, null, null, GuestCategory.OTHER, null, Attendance.ON_SITE,
                InvitationStatus.NOT_INVITED, null, "same@example.cn", null, null, null);
        Guest b = new Guest(null, 1, "乙", null, null, null, null, GuestCategory.OTHER, null, Attendance.ON_SITE,
                InvitationStatus.NOT_INVITED, null, "same@example.cn", null, null, null);
        org.junit.jupiter.api.Assumptions.assumeFalse(
                org.conferencedesk.guests.GuestDuplicates.matchIncoming(List.of(a), List.of(b)).isEmpty(),
                "GuestDuplicates is still the stub (branch guestdup)");
    }

    private void existing(String name, String organisation, String email, String phone) {
        guests.save(new Guest(null, eventId, name, null, null, organisation, null, GuestCategory.EXPERT, null,
                Attendance.ON_SITE, InvitationStatus.INVITED, null, email, phone, null, null));
    }

    private Path duplicatesFile() throws IOException {
        return csv("again.csv", StandardCharsets.UTF_8, true,
                "姓名,单位,邮箱,职务",
                "周济,中国工程院,zhouji@example.cn,院士",
                "新朋友,东南大学,,",
                "张伟,某公司,,经理",
                "新朋友,东南大学,,教授");
    }

    @Test
    void duplicatesAreRefusedWithoutAnAnswerAndNothingIsSaved() throws IOException {
        assumeRealDuplicateRules();
        existing("周济", null, "zhouji@example.cn", null);
        existing("张伟", "另一家公司", null, null);

        DuplicateRowsException refused = catchThrowableOfType(DuplicateRowsException.class,
                () -> importFile(duplicatesFile(), ImportOptions.DETECT));

        assertThat(refused.duplicates()).extracting(Duplicate::line).containsExactly(2, 4, 5);
        assertThat(refused.problems()).extracting(ImportProblem::toString).containsExactly(
                "again.csv, line 2, column \"姓名\": “周济” looks like “周济” already on the guest list (zhouji@example.cn): same name, same e-mail.",
                "again.csv, line 4, column \"姓名\": “张伟” looks like “张伟” already on the guest list (另一家公司): same name.",
                "again.csv, line 5, column \"姓名\": “新朋友” looks like the guest on line 3 of this file: same name.");
        assertThat(refused.duplicates().get(1).weak()).isTrue();
        assertThat(guests.list(eventId)).hasSize(2);
    }

    @Test
    void skipLeavesDuplicateRowsOut() throws IOException {
        existing("周济", null, "zhouji@example.cn", null);
        existing("张伟", "另一家公司", null, null);

        ImportResult<Guest> result = importFile(duplicatesFile(), ImportOptions.DETECT.withDuplicates(DuplicateAction.SKIP));

        assertThat(result.added()).isEqualTo(1);
        assertThat(result.skipped()).isEqualTo(3);
        assertThat(guests.list(eventId)).extracting(Guest::fullName).containsExactly("周济", "张伟", "新朋友");
        assertThat(only("周济").title()).isNull();
        assertThat(only("新朋友").title()).isNull();
    }

    @Test
    void mergeFillsTheExistingGuestButNeverMergesANameOnlyMatch() throws IOException {
        assumeRealDuplicateRules();
        existing("周济", null, "zhouji@example.cn", null);
        existing("张伟", "另一家公司", null, null);

        ImportResult<Guest> result = importFile(duplicatesFile(), ImportOptions.DETECT.withDuplicates(DuplicateAction.MERGE));

        // 周济 (same e-mail) merged; 张伟 (name only) added as a second 张伟; 新朋友 (name only in the file) added twice.
        assertThat(result.merged()).isEqualTo(1);
        assertThat(result.added()).isEqualTo(3);
        assertThat(result.addedForReview()).extracting(Duplicate::line).containsExactly(4, 5);
        Guest zhou = only("周济");
        assertThat(zhou.organisation()).isEqualTo("中国工程院");
        assertThat(zhou.title()).isEqualTo("院士");
        assertThat(zhou.category()).isEqualTo(GuestCategory.EXPERT);
        assertThat(guests.list(eventId)).extracting(Guest::fullName)
                .containsExactly("周济", "张伟", "新朋友", "张伟", "新朋友");
    }

    @Test
    void aChoiceForOneRowMergesEvenANameOnlyMatch() throws IOException {
        existing("周济", null, "zhouji@example.cn", null);
        existing("张伟", "另一家公司", null, null);

        ImportResult<Guest> result = importer.importFile(eventId, duplicatesFile(),
                ImportOptions.DETECT.withDuplicates(DuplicateAction.SKIP),
                Map.of(4, DuplicateAction.MERGE, 5, DuplicateAction.MERGE), ProgressMonitor.NONE, Locale.ENGLISH);

        assertThat(result.merged()).isEqualTo(2);
        assertThat(result.skipped()).isEqualTo(1);
        Guest zhang = only("张伟");
        assertThat(zhang.organisation()).isEqualTo("另一家公司");
        assertThat(zhang.title()).isEqualTo("经理");
        assertThat(zhang.notes()).isEqualTo("Also Organisation: 某公司");
        assertThat(only("新朋友").title()).isEqualTo("教授");
    }

    @Test
    void addAddsEveryRow() throws IOException {
        existing("周济", null, "zhouji@example.cn", null);

        ImportResult<Guest> result = importFile(duplicatesFile(), ImportOptions.DETECT.withDuplicates(DuplicateAction.ADD));

        assertThat(result.added()).isEqualTo(4);
        assertThat(guests.list(eventId)).hasSize(5);
    }

    // ---------------------------------------------------------------------------- Round trip

    private List<Guest> sampleGuests() {
        return List.of(
                new Guest(null, eventId, "周济", "Zhou Ji", "院士", "中国工程院", "中国", GuestCategory.ACADEMICIAN, "A",
                        Attendance.ON_SITE, InvitationStatus.CONFIRMED, NINE_THIRTY, "zhouji@example.cn", "+86 10 5960 6000",
                        "李明", "主旨演讲\n第二行, 带逗号和\"引号\""),
                new Guest(null, eventId, "约翰·史密斯", "John Smith", "=HYPERLINK(\"http://x\")", "-1 Company", "德国",
                        GuestCategory.ENTERPRISE_REPRESENTATIVE, "@VIP", Attendance.ONLINE, InvitationStatus.DECLINED,
                        Instant.parse("2020-11-26T02:15:30.123456Z"), "john@example.com", "+49 89 636 00", "'=already",
                        "'plain apostrophe"),
                new Guest(null, eventId, "محمد علي", null, null, null, null, GuestCategory.MEDIA, null, Attendance.ONLINE,
                        InvitationStatus.NOT_INVITED, null, null, null, null, "王🙂五 ''"),
                Guest.named(eventId, "山田𠮷子"));
    }

    private static List<Guest> withoutIds(List<Guest> list) {
        return list.stream().map(g -> g.withId(null)).toList();
    }

    @Test
    void csvRoundTripGivesIdenticalValues() throws IOException {
        guests.addAll(eventId, sampleGuests(), null);
        List<Guest> before = withoutIds(guests.list(eventId));
        Path out = folder.resolve("guests.csv");

        assertThat(exporter.export(eventId, out, Locale.SIMPLIFIED_CHINESE)).isEqualTo(4);
        database.dsl().deleteFrom(org.conferencedesk.storage.generated.tables.Guest.GUEST).execute();
        importFile(out, ImportOptions.DETECT);

        assertThat(withoutIds(guests.list(eventId))).isEqualTo(before);
    }

    @Test
    void xlsxRoundTripGivesIdenticalValuesToTheMillisecond() throws IOException {
        List<Guest> sample = sampleGuests().stream().map(g -> g.checkedInAt() == null ? g
                : g.withCheckedInAt(g.checkedInAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS))).toList();
        guests.addAll(eventId, sample, null);
        List<Guest> before = withoutIds(guests.list(eventId));
        Path out = folder.resolve("guests.xlsx");

        exporter.export(eventId, out, Locale.ENGLISH);
        database.dsl().deleteFrom(org.conferencedesk.storage.generated.tables.Guest.GUEST).execute();
        importFile(out, ImportOptions.DETECT);

        assertThat(withoutIds(guests.list(eventId))).isEqualTo(before);
    }

    @Test
    void csvExportHasBomChineseHeadersAndHarmlessFormulas() throws IOException {
        guests.addAll(eventId, sampleGuests(), null);
        Path out = folder.resolve("guests.csv");

        exporter.export(eventId, out, Locale.SIMPLIFIED_CHINESE);

        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo("姓名,另一写法,职务,单位,国家或地区,类别,贵宾级别,参会方式,邀请状态,签到时间,电子邮箱,电话,对接人,备注");
        assertThat(lines.get(1)).isEqualTo("周济,Zhou Ji,院士,中国工程院,中国,院士,A,线下,已确认,2020-11-26 09:30,zhouji@example.cn,"
                + "'+86 10 5960 6000,李明,\"主旨演讲");
        assertThat(lines.get(3)).isEqualTo("约翰·史密斯,John Smith,\"'=HYPERLINK(\"\"http://x\"\")\",'-1 Company,德国,企业代表,'@VIP,"
                + "线上,已谢绝,2020-11-26 10:15:30.123456,john@example.com,'+49 89 636 00,''=already,'plain apostrophe");
    }

    @Test
    void aFileThatCannotBeReadToItsEndIsRefusedNamingEveryProblemBeforeTheBreak() throws IOException {
        Path file = csv("broken.csv", StandardCharsets.UTF_8, false, "姓名,单位,职务",
                "张三,南京大学,教授",
                "王建华,院士",
                "李四,东南大学,研究员",
                "赵六,江苏大学,教授,多的",
                "钱七,南京大学,研究员",
                "孙八,\"南京大学,教授",
                "周九,东南大学,教授");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT));

        assertThat(rejected.problems()).extracting(ImportProblem::line).containsExactly(3, 5, 7);
        assertThat(rejected.problems().get(0).reason()).contains("2 cells but the header has 3", "“院士” would be read as “单位”");
        assertThat(rejected.problems().get(2).reason()).startsWith("From line 7 on the file cannot be read as CSV");
        assertThat(guests.list(eventId)).isEmpty();
    }

    @Test
    void aGuestRowWithACellMissingIsRefusedNotStoredWithItsTitleAsOrganisation() throws IOException {
        Path file = csv("short.csv", StandardCharsets.UTF_8, false, "姓名,单位,职务", "王建华,院士", "张三,南京大学,教授", ",,", "");

        ImportRejectedException rejected = catchThrowableOfType(ImportRejectedException.class,
                () -> importFile(file, ImportOptions.DETECT));

        assertThat(rejected.problems()).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(2));
        importFile(file, ImportOptions.DETECT.withPartial(true));
        assertThat(guests.list(eventId)).extracting(Guest::fullName).containsExactly("张三");
    }
}
