package org.conferencedesk.contracts.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.SpreadsheetRow;
import org.conferencedesk.importexport.SpreadsheetTable;
import org.conferencedesk.importexport.TestWorkbooks;
import org.conferencedesk.shared.OperationCancelledException;
import org.conferencedesk.shared.ProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.conferencedesk.storage.TestDatabases;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabases.Backend.class)
class ContractImportTest extends ContractImportFixture {

    /** H2, and PostgreSQL when a test server is configured (issue 16): the import's rules on both. */
    @Parameter
    TestDatabases.Backend backend;

    @Override
    TestDatabases.Backend backend() {
        return backend;
    }

    static final Path SAMPLES = Path.of("docs/samples");
    static final Path FIXTURES = Path.of("src/test/resources/importexport");
    static final BigDecimal PRESS_RELEASE_TOTAL = new BigDecimal("53630000000.00");

    private Path file(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private int importContracts(Path file, ImportOptions options, ProgressMonitor monitor) {
        return importContracts(file, options, monitor, Locale.ENGLISH);
    }

    private int importContracts(Path file, ImportOptions options, ProgressMonitor monitor, Locale locale) {
        return importer.importFile(eventId, file, options, monitor, locale).added();
    }

    private ImportPreview<Contract> preview(Path file, ImportOptions options) {
        return importer.preview(eventId, file, options, Locale.ENGLISH);
    }

    private List<ImportProblem> rejection(Path file, ImportOptions options) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> importContracts(file, options, ProgressMonitor.NONE));
        assertThat(e).as("the import is refused").isNotNull();
        return e.problems();
    }

    @Test
    void sampleCsvImportsThirtySignedContractsTotallingThePressReleaseFigure() {
        int imported = importContracts(SAMPLES.resolve("wimc-2020-signing-ceremony.csv"),
                ImportOptions.DETECT, ProgressMonitor.NONE);

        assertThat(imported).isEqualTo(30);
        ContractTotals totals = contracts.totals(eventId);
        assertThat(totals.signed()).isEqualTo(new ContractTotals.CountAndAmount(30, PRESS_RELEASE_TOTAL));
        List<Contract> list = contracts.list(eventId);
        assertThat(list).extracting(Contract::signingOrder).containsExactlyElementsOf(
                java.util.stream.IntStream.rangeClosed(1, 30).boxed().toList());
        Contract fourth = list.get(3);
        assertThat(fourth.projectName()).isEqualTo("动力电池智能工厂");
        assertThat(fourth.amount()).isEqualTo(new BigDecimal("3500000000.00")); // "350,000万元"
        assertThat(list.get(7).amount()).isEqualTo(new BigDecimal("2500000000.00")); // "2,500,000,000"
        assertThat(list.get(6).signedOn()).isEqualTo(LocalDate.of(2020, 11, 28)); // "2020年11月28日"
        assertThat(list.get(2).note()).isEqualTo("含研发中心, 生产基地");
        assertThat(list.get(13).investor()).isEqualTo("约翰·史密斯");
        assertThat(list.get(14).investor()).isEqualTo("南京𠮷祥智能装备有限公司");
        assertThat(list).allSatisfy(c -> {
            assertThat(c.status()).isEqualTo(ContractStatus.SIGNED);
            assertThat(c.currency()).isEqualTo("CNY");
            assertThat(c.signedOn()).isEqualTo(LocalDate.of(2020, 11, 28));
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "docs/samples/wimc-2020-signing-ceremony.csv,        CSV,  'UTF-8 (BOM)', ','",
            "docs/samples/wimc-2020-signing-ceremony-gb18030.csv, CSV, GB18030,       ','",
            "src/test/resources/importexport/wimc-2020-utf8-no-bom.csv, CSV, UTF-8,   ','",
            "src/test/resources/importexport/wimc-2020-semicolon.csv,   CSV, UTF-8,   ';'",
            "src/test/resources/importexport/wimc-2020-tab.txt,         CSV, UTF-8,   '\t'",
            "docs/samples/wimc-2020-signing-ceremony.xlsx,      XLSX, ,               ",
    })
    void everyCopyOfTheSampleReadsTheSameThirtyContracts(String path, SpreadsheetTable.Format format,
                                                        String encoding, Character delimiter) {
        ImportPreview<Contract> preview = preview(Path.of(path), ImportOptions.DETECT);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.format()).isEqualTo(format);
        assertThat(preview.encoding()).isEqualTo(encoding);
        assertThat(preview.delimiter()).isEqualTo(delimiter);
        assertThat(preview.rowCount()).isEqualTo(30);
        assertThat(preview.readyCount()).isEqualTo(30);
        assertThat(preview.firstRows()).hasSize(20);
        assertThat(preview.firstRows().get(0).line()).isEqualTo(2);
        assertThat(preview.mapping()).containsEntry("项目名称", ContractField.PROJECT_NAME)
                .containsEntry("投资金额", ContractField.AMOUNT).containsEntry("落户区域", ContractField.DISTRICT)
                .containsEntry("产业领域", ContractField.SECTOR).containsEntry("序号", ContractField.SIGNING_ORDER);
        assertThat(preview.columnsDecided()).isTrue();

        assertThat(importContracts(Path.of(path), ImportOptions.DETECT, ProgressMonitor.NONE))
                .isEqualTo(30);
        assertThat(contracts.totals(eventId).signed().amount()).isEqualTo(PRESS_RELEASE_TOTAL);
        assertThat(contracts.list(eventId).get(14).investor()).isEqualTo("南京𠮷祥智能装备有限公司");
        assertThat(contracts.list(eventId).get(13).investor()).isEqualTo("约翰·史密斯");
    }

    @Test
    void workbookPreviewNamesItsSheetsAndReadsTheFirstVisibleOne() {
        ImportPreview<Contract> preview = preview(SAMPLES.resolve("wimc-2020-signing-ceremony.xlsx"), ImportOptions.DETECT);

        assertThat(preview.sheetNames()).containsExactly("签约项目", "说明");
        assertThat(preview.sheet()).isEqualTo("签约项目");
        assertThat(preview.firstRows().get(0).cells()).startsWith("1", "智能网联新能源汽车整车制造基地");
        assertThat(preview.firstRows().get(0).cell(8)).isEqualTo("2020-11-28");
    }

    @Test
    void importRejectsWholeFileAndListsEveryBadRow() throws IOException {
        Path file = file("bad.csv", """
                序号,项目名称,投资方,金额,状态,签约日期
                1,好项目,甲公司,5.2亿元,已签约,2020-11-28
                2,坏金额,乙公司,叁亿伍仟元,已签约,2020-11-28
                3,,丙公司,3000万元,已签约,2020-11-28
                4,坏状态,丁公司,1亿,进行中,2020-11-28
                5,坏日期,戊公司,1亿,已签约,2020-02-30
                6,坏单位,己公司,5亿欧,已签约,2020年13月1日
                x,坏序号,庚公司,,已签约,
                """);

        List<ImportProblem> problems = rejection(file, ImportOptions.DETECT);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "金额"),
                org.assertj.core.groups.Tuple.tuple(4, "项目名称"),
                org.assertj.core.groups.Tuple.tuple(5, "状态"),
                org.assertj.core.groups.Tuple.tuple(6, "签约日期"),
                org.assertj.core.groups.Tuple.tuple(7, "金额"),
                org.assertj.core.groups.Tuple.tuple(7, "签约日期"),
                org.assertj.core.groups.Tuple.tuple(8, "金额"),
                org.assertj.core.groups.Tuple.tuple(8, "序号"));
        assertThat(problems).allSatisfy(p -> assertThat(p.file()).isEqualTo("bad.csv"));
        assertThat(problems.get(0).reason()).contains("叁亿伍仟元", "叁亿零伍仟", "叁亿伍仟万");
        assertThat(problems.get(4).reason()).contains("5亿欧", "欧");
        assertThat(problems.get(2).reason()).contains("进行中");
        assertThat(problems.get(3).reason()).contains("2020-02-30");
        assertThat(problems.get(0).toString()).isEqualTo("bad.csv, line 3, column \"金额\": " + problems.get(0).reason());
        assertThat(contracts.list(eventId)).isEmpty();
    }

    @Test
    void problemsAreWordedInChineseForAChineseUser() throws IOException {
        Path file = file("bad.csv", "项目名称,金额\n坏金额,约五亿元\n");

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> importContracts(
                file, ImportOptions.DETECT, ProgressMonitor.NONE, Locale.SIMPLIFIED_CHINESE));

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.reason()).isEqualTo("无法识别金额“约五亿元”：“约”在此处不是可识别的单位或币种。"
                    + "请写成例如 5.2亿元、3,500万元 或 RMB 1.2 billion。");
        });
    }

    @Test
    void aQuotedFieldWithLineBreaksShiftsTheLineNumbersOfLaterRows() throws IOException {
        Path file = file("notes.csv", "项目名称,金额,备注\r\n"
                + "甲,1亿,\"第一行\r\n第二行\r\n第三行\"\r\n"
                + "\r\n"
                + "乙,坏,\r\n");

        List<ImportProblem> problems = rejection(file, ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("金额");
        });
        ImportPreview<Contract> preview = preview(file, ImportOptions.DETECT);
        assertThat(preview.firstRows().get(0).cell(2)).isEqualTo("第一行\r\n第二行\r\n第三行");
        assertThat(preview.firstRows()).extracting(SpreadsheetRow::line).containsExactly(2, 6);
    }

    @Test
    void bareNumbersInAColumnHeadedInWanYuanAreWanYuanAndACellInTheSameUnitToo() throws IOException {
        Path file = file("wan.csv", """
                项目名称,投资金额（万元）
                甲,3500
                乙,"12,000.5"
                丙,5000万元
                """);

        importContracts(file, ImportOptions.DETECT, ProgressMonitor.NONE);

        assertThat(contracts.list(eventId)).extracting(Contract::amount).containsExactly(
                new BigDecimal("35000000.00"), new BigDecimal("120005000.00"), new BigDecimal("50000000.00"));
    }

    @Test
    void aCellWhoseOwnUnitContradictsTheColumnsIsRefusedNamingBoth() throws IOException {
        Path file = file("wan.csv", """
                项目名称,投资金额（万元）
                甲,3500
                丙,5.2亿元
                丁,RMB 1.2 billion
                """);

        List<ImportProblem> problems = rejection(file, ImportOptions.DETECT);

        assertThat(problems).extracting(ImportProblem::line, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "投资金额（万元）"), org.assertj.core.groups.Tuple.tuple(4, "投资金额（万元）"));
        assertThat(problems.get(0).reason()).contains("5.2亿元", "万元");
        assertThat(contracts.list(eventId)).isEmpty();
    }

    @Test
    void englishHeadersWithAUnitInHundredMillions() throws IOException {
        Path file = file("en.csv", """
                No.,Project name,Party A,Amount (RMB 100m),Status,Signed on
                1,Robot plant,Acme Robotics,12.5,planned,11/28/2020
                """);

        importContracts(file, ImportOptions.DETECT, ProgressMonitor.NONE);

        Contract c = contracts.list(eventId).get(0);
        assertThat(c.amount()).isEqualTo(new BigDecimal("1250000000.00"));
        assertThat(c.investor()).isEqualTo("Acme Robotics");
        assertThat(c.status()).isEqualTo(ContractStatus.PLANNED);
        assertThat(c.signedOn()).isEqualTo(LocalDate.of(2020, 11, 28));
    }

    @Test
    void ignoredColumnIsNotImportedEvenWhenItsHeaderIsRecognised() throws IOException {
        Path file = file("ignore.csv", "项目名称,金额,备注\n智慧工厂,3亿,=内部备注\n");
        ImportOptions options = ImportOptions.mapping(Map.of(), java.util.Set.of("备注"));

        ImportPreview<Contract> preview = preview(file, options);
        assertThat(preview.mapping()).containsOnlyKeys("项目名称", "金额");
        assertThat(preview.columns().get(2).kind()).isEqualTo(org.conferencedesk.importexport.Columns.Kind.IGNORED);

        importContracts(file, options, ProgressMonitor.NONE);
        assertThat(contracts.list(eventId)).singleElement().satisfies(c -> assertThat(c.note()).isNull());
    }

    @Test
    void importingTheSameFileTwiceIsRefusedRowByRowAndTotalsStay() {
        Path sample = SAMPLES.resolve("wimc-2020-signing-ceremony.csv");
        importContracts(sample, ImportOptions.DETECT, ProgressMonitor.NONE);

        assertThatThrownBy(() -> importContracts(sample, ImportOptions.DETECT, ProgressMonitor.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.problems()).hasSize(30);
                    assertThat(e.problems().get(0).line()).isEqualTo(2);
                    assertThat(e.problems().get(0).column()).isEqualTo("项目名称");
                    assertThat(e.problems().get(0).reason()).contains("already in this event as No. 1", "count it twice");
                });
        assertThat(contracts.totals(eventId).signed().count()).isEqualTo(30);
        assertThat(contracts.totals(eventId).signed().amount()).isEqualTo(new BigDecimal("53630000000.00"));
    }

    @Test
    void mapOptionReadsAColumnWhoseHeaderIsNotRecognisedAndIgnoreLeavesOneOut() throws IOException {
        Path file = file("map.csv", "工程,合同额,联系人\n智慧工厂,3亿,张三\n");
        ImportOptions options = ImportOptions.mapping(
                Map.of("工程", ContractField.PROJECT_NAME, "合同额", ContractField.AMOUNT), java.util.Set.of("联系人"));

        ImportPreview<Contract> preview = preview(file, options);
        assertThat(preview.mapping()).containsExactly(Map.entry("工程", ContractField.PROJECT_NAME),
                Map.entry("合同额", ContractField.AMOUNT));
        assertThat(preview.columns().get(2).kind()).isEqualTo(org.conferencedesk.importexport.Columns.Kind.IGNORED);

        importContracts(file, options, ProgressMonitor.NONE);
        assertThat(contracts.list(eventId)).singleElement().satisfies(c -> {
            assertThat(c.projectName()).isEqualTo("智慧工厂");
            assertThat(c.amount()).isEqualTo(new BigDecimal("300000000.00"));
        });
    }

    @Test
    void missingProjectOrAmountColumnIsAProblemNamingTheHeadersAndEachUnknownColumnSaysWhatItCouldBe() throws IOException {
        Path file = file("nohead.csv", "工程,合同额\n智慧工厂,3亿\n");

        List<ImportProblem> problems = rejection(file, ImportOptions.DETECT);

        assertThat(problems).hasSize(3).allSatisfy(p -> assertThat(p.line()).isEqualTo(1));
        assertThat(problems.get(0).reason()).contains("“Project name”, “Amount”", "“工程”, “合同额”",
                "--map \"列名=projectName\"");
        assertThat(problems.get(1).column()).isEqualTo("工程");
        assertThat(problems.get(2).column()).isEqualTo("合同额");
        assertThat(problems.get(2).reason()).contains("It could be: Amount (amount)", "--map \"合同额=amount\"",
                "--map \"合同额=ignore\"");
    }

    @Test
    void mappingAHeaderThatIsNotInTheFileIsAProblem() throws IOException {
        Path file = file("m.csv", "项目名称,金额\n甲,1亿\n");

        List<ImportProblem> problems = rejection(file,
                ImportOptions.mapping(Map.of("合同额", ContractField.AMOUNT), java.util.Set.of()));

        assertThat(problems).singleElement().satisfies(p -> assertThat(p.reason()).contains("合同额", "“项目名称”"));
    }

    @Test
    void currencyComesFromTheAmountOrTheColumnAndMustAgree() throws IOException {
        Path file = file("fx.csv", """
                项目名称,金额,币种
                美元项目,6.2亿美元,
                欧元项目,3000万,EUR
                冲突项目,6.2亿美元,人民币
                """);

        List<ImportProblem> problems = rejection(file, ImportOptions.DETECT);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("金额");
            assertThat(p.reason()).contains("USD", "CNY", "币种");
        });

        Files.writeString(file, "项目名称,金额,币种\n美元项目,6.2亿美元,\n欧元项目,3000万,EUR\n");
        importContracts(file, ImportOptions.DETECT, ProgressMonitor.NONE);
        assertThat(contracts.list(eventId)).extracting(Contract::currency, Contract::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple("USD", new BigDecimal("620000000.00")),
                org.assertj.core.groups.Tuple.tuple("EUR", new BigDecimal("30000000.00")));
        assertThat(contracts.totals(eventId).signed().amount()).isEqualTo(new BigDecimal("0.00"));
    }

    @Test
    void aSigningOrderUsedTwiceIsAProblemOnTheSecondRow() throws IOException {
        Path file = file("dup.csv", "序号,项目名称,金额\n1,甲,1亿\n2,乙,1亿\n1,丙,1亿\n");

        assertThat(rejection(file, ImportOptions.DETECT)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("序号");
            assertThat(p.reason()).contains("line 2");
        });
    }

    @Test
    void everyDateFormOfTheIssueReadsAndAMonthAloneIsRefusedNamingItsRow() throws IOException {
        Path good = file("forms.csv", """
                项目名称,金额,签约日期
                a,1亿,28.11.2020
                b,1亿,2020.11.28
                c,1亿,"Nov 27, 2020"
                d,1亿,27 Nov 2020
                e,1亿,2020年11月28日
                f,1亿,2020年11月28日 10:00
                g,1亿,2020年11月28日（周六）
                h,1亿,二〇二〇年十一月二十八日
                i,1亿,03.04.2020
                """);

        importContracts(good, ImportOptions.DETECT, ProgressMonitor.NONE);

        // 28.11.2020 can only be day first: it decides how the column reads 03.04.2020.
        assertThat(contracts.list(eventId)).extracting(Contract::signedOn).containsExactly(
                LocalDate.of(2020, 11, 28), LocalDate.of(2020, 11, 28), LocalDate.of(2020, 11, 27),
                LocalDate.of(2020, 11, 27), LocalDate.of(2020, 11, 28), LocalDate.of(2020, 11, 28),
                LocalDate.of(2020, 11, 28), LocalDate.of(2020, 11, 28), LocalDate.of(2020, 4, 3));

        Path month = file("month.csv", "项目名称,金额,签约日期\nj,1亿,2020-11-28\nk,1亿,2020年11月\n");
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> importContracts(month, ImportOptions.DETECT, ProgressMonitor.NONE));
        assertThat(e.problems()).extracting(ImportProblem::line, ImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "签约日期"));
        assertThat(e.problems().get(0).reason()).contains("“2020年11月” names a month, not a day.");
    }

    @Test
    void datesAndStatusWordsInTheWaysOrganisersWriteThem() throws IOException {
        Path file = file("dates.csv", """
                项目名称,金额,签约日期,状态
                a,1亿,2020-11-28,已签约
                b,1亿,2020/11/28,签约
                c,1亿,2020.11.28,signed
                d,1亿,2020年11月28日,拟签约
                e,1亿,11/28/2020,待签约
                f,1亿,２０２０－１１－２８,撤回
                g,1亿,,取消
                h,1亿,2020-11-28 10:30,
                """);

        importContracts(file, ImportOptions.DETECT, ProgressMonitor.NONE);

        List<Contract> list = contracts.list(eventId);
        assertThat(list).extracting(Contract::signedOn).containsExactly(
                LocalDate.of(2020, 11, 28), LocalDate.of(2020, 11, 28), LocalDate.of(2020, 11, 28),
                LocalDate.of(2020, 11, 28), LocalDate.of(2020, 11, 28), LocalDate.of(2020, 11, 28), null,
                LocalDate.of(2020, 11, 28));
        assertThat(list).extracting(Contract::status).containsExactly(ContractStatus.SIGNED, ContractStatus.SIGNED,
                ContractStatus.SIGNED, ContractStatus.PLANNED, ContractStatus.PLANNED, ContractStatus.WITHDRAWN,
                ContractStatus.WITHDRAWN, ContractStatus.SIGNED);
    }

    @Test
    void workbookNumbersAreExactAndSerialDatesAreDates() throws IOException {
        Path file = folder.resolve("numbers.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet hidden = workbook.createSheet("模板");
            hidden.createRow(0).createCell(0).setCellValue("不要导入");
            Sheet sheet = workbook.createSheet("项目");
            workbook.setSheetHidden(0, true);
            Row header = sheet.createRow(2); // Excel row 3: two blank rows above
            String[] headers = {"序号", "项目名称", "金额（万元）", "签约日期"};
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
            }
            Row a = sheet.createRow(3);
            a.createCell(0).setCellValue(1);
            a.createCell(1).setCellValue("甲");
            a.createCell(2).setCellValue(3500.12);
            a.createCell(3).setCellValue(44163); // 2020-11-28 as an unformatted serial number
            Row b = sheet.createRow(5); // Excel row 6, after a missing row
            b.createCell(0).setCellValue(2);
            b.createCell(1).setCellValue("乙");
            b.createCell(2).setCellValue(0.1 + 0.2); // 0.30000000000000004 in binary; Excel shows 0.3
            b.createCell(3).setCellValue(LocalDate.of(2020, 11, 27));
            workbook.write(out);
        }

        ImportPreview<Contract> preview = preview(file, ImportOptions.DETECT);
        assertThat(preview.sheetNames()).containsExactly("项目");
        assertThat(preview.firstRows()).extracting(SpreadsheetRow::line).containsExactly(4, 6);
        importContracts(file, ImportOptions.DETECT, ProgressMonitor.NONE);

        assertThat(contracts.list(eventId)).extracting(Contract::amount, Contract::signedOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("35001200.00"), LocalDate.of(2020, 11, 28)),
                org.assertj.core.groups.Tuple.tuple(new BigDecimal("3000.00"), LocalDate.of(2020, 11, 27)));
    }

    @Test
    void cancellingWhileSavingLeavesTheDatabaseAsItWas() {
        AtomicLong seen = new AtomicLong();
        ProgressMonitor cancelsOnceSaving = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                seen.set(done);
            }

            @Override
            public boolean isCancelled() {
                // The check reports 0 of 61, the save starts at 30 of 61.
                return seen.get() >= 30;
            }
        };

        assertThatThrownBy(() -> importContracts(SAMPLES.resolve("wimc-2020-signing-ceremony.csv"),
                ImportOptions.DETECT, cancelsOnceSaving)).isInstanceOf(OperationCancelledException.class);

        assertThat(seen.get()).isEqualTo(30);
        assertThat(contracts.list(eventId)).isEmpty();
    }

    @Test
    void progressIsReportedWhileCheckingThenWhileSavingThenDone() {
        List<Long> done = new java.util.concurrent.CopyOnWriteArrayList<>();
        List<String> what = new java.util.concurrent.CopyOnWriteArrayList<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long d, long total, String text) {
                done.add(d);
                what.add(text);
                assertThat(total).isEqualTo(61);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };

        importContracts(SAMPLES.resolve("wimc-2020-signing-ceremony.csv"), ImportOptions.DETECT, monitor);

        assertThat(done).containsExactly(0L, 30L, 61L);
        assertThat(what).containsExactly("Checking line 2", "Saving: row 0 of 30", "30 contracts imported");
    }

    @Test
    void aFileThatIsNeitherCsvNorExcelIsRefusedWithWhatToDo() throws IOException {
        Path pdf = folder.resolve("report.pdf");
        Files.write(pdf, "%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
        Path fakeXlsx = folder.resolve("broken.xlsx");
        Files.writeString(fakeXlsx, "not a workbook");

        assertThat(rejection(pdf, ImportOptions.DETECT)).singleElement().satisfies(p -> {
            assertThat(p.line()).isZero();
            assertThat(p.reason()).contains("report.pdf", "CSV UTF-8");
        });
        assertThat(rejection(fakeXlsx, ImportOptions.DETECT)).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("broken.xlsx", ".xlsx"));
        assertThat(rejection(folder.resolve("nowhere.csv"), ImportOptions.DETECT)).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("does not exist"));
    }

    @Test
    void aForcedEncodingThatDoesNotFitIsRefused() {
        ImportOptions utf8 = ImportOptions.DETECT.withReading(StandardCharsets.UTF_8, null);

        assertThat(rejection(SAMPLES.resolve("wimc-2020-signing-ceremony-gb18030.csv"), utf8)).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("UTF-8", "GB18030"));
    }

    @Test
    void longTextIsRefusedNotCut() throws IOException {
        Path file = file("long.csv", "项目名称,金额,行业\n甲,1亿," + "长".repeat(101) + "\n");

        assertThat(rejection(file, ImportOptions.DETECT)).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("行业");
            assertThat(p.reason()).contains("101", "100");
        });
    }

    @Test
    void xlsxFormulaWithoutASavedResultIsCalculatedNotReadAsZero() throws IOException {
        Path file = folder.resolve("formula.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("Contracts");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("项目名称");
            header.createCell(1).setCellValue("金额");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue("公式项目");
            row.createCell(1).setCellFormula("1200000000+34567.89");
            workbook.write(out);
        }

        importContracts(file, ImportOptions.DETECT, ProgressMonitor.NONE);

        assertThat(contracts.list(eventId)).singleElement()
                .satisfies(c -> assertThat(c.amount()).isEqualTo(new BigDecimal("1200034567.89")));
    }

    @Test
    void signingOrderTakenInTheEventIsRefusedAndEmptyOnesGoAfterEveryNamedPlace() throws IOException {
        contracts.save(new Contract(null, eventId, "已有项目", null, null, null, null, BigDecimal.ONE, "CNY", 5,
                ContractStatus.SIGNED, null, null));

        List<ImportProblem> problems = rejection(file("taken.csv", "序号,项目名称,金额\n5,新项目,1亿\n"), ImportOptions.DETECT);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("序号");
            assertThat(p.reason()).contains("Signing order 5 is already taken", "已有项目");
        });

        importContracts(file("free.csv", "序号,项目名称,金额\n31,甲,1亿\n,乙,2亿\n"),
                ImportOptions.DETECT, ProgressMonitor.NONE);
        assertThat(contracts.list(eventId)).extracting(Contract::signingOrder).containsExactly(5, 31, 32);
    }

    @Test
    void slashDateThatCouldBeDayOrMonthFirstIsRefusedNotGuessed() throws IOException {
        List<ImportProblem> problems = rejection(file("dates.csv",
                "项目名称,金额,签约日期\n甲,1亿,11/28/2020\n乙,1亿,28/11/2020\n丙,1亿,03/04/2020\n"), ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("签约日期");
            assertThat(p.reason()).contains("this column has dates of both kinds", "“28/11/2020” is day first");
        });
    }

    @Test
    void aDateColumnsClearDatesDecideItsOrderAndOneThatCannotTellNamesItsRows() throws IOException {
        importContracts(file("dayfirst.csv",
                "项目名称,金额,签约日期\n甲,1亿,03/04/2020\n乙,1亿,28/11/2020\n丙,1亿,二〇二〇年十一月二十八日（周六）\n"),
                ImportOptions.DETECT, ProgressMonitor.NONE);
        assertThat(contracts.list(eventId)).extracting(c -> c.projectName() + " " + c.signedOn())
                .containsExactlyInAnyOrder("甲 2020-04-03", "乙 2020-11-28", "丙 2020-11-28");

        List<ImportProblem> problems = rejection(file("unclear.csv",
                "项目名称,金额,签约日期\n丁,1亿,03/04/2020\n戊,1亿,2020-11-28\n己,1亿,12/11/2020\n庚,1亿,2020年11月\n"),
                ImportOptions.DETECT);
        assertThat(problems).extracting(ImportProblem::line).containsExactly(2, 4, 5);
        assertThat(problems.get(0).reason()).contains("no date in this column tells which comes first");
        assertThat(problems.get(2).reason()).isEqualTo("“2020年11月” names a month, not a day. "
                + "Write the day too, e.g. 2020-11-28 or 2020年11月28日.");
    }

    @Test
    void rowWithMoreCellsThanTheHeaderIsRefusedRatherThanCut() throws IOException {
        List<ImportProblem> problems = rejection(file("wide.csv", "项目名称,金额\n甲,1亿\n乙,2,000万,多出来的\n"),
                ImportOptions.DETECT);

        assertThat(problems).extracting(ImportProblem::line).contains(3);
        assertThat(problems).anySatisfy(p -> assertThat(p.reason()).contains("has 4 cells but the header has 2"));
    }

    @Test
    void capitalNumeralsInTheAmountColumnAreImportedExactly() throws IOException {
        importContracts(file("capitals.csv", """
                项目名称,金额
                甲,伍亿元整
                乙,壹仟万元
                丙,叁亿伍仟万元
                丁,五亿元
                戊,5亿元整
                己,贰拾万零伍佰元
                庚,壹佰元伍角陆分
                """), ImportOptions.DETECT, ProgressMonitor.NONE);

        assertThat(contracts.list(eventId)).extracting(Contract::amount).containsExactly(
                new BigDecimal("500000000.00"), new BigDecimal("10000000.00"), new BigDecimal("350000000.00"),
                new BigDecimal("500000000.00"), new BigDecimal("500000000.00"), new BigDecimal("200500.00"),
                new BigDecimal("100.56"));
        assertThat(contracts.totals(eventId).signed().amount()).isEqualByComparingTo("1860200600.56");
    }

    @Test
    void aWorkbookInThe1904DateSystemImportsItsSigningDatesOnTheDayWritten() throws IOException {
        Path file = TestWorkbooks.write(folder.resolve("mac.xlsx"), workbook -> {
            TestWorkbooks.use1904Dates(workbook);
            Sheet sheet = workbook.createSheet("签约");
            TestWorkbooks.row(sheet, 0, "项目名称", "金额", "签约日期");
            var dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            // 2020-11-28 is day 42,701 in the 1904 system: a date cell, and a number in General format.
            TestWorkbooks.row(sheet, 1, "机器人产业园", "5亿元", 42701).getCell(2).setCellStyle(dateStyle);
            TestWorkbooks.row(sheet, 2, "智能装备基地", "3亿元", 42701.75);
        });

        importContracts(file, ImportOptions.DETECT, ProgressMonitor.NONE);

        assertThat(contracts.list(eventId)).extracting(Contract::signedOn)
                .containsExactly(LocalDate.of(2020, 11, 28), LocalDate.of(2020, 11, 28));
    }

    @Test
    void aDistrictMergedOverTwoProjectsCountsForBoth() throws IOException {
        Path file = TestWorkbooks.write(folder.resolve("merged.xlsx"), workbook -> {
            Sheet sheet = workbook.createSheet("签约");
            TestWorkbooks.row(sheet, 0, "项目名称", "区域", "金额");
            TestWorkbooks.row(sheet, 1, "机器人产业园", "江宁区", "5亿元");
            TestWorkbooks.row(sheet, 2, "智能装备基地", null, "3亿元");
            TestWorkbooks.row(sheet, 3, "工业互联网平台", "浦口区", "2亿元");
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 1, 1));
        });

        importContracts(file, ImportOptions.DETECT, ProgressMonitor.NONE);

        ContractTotals totals = contracts.totals(eventId);
        assertThat(totals.byDistrict()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "江宁区", new BigDecimal("800000000.00"), "浦口区", new BigDecimal("200000000.00")));
    }

    @Test
    void aRowWithFewerCellsThanTheHeaderIsRefusedNotShifted() throws IOException {
        List<ImportProblem> problems = rejection(file("short.csv", "项目名称,投资方,金额\n甲,乙公司,1亿\n丙,2亿\n"),
                ImportOptions.DETECT);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.reason()).startsWith("This row has 2 cells but the header has 3")
                    .contains("“2亿” would be read as “投资方”");
        });
        assertThat(contracts.list(eventId)).isEmpty();
    }
}
