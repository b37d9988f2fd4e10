package org.conferencedesk.contracts.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.ContractWithRunningTotal;
import org.conferencedesk.importexport.Columns;
import org.conferencedesk.importexport.ExportService;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.SpreadsheetWriter;
import org.conferencedesk.events.Event;
import org.conferencedesk.shared.ProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ContractExportTest extends ContractImportFixture {

    private ExportService<ContractWithRunningTotal> exporter;

    @BeforeEach
    void openExporter() {
        exporter = new ExportService<>(new ContractExportSpec(contracts));
    }

    private void addTrickyContracts() {
        contracts.addAll(eventId, List.of(
                new Contract(null, eventId, "=SUM(A1)", "@x", "+86 25 1234", "-1", "江宁区", new BigDecimal("5200000000.00"),
                        "CNY", null, ContractStatus.SIGNED, LocalDate.of(2020, 11, 28), "-- Tab first"),
                new Contract(null, eventId, "智能仓储, \"物流\"装备\r\n二期", "南京𠮷祥智能装备有限公司", "约翰·史密斯", null, null,
                        new BigDecimal("0.01"), "CNY", null, ContractStatus.PLANNED, null, null),
                new Contract(null, eventId, "美元项目", null, null, "集成电路", "浦口区", new BigDecimal("620000000.00"),
                        "USD", null, ContractStatus.WITHDRAWN, LocalDate.of(2020, 11, 27), "=1+1")));
    }

    @Test
    void csvStartsWithBomUsesCrlfAndMakesFormulaCellsHarmless() throws IOException {
        addTrickyContracts();
        Path out = folder.resolve("contracts.csv");

        assertThat(exporter.export(eventId, out, Locale.ENGLISH)).isEqualTo(3);

        byte[] bytes = Files.readAllBytes(out);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Signing order,Project name,Investor,Partner,Sector,District,Amount,Currency,"
                + "Status,Signed on,Note,Running total (CNY)\r\n");
        assertThat(text).contains("\r\n1,'=SUM(A1),'@x,'+86 25 1234,'-1,江宁区,5200000000.00,CNY,signed,2020-11-28,"
                + "'-- Tab first,5200000000.00\r\n");
        assertThat(text).contains("\r\n2,\"智能仓储, \"\"物流\"\"装备\r\n二期\",南京𠮷祥智能装备有限公司,约翰·史密斯,,,0.01,CNY,planned,,,");
        assertThat(text).contains("\r\n3,美元项目,,,集成电路,浦口区,620000000.00,USD,withdrawn,2020-11-27,'=1+1,");
        assertThat(folder.resolve("contracts.csv.part")).doesNotExist();
    }

    @Test
    void everyFormulaStartIsNeutralisedFullWidthOnesTooAndOtherTextIsLeftAlone() {
        assertThat(List.of("=SUM(A1)", "+1", "-1", "@x", "\tx", "\rx", "＝SUM(A1)", "＋1", "－1", "＠x", "a=b", "", "南京"))
                .extracting(SpreadsheetWriter::harmless)
                .containsExactly("'=SUM(A1)", "'+1", "'-1", "'@x", "'\tx", "'\rx", "'＝SUM(A1)", "'＋1", "'－1", "'＠x",
                        "a=b", "", "南京");
        assertThat(SpreadsheetWriter.harmless(null)).isEmpty();
    }

    @Test
    void aFullWidthEqualsSignIsNeutralisedInTheCsvAndReadsBackExactly() throws IOException {
        contracts.addAll(eventId, List.of(new Contract(null, eventId, "＝HYPERLINK(\"http://x\")", "＋甲", null, null, null,
                new BigDecimal("1.00"), "CNY", null, ContractStatus.SIGNED, null, "'＝已转义")));
        Path out = folder.resolve("fullwidth.csv");
        exporter.export(eventId, out, Locale.ENGLISH);

        String text = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n1,\"'＝HYPERLINK(\"\"http://x\"\")\",'＋甲,,,,1.00,CNY,signed,,''＝已转义,1.00\r\n");
        long copy = events.insert(Event.named("Copy")).id();
        importer.importFile(copy, out, ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH);
        assertThat(contracts.list(copy)).singleElement().satisfies(c -> {
            assertThat(c.projectName()).isEqualTo("＝HYPERLINK(\"http://x\")");
            assertThat(c.investor()).isEqualTo("＋甲");
            assertThat(c.note()).isEqualTo("'＝已转义");
        });
    }

    @Test
    void exportedCsvImportsBackToTheSameContracts() {
        importer.importFile(eventId, Path.of("docs/samples/wimc-2020-signing-ceremony.csv"), ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH).added();
        addTrickyContracts();
        Path out = folder.resolve("round.csv");
        exporter.export(eventId, out, Locale.ENGLISH);
        long copy = events.insert(Event.named("Copy")).id();

        assertThat(importer.importFile(copy, out, ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH).added()).isEqualTo(33);

        assertThat(contracts.list(copy)).extracting(ContractExportTest::withoutIds)
                .containsExactlyElementsOf(contracts.list(eventId).stream().map(ContractExportTest::withoutIds).toList());
        assertThat(contracts.totals(copy)).isEqualTo(contracts.totals(eventId));
    }

    @Test
    void chineseHeadersAndStatusWordsAlsoImportBack() {
        addTrickyContracts();
        Path out = folder.resolve("中文.csv");
        exporter.export(eventId, out, Locale.SIMPLIFIED_CHINESE);
        long copy = events.insert(Event.named("Copy")).id();

        ImportPreview<Contract> preview = importer.preview(copy, out, ImportOptions.DETECT, Locale.ENGLISH);
        assertThat(preview.headers()).startsWith("序号", "项目名称", "投资方");
        // The running total the export writes is computed again, never read: known, and left out.
        assertThat(preview.columns().get(11).kind()).isEqualTo(Columns.Kind.IGNORED);
        assertThat(preview.problems()).isEmpty();
        importer.importFile(copy, out, ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH).added();

        assertThat(contracts.list(copy)).extracting(ContractExportTest::withoutIds)
                .containsExactlyElementsOf(contracts.list(eventId).stream().map(ContractExportTest::withoutIds).toList());
    }

    @Test
    void xlsxHasNumericAmountsRealDatesAndABoldFrozenHeader() throws IOException {
        importer.importFile(eventId, Path.of("docs/samples/wimc-2020-signing-ceremony.csv"), ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH).added();
        Path out = folder.resolve("contracts.xlsx");

        assertThat(exporter.export(eventId, out, Locale.ENGLISH)).isEqualTo(30);

        List<Contract> expected = contracts.list(eventId);
        try (Workbook workbook = WorkbookFactory.create(out.toFile(), null, true)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(6).getStringCellValue()).isEqualTo("Amount");
            assertThat(workbook.getFontAt(header.getCell(0).getCellStyle().getFontIndex()).getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < expected.size(); i++) {
                Row row = sheet.getRow(i + 1);
                Cell amount = row.getCell(6);
                assertThat(amount.getCellType()).isEqualTo(CellType.NUMERIC);
                assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                BigDecimal read = new BigDecimal(NumberToTextConverter.toText(amount.getNumericCellValue())).setScale(2);
                assertThat(read).isEqualTo(expected.get(i).amount());
                sum = sum.add(read);
                Cell signedOn = row.getCell(9);
                assertThat(DateUtil.isCellDateFormatted(signedOn)).isTrue();
                assertThat(signedOn.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2020, 11, 28));
                assertThat(row.getCell(1).getStringCellValue()).isEqualTo(expected.get(i).projectName());
            }
            assertThat(sum).isEqualTo(new BigDecimal("53630000000.00"));
            assertThat(new BigDecimal(NumberToTextConverter.toText(sheet.getRow(30).getCell(11).getNumericCellValue())).setScale(2))
                    .isEqualTo(new BigDecimal("53630000000.00"));
            assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(0));
        }
        long copy = events.insert(Event.named("Copy")).id();
        assertThat(importer.importFile(copy, out, ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH).added()).isEqualTo(30);
        assertThat(contracts.list(copy)).extracting(ContractExportTest::withoutIds)
                .containsExactlyElementsOf(expected.stream().map(ContractExportTest::withoutIds).toList());
    }

    @Test
    void anyOtherFileEndingIsRefused() {
        assertThatThrownBy(() -> exporter.export(eventId, folder.resolve("contracts.pdf"), Locale.ENGLISH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(".csv or .xlsx");
    }

    private static Contract withoutIds(Contract c) {
        return new Contract(null, 0, c.projectName(), c.investor(), c.partner(), c.sector(), c.district(), c.amount(),
                c.currency(), c.signingOrder(), c.status(), c.signedOn(), c.note());
    }
}
