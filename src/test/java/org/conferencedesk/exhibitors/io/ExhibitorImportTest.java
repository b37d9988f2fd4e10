package org.conferencedesk.exhibitors.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.conferencedesk.exhibitors.Booking;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothField;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.BoothRate;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.exhibitors.ExhibitorFixture;
import org.conferencedesk.exhibitors.ExhibitorTotals;
import org.conferencedesk.exhibitors.ListedBooth;
import org.conferencedesk.exhibitors.ListedExhibitor;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.importexport.DecimalMark;
import org.conferencedesk.importexport.ExportService;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.ImportResult;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.money.AmountsByCurrency;
import org.conferencedesk.storage.AuditAction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Booth and exhibitor lists as organisers write them, imported through the one pipeline into WIMC 2020
 * (26–28 November 2020): a German booth list (semicolons, decimal commas, dd.MM.yyyy), a Chinese
 * exhibitor list (several booths in one cell, a 合计 row), errors named by row, hidden sheets, the
 * export read back. Fees: standard booths 1,280.00 yuan per m², raw space 980.00 yuan per m².
 */
class ExhibitorImportTest {

    @TempDir
    Path folder;

    private ExhibitorFixture f;
    private ImportService<ListedBooth, BoothField> boothImport;
    private ImportService<ListedExhibitor, ExhibitorField> exhibitorImport;
    private ExportService<ListedExhibitor> export;

