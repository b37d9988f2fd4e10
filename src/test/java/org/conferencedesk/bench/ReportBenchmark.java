package org.conferencedesk.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.awards.io.AwardImportSpec;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.reports.ReportOptions;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.pdf.PdfDocuments;
import org.conferencedesk.shared.pdf.PdfFile;
import org.conferencedesk.shared.pdf.PdfListTable;
import org.conferencedesk.shared.pdf.PdfText;

/**
 * The summary report's benchmark (issue 14, docs/BENCHMARKS.md), one step per process so that each
 * process' peak RSS ({@code /usr/bin/time -v}) is the step's own:
 *
 * <ul>
 *   <li>{@code seed DB} — a database file with WIMC 2020, 100,000 guests ({@link BenchGuests}, 30 % checked in),
 *       3,200 exhibitors (cloud, on site and both), the 30 sample contracts and the 2020 awards;</li>
 *   <li>{@code csv DB FILE.csv} — the guest list with the appendix' columns, for LibreOffice;</li>
 *   <li>{@code report DB FILE.pdf [appendices]} — the summary report as {@code conferencedesk report} writes it;</li>
 *   <li>{@code alone DB FILE.pdf} — OpenPDF writing the appendix' guest table alone the way the report now
 *       draws it ({@link PdfListTable}: same fonts, columns, header on every page), the floor the report is held to;</li>
 *   <li>{@code alone-ptable DB FILE.pdf} — the same table through OpenPDF's {@code PdfPTable} (250 rows at a
 *       time, large-table mode), how the report laid it out before.</li>
 * </ul>
 *
 * Each prints its time in the process (after the JVM started) in ms.
 * {@code java -cp target/test-classes:target/classes:$(cat cp.txt) org.conferencedesk.bench.ReportBenchmark seed /tmp/rb/c.db}
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        Path db = Path.of(args[1]);
        switch (args[0]) {
            case "seed" -> seed(db);
            case "csv" -> csv(db, Path.of(args[2]));
            case "report" -> report(db, Path.of(args[2]), args.length > 3 && "appendices".equals(args[3]));
            case "alone" -> alone(db, Path.of(args[2]));
            case "alone-ptable" -> aloneTable(db, Path.of(args[2]));
            default -> throw new IllegalArgumentException("seed|csv|report|alone|alone-ptable");
        }
        System.out.printf(Locale.ROOT, "%s: %d ms%n", args[0] + (args.length > 3 ? " " + args[3] : ""),
                (System.nanoTime() - start) / 1_000_000);
    }

    private static void seed(Path db) {
        try (AppContext context = AppContext.openFile(db)) {
            Event event = context.events().create(new Event(null, "2020世界智能制造大会", "WIMC 2020", "南京", "南京国际博览中心",
                    java.time.LocalDate.of(2020, 11, 26), java.time.LocalDate.of(2020, 11, 28), Event.DEFAULT_TIME_ZONE));
            context.guests().addAll(event.id(), BenchGuests.generate(event.id(), 100_000), "bench");
            ExhibitionMode[] modes = {ExhibitionMode.CLOUD, ExhibitionMode.CLOUD, ExhibitionMode.BOTH, ExhibitionMode.ON_SITE};
            for (int i = 0; i < 3_200; i++) {
                context.exhibitors().save(Exhibitor.named(event.id(), "智能制造参展企业" + (i + 1) + "有限公司").withMode(modes[i % modes.length]));
            }
            context.contractImport().importFile(event.id(), Path.of("docs/samples/wimc-2020-signing-ceremony.csv"), ImportOptions.DETECT,
                    ProgressMonitor.NONE, Locale.SIMPLIFIED_CHINESE);
            new ImportService<>(new AwardImportSpec(context.awards())).importFile(event.id(), Path.of("docs/samples/wimc-2020-awards.csv"),
                    ImportOptions.DETECT, ProgressMonitor.NONE, Locale.SIMPLIFIED_CHINESE);
        }
    }

    private static long eventId(AppContext context) {
        return context.events().list().get(0).id();
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT).withZone(ZoneId.of("Asia/Shanghai"));

    /** The appendix' cells of one guest. */
    private static List<String> cells(int no, Guest g, Messages m) {
        Instant at = g.checkedInAt();
        return List.of(Integer.toString(no), g.fullName(), nz(g.otherName()), nz(g.title()), nz(g.organisation()),
                m.get("category." + g.category().name()), m.get("attendance." + g.attendance().name()), at == null ? "" : TIME.format(at));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void csv(Path db, Path out) throws Exception {
        try (AppContext context = AppContext.openFile(db);
             BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
             CSVPrinter csv = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            Messages m = Messages.of("guests", Locale.SIMPLIFIED_CHINESE);
            csv.printRecord("序号", "姓名", "另一写法", "职务", "单位", "类别", "参会方式", "签到时间");
            int i = 0;
            for (Guest g : context.guests().list(eventId(context))) {
                csv.printRecord(cells(++i, g, m));
            }
        }
    }

    private static void report(Path db, Path out, boolean appendices) {
        try (AppContext context = AppContext.openFile(db)) {
            context.report().writePdf(eventId(context), new ReportOptions(Locale.SIMPLIFIED_CHINESE, appendices), out, ProgressMonitor.NONE);
        }
    }

    private static final List<String> HEADER = List.of("序号", "姓名", "另一写法", "职务", "单位", "类别", "参会方式", "签到时间");

    /** The guest table alone, drawn as the report's appendix draws it ({@link PdfListTable}): same fonts, sizes, widths. */
    private static void alone(Path db, Path out) throws Exception {
        try (AppContext context = AppContext.openFile(db)) {
            List<Guest> guests = context.guests().list(eventId(context));
            Messages m = Messages.of("guests", Locale.SIMPLIFIED_CHINESE);
            PdfFile.write(out, stream -> {
                Document document = new Document(PageSize.A4, 40, 40, 42, 48);
                var writer = PdfDocuments.open(document, stream, "guests", Locale.SIMPLIFIED_CHINESE, null, null);
                PdfText text = new PdfText();
                PdfListTable table = new PdfListTable(document, writer, text, new float[] {8f, 20f, 20f, 18f, 28f, 13f, 9f, 13f},
                        new boolean[] {true, false, false, false, false, false, false, false}, HEADER, 7f,
                        new Color(0xE4, 0xEA, 0xF2), new Color(0xB0, 0xB8, 0xC4));
                table.start();
                int i = 0;
                for (Guest g : guests) {
                    table.row(cells(++i, g, m), Color.BLACK, null);
                }
                table.finish();
                document.close();
            });
        }
    }

    /** The guest table alone through {@code PdfPTable}: same fonts, sizes, widths, 250 rows at a time. */
    private static void aloneTable(Path db, Path out) throws Exception {
        try (AppContext context = AppContext.openFile(db)) {
            List<Guest> guests = context.guests().list(eventId(context));
            Messages m = Messages.of("guests", Locale.SIMPLIFIED_CHINESE);
            PdfFile.write(out, stream -> {
                Document document = new Document(PageSize.A4, 40, 40, 42, 48);
                PdfDocuments.open(document, stream, "guests", Locale.SIMPLIFIED_CHINESE, null, null);
                PdfText text = new PdfText();
                PdfPTable table = new PdfPTable(new float[] {8f, 20f, 20f, 18f, 28f, 13f, 9f, 13f});
                table.setWidthPercentage(100);
                table.setComplete(false);
                for (String h : HEADER) {
                    table.addCell(text.cell(h, 7f, Color.BLACK));
                }
                table.setHeaderRows(1);
                List<String> row;
                int i = 0;
                for (Guest g : guests) {
                    row = cells(++i, g, m);
                    for (int c = 0; c < row.size(); c++) {
                        PdfPCell cell = text.cell(row.get(c), 7f, Color.BLACK, c == 0 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
                        cell.setPaddingTop(2.5f);
                        cell.setPaddingBottom(4f);
                        cell.setBorderWidth(0.5f);
                        table.addCell(cell);
                    }
                    if (i % 250 == 0) {
                        document.add(table);
                    }
                }
                table.setComplete(true);
                document.add(table);
                document.close();
            });
        }
    }
}