    @BeforeEach
    void setUp() {
        f = new ExhibitorFixture();
        boothImport = new ImportService<>(new BoothImportSpec(f.booths, f.service, f.events));
        exhibitorImport = new ImportService<>(new ExhibitorImportSpec(f.service, f.booths, f.events));
        export = new ExportService<>(new ExhibitorExportSpec(f.service));
        f.service.setRate(f.eventId, BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY"));
        f.service.setRate(f.eventId, BoothRate.perM2(BoothKind.RAW_SPACE, "980.00", "CNY"));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Path file(String name, String... lines) throws IOException {
        Path file = folder.resolve(name);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write((String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** Hall 5 (60 m × 36 m): 5A01–5A04 standard 9 m², 5A05 a 12,5 m² corner, 5R01 raw space 150,00 m²; hall 6: 0012. */
    private Path germanBoothList() throws IOException {
        return file("standliste.csv",
                "Halle;Hallenname;Hallenbreite;Hallentiefe;Standnummer;Standart;Fläche;X;Y;Breite;Tiefe;Ecke",
                "5;5号馆;60;36;5A01;Reihenstand;9;3;2;3;3;nein",
                "5;5号馆;60;36;5A02;Reihenstand;9;6;2;3;3;nein",
                "5;5号馆;60;36;5A03;Reihenstand;9;9;2;3;3;nein",
                "5;5号馆;60;36;5A04;Reihenstand;9;12;2;3;3;nein",
                "5;5号馆;60;36;5A05;Reihenstand;12,5;15;2;5;2,5;ja",
                "5;5号馆;60;36;5R01;Freigelände;150,00;30;10;15;10;nein",
                "6;6号馆;40;30;0012;Reihenstand;9;3;3;3;3;nein");
    }

    private void importBooths() throws IOException {
        ImportResult<ListedBooth> result = boothImport.importFile(f.eventId, germanBoothList(), ImportOptions.DETECT,
                ProgressMonitor.NONE, Locale.ENGLISH);
        assertThat(result.added()).isEqualTo(7);
    }

    private ImportResult<ListedExhibitor> importExhibitors(Path file, ImportOptions options) {
        return exhibitorImport.importFile(f.eventId, file, options, ProgressMonitor.NONE, Locale.ENGLISH);
    }

    private static List<String> problems(ImportRejectedException e) {
        return e.problems().stream().map(p -> p.line() + " " + p.column() + ": " + p.reason()).toList();
    }

    @Test
    void aGermanBoothListWithDecimalCommasAddsHallsBoothsAndPlaces() throws IOException {
        importBooths();

        assertThat(f.booths.halls(f.eventId)).extracting(h -> h.code() + " " + h.name() + " " + h.widthM() + "×" + h.depthM())
                .containsExactly("5 5号馆 60.00×36.00", "6 6号馆 40.00×30.00");
        List<Booth> booths = f.booths.booths(f.eventId);
        Booth corner = booths.stream().filter(b -> b.code().equals("5A05")).findFirst().orElseThrow();
        assertThat(corner.areaM2()).isEqualByComparingTo("12.5");
        assertThat(corner.corner()).isTrue();
        assertThat(corner.place().depth()).isEqualByComparingTo("2.5");
        Booth raw = booths.stream().filter(b -> b.code().equals("5R01")).findFirst().orElseThrow();
        assertThat(raw.kind()).isEqualTo(BoothKind.RAW_SPACE);
        assertThat(raw.areaM2()).isEqualByComparingTo("150.00");
        assertThat(booths).extracting(Booth::code).contains("0012");
        assertThat(f.audit.since(f.eventId, java.time.Instant.EPOCH)).filteredOn(e -> e.action() == AuditAction.IMPORTED)
                .singleElement().satisfies(e -> {
                    assertThat(e.summary()).isEqualTo("standliste.csv");
                    assertThat(e.changes()).extracting(c -> c.field() + "=" + c.after())
                            .containsExactly("count=7", "halls=2", "bookings=0", "file=standliste.csv");
                });
    }

    @Test
    void aChineseExhibitorListBooksSeveralBoothsPerCellLeavesTheTotalRowOutAndCountsTheFeesToTheFen() throws IOException {
        importBooths();
        Path list = file("展商名单.csv",
                "企业名称,英文名称,国家/地区,行业,参展方式,展馆,展位号,付款状态,联系人,邮箱",
                "南京埃斯顿自动化股份有限公司,Estun Automation,中国,工业机器人,现场,5,5A01/5A02,已付款,王红,info@estun.com",
                "恒锐智能装备股份有限公司,Hengrui,中国,智能装备,线上线下,5,\"5A03、5A04\",已开票,,",
                "Nordwerk Automation GmbH,北沃自动化,Germany,Automation,on site,,\"5A05, 5R01\",unpaid,,",
                "云上智造科技有限公司,,中国,工业软件,云展,,,,,",
                "合计,,,,,,,,,");

        ImportResult<ListedExhibitor> result = importExhibitors(list, ImportOptions.DETECT);

        assertThat(result.added()).isEqualTo(4);
        assertThat(result.notes()).anyMatch(n -> n.line() == 6);
        assertThat(f.audit.since(f.eventId, java.time.Instant.EPOCH)).filteredOn(e -> e.action() == AuditAction.IMPORTED
                && "展商名单.csv".equals(e.summary())).singleElement()
                .satisfies(e -> assertThat(e.changes()).extracting(c -> c.field() + "=" + c.after())
                        .containsExactly("count=4", "booths=6", "file=展商名单.csv"));
        List<ListedExhibitor> rows = f.service.listings(f.eventId);
        assertThat(rows).extracting(r -> r.exhibitor().companyName() + " " + r.hall() + " " + r.booths() + " " + r.areaM2()
                + " " + ExhibitorExportSpec.fee(r.fee())).containsExactly(
                "南京埃斯顿自动化股份有限公司 5 [5A01, 5A02] 18.00 23040.00",
                "恒锐智能装备股份有限公司 5 [5A03, 5A04] 18.00 23040.00",
                "Nordwerk Automation GmbH 5 [5A05, 5R01] 162.50 163000.00",
                "云上智造科技有限公司 null [] 0.00 null");
        assertThat(rows.get(1).exhibitor().mode()).isEqualTo(ExhibitionMode.BOTH);
        assertThat(rows.get(3).exhibitor().mode()).isEqualTo(ExhibitionMode.CLOUD);
        assertThat(f.booths.bookings(f.eventId)).extracting(Booking::firstDay, Booking::lastDay)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(ExhibitorFixture.DAY1, ExhibitorFixture.DAY3));
        ExhibitorTotals totals = f.service.totals(f.eventId);
        assertThat(totals.bookedBooths()).isEqualTo(6);
        assertThat(totals.bookedAreaM2()).isEqualByComparingTo("198.50");
        assertThat(totals.feesByPaymentStatus().get(PaymentStatus.PAID).get("CNY")).isEqualByComparingTo("23040.00");
        assertThat(totals.feesByPaymentStatus().get(PaymentStatus.UNPAID).get("CNY")).isEqualByComparingTo("163000.00");
    }

    @Test
    void aListWithoutAModeColumnImportsEveryExhibitorOnSiteWithItsBooths() throws IOException {
        importBooths();
        Path list = file("booth-holders.csv",
                "Company,Booth,Payment",
                "Estun Automation,5A01,paid",
                "Hengrui Intelligent Equipment,,unpaid");

        ImportResult<ListedExhibitor> result = importExhibitors(list, ImportOptions.DETECT);

        assertThat(result.added()).isEqualTo(2);
        assertThat(f.service.listings(f.eventId)).extracting(r -> r.exhibitor().companyName() + " "
                + r.exhibitor().mode() + " " + r.booths()).containsExactly(
                "Estun Automation ON_SITE [5A01]", "Hengrui Intelligent Equipment ON_SITE []");
    }

    @Test
    void badRowsAreNamedByLineAndNothingIsImported() throws IOException {
        importBooths();
        f.exhibitor("南京埃斯顿自动化股份有限公司");
        Path list = file("bad.csv",
                "Company,Hall,Booth,Mode,Payment status",
                "Alpine Motion AG,5,5A01,on site,paid",
                "南京埃斯顿自动化股份有限公司,5,5A02,on site,paid",
                "Lumen Robotics Inc.,5,5A01/5A03,on site,paid",
                "Hengrui,9,5A04,on site,paid",
                "Boyuan Sensing,,5Z99,on site,maybe",
                "Cloudy Ltd,,5A04,cloud,",
                "Alpine Motion AG,5,5A03,on site,paid");

        ImportRejectedException e = org.junit.jupiter.api.Assertions.assertThrows(ImportRejectedException.class,
                () -> importExhibitors(list, ImportOptions.DETECT));

        assertThat(problems(e)).containsExactly(
                "3 Company: “南京埃斯顿自动化股份有限公司” is already an exhibitor of this event (“南京埃斯顿自动化股份有限公司”, no. "
                        + f.service.list(f.eventId).get(0).id() + "); open that one instead of adding it twice.",
                "4 Booth: Booth 5A01 is already given to the exhibitor on line 2 of this file; give it to one exhibitor only.",
                "5 Booth: There is no hall “9” in this event (its halls: 5, 6). Import the booths first (import booths), or correct the hall.",
                "6 Payment status: The payment status “maybe” is not known. Write 未付款 / unpaid, 已开票 / invoiced, 已付款 / paid or 已退款 / refunded (empty means unpaid).",
                "7 Booth: Cloudy Ltd is in the cloud exhibition only and cannot hold booth 5A04; change its mode to on site or both first.",
                "8 Company: This repeats line 2 of the file; keep one of the two rows.");
        assertThat(f.service.list(f.eventId)).hasSize(1);
        assertThat(f.booths.bookings(f.eventId)).isEmpty();
    }

    @Test
    void aBoothHeldByAnExhibitorOfTheEventIsRefusedNamingTheHolder() throws IOException {
        importBooths();
        Exhibitor estun = f.exhibitor("Estun");
        Booth a01 = f.booths.booths(f.eventId).stream().filter(b -> b.code().equals("5A01")).findFirst().orElseThrow();
        f.booths.book(f.eventId, a01.id(), estun.id(), ExhibitorFixture.DAY2, ExhibitorFixture.DAY2);
        Path list = file("taken.csv", "企业名称,展位号", "Alpine Motion AG,5A01");

        assertThatThrownBy(() -> importExhibitors(list, ImportOptions.DETECT))
                .isInstanceOf(ImportRejectedException.class)
                .satisfies(t -> assertThat(problems((ImportRejectedException) t))
                        .containsExactly("2 展位号: Booth 5A01 is already held by Estun. Choose other days or another booth."));
    }

    @Test
    void numbersThatReadTwoWaysAreRefusedUntilTheDecimalMarkIsChosen() throws IOException {
        Path list = file("raw.csv", "Halle;Standnummer;Standart;Fläche", "7;7R01;Freigelände;1.500", "7;7R02;Freigelände;2.250");

        assertThatThrownBy(() -> boothImport.importFile(f.eventId, list, ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH))
                .isInstanceOf(ImportRejectedException.class)
                .satisfies(t -> assertThat(((ImportRejectedException) t).problems()).extracting(ImportProblem::reason)
                        .containsExactly("The numbers of this file can be read two ways: “1.500” (column “Fläche”, row 2) is one "
                                + "thousand and more with decimal commas (1.500 = 1,500) and a number below ten with decimal "
                                + "points (1.500 = 1.5), and no other number tells which the file uses. Choose the decimal mark "
                                + "(in the import window “Decimal mark of the numbers”, on the command line --decimal-comma or --decimal-point) and import again."));
        assertThat(f.booths.booths(f.eventId)).isEmpty();

        boothImport.importFile(f.eventId, list, ImportOptions.DETECT.withDecimalMark(DecimalMark.COMMA), ProgressMonitor.NONE,
                Locale.ENGLISH);

        assertThat(f.booths.booths(f.eventId)).extracting(b -> b.code() + " " + b.areaM2().toPlainString())
                .containsExactly("7R01 1500.00", "7R02 2250.00");
    }

    @Test
    void aFileWhoseNumbersDecideTheMarkReadsTheUnclearOnesTheSameWay() throws IOException {
        Path list = file("mixed.csv", "Halle;Standnummer;Standart;Fläche", "7;7R01;Freigelände;1.500", "7;7A01;Reihenstand;12,5");

        boothImport.importFile(f.eventId, list, ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH);

        assertThat(f.booths.booths(f.eventId)).extracting(b -> b.code() + " " + b.areaM2().toPlainString())
                .containsExactly("7A01 12.50", "7R01 1500.00");
    }

    @Test
    void bookingsFromTheBoothListTakeTheirDaysWrittenDayFirstWithDots() throws IOException {
        f.exhibitor("Alpine Motion AG");
        Path list = file("days.csv", "Halle;Standnummer;Fläche;Aussteller;Von;Bis",
                "5;5A01;9;Alpine Motion AG;27.11.2020;28.11.2020",
                "5;5A02;9;;;");

        boothImport.importFile(f.eventId, list, ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH);

        assertThat(f.booths.bookings(f.eventId)).extracting(Booking::firstDay, Booking::lastDay)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ExhibitorFixture.DAY2, ExhibitorFixture.DAY3));
    }

    @Test
    void aHiddenSheetIsNeverImportedUnlessChosen() throws IOException {
        Path workbook = folder.resolve("展商.xlsx");
        try (XSSFWorkbook w = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(workbook)) {
            Sheet old = w.createSheet("旧名单");
            header(old, "企业名称", "参展方式");
            row(old, 1, "Old Company Ltd", "云展");
            Sheet current = w.createSheet("展商名单");
            header(current, "企业名称", "参展方式");
            row(current, 1, "云上智造科技有限公司", "云展");
            row(current, 2, "储能时代新能源科技有限公司", "云展");
            Sheet secret = w.createSheet("内部");
            header(secret, "企业名称", "参展方式");
            row(secret, 1, "Secret Partner", "云展");
            w.setSheetHidden(0, true);
            w.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
            w.write(out);
        }

        var preview = exhibitorImport.preview(f.eventId, workbook, ImportOptions.DETECT, Locale.ENGLISH);
        assertThat(preview.sheet()).isEqualTo("展商名单");
        assertThat(preview.rowCount()).isEqualTo(2);
        importExhibitors(workbook, ImportOptions.DETECT);
        assertThat(f.service.list(f.eventId)).extracting(Exhibitor::companyName)
                .containsExactly("云上智造科技有限公司", "储能时代新能源科技有限公司");

        importExhibitors(workbook, ImportOptions.DETECT.withSheet("旧名单"));
        assertThat(f.service.list(f.eventId)).extracting(Exhibitor::companyName).contains("Old Company Ltd")
                .doesNotContain("Secret Partner");
    }

    private static Row header(Sheet sheet, String... cells) {
        return row(sheet, 0, cells);
    }

    private static Row row(Sheet sheet, int index, String... cells) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < cells.length; i++) {
            row.createCell(i).setCellValue(cells[i]);
        }
        return row;
    }

    @Test
    void theExportImportsBackIntoAnotherEventWithTheSameListAndFees() throws IOException {
        importBooths();
        importExhibitors(file("list.csv",
                "企业名称,英文名称,展馆,展位号,付款状态,协议价,协议价原因,网址",
                "南京埃斯顿自动化股份有限公司,Estun,5,5A01/5A02,已付款,\"20.000,50\",老客户,www.estun.com",
                "Alpine Motion AG,,,0012,invoiced,,,"), ImportOptions.DETECT);
        for (String type : new String[] {"csv", "xlsx"}) {
            Path out = folder.resolve("export." + type);
            assertThat(export.export(f.eventId, out, Locale.SIMPLIFIED_CHINESE)).isEqualTo(2);
            long other = f.events.create(new org.conferencedesk.events.Event(null, "WIMC copy " + type, null, "Nanjing",
                    null, ExhibitorFixture.DAY1, ExhibitorFixture.DAY3, null)).id();
            f.service.setRate(other, BoothRate.perM2(BoothKind.STANDARD, "1280.00", "CNY"));
            boothImport.importFile(other, germanBoothList(), ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH);

            exhibitorImport.importFile(other, out, ImportOptions.DETECT, ProgressMonitor.NONE, Locale.ENGLISH);

            assertThat(f.service.listings(other)).extracting(ExhibitorImportTest::view)
                    .containsExactlyElementsOf(f.service.listings(f.eventId).stream().map(ExhibitorImportTest::view).toList());
        }
        ListedExhibitor estun = f.service.listings(f.eventId).get(0);
        assertThat(estun.exhibitor().feeOverride().value()).isEqualByComparingTo(new BigDecimal("20000.50"));
        assertThat(estun.fee()).isEqualTo(AmountsByCurrency.NONE.plus("CNY", new BigDecimal("20000.50")));
    }

    private static String view(ListedExhibitor r) {
        Exhibitor e = r.exhibitor();
        return String.join("|", e.companyName(), String.valueOf(e.otherName()), e.mode().name(), e.paymentStatus().name(),
                String.valueOf(e.feeOverride()), String.valueOf(e.feeOverrideReason()), String.valueOf(e.website()),
                String.valueOf(r.hall()), r.booths().toString(), String.valueOf(r.areaM2()), String.valueOf(r.fee()));
    }
}
