package org.conferencedesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.BoothKind;
import org.conferencedesk.exhibitors.BoothPlace;
import org.conferencedesk.exhibitors.BoothService;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.Hall;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan --hall CODE --out FILE.pdf}: the PDF read back with PDFBox, and the refusals. */
class PlanCommandTest {

    @TempDir
    Path folder;

    private Path db;
    private CliRunner cli;

    @BeforeEach
    void setUp() {
        db = folder.resolve("test");
        cli = new CliRunner(Map.of(), Locale.ENGLISH, folder.resolve("logs/conferencedesk.log"));
        try (AppContext context = AppContext.openFile(db)) {
            long eventId = context.events().create(new Event(null, "WIMC 2020", null, "Nanjing", null,
                    LocalDate.of(2020, 11, 26), LocalDate.of(2020, 11, 28), null)).id();
            BoothService booths = context.booths();
            Hall hall5 = booths.saveHall(Hall.of(eventId, "5", "5号馆").withSize(new BigDecimal("30"), new BigDecimal("20")));
            Hall hall6 = booths.saveHall(Hall.of(eventId, "6", "6号馆").withSize(new BigDecimal("20"), new BigDecimal("30")));
            Booth a101 = booths.saveBooth(Booth.of(eventId, hall5.id(), "A-101", BoothKind.STANDARD, new BigDecimal("9"))
                    .withPlace(place(3, 3)));
            booths.saveBooth(Booth.of(eventId, hall5.id(), "0012", BoothKind.STANDARD, new BigDecimal("9")).withPlace(place(6, 3)));
            booths.saveBooth(Booth.of(eventId, hall6.id(), "6001", BoothKind.STANDARD, new BigDecimal("9")).withPlace(place(3, 3)));
            Exhibitor estun = context.exhibitors().save(Exhibitor.named(eventId, "Estun Automation"));
            booths.bookForEvent(eventId, a101.id(), estun.id());
        }
    }

    private static BoothPlace place(int x, int y) {
        return new BoothPlace(BigDecimal.valueOf(x), BigDecimal.valueOf(y), new BigDecimal("3"), new BigDecimal("3"));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages() + " pages\n" + new PDFTextStripper().getText(document);
        }
    }

    @Test
    void writesTheOneHallAskedForWithItsBoothsAndHolders() throws IOException {
        Path out = folder.resolve("hall5.pdf");

        CliRunner.Result result = cli.run("--db", db.toString(), "plan", "--hall", "5", "--out", out.toString(), "--lang", "en");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("Wrote the hall plan to " + out + " (1 page(s), one per hall).");
        String text = text(out);
        assertThat(text).startsWith("1 pages").contains("5号馆 (5) · Hall plan", "Scale 1:100", "Free (1) Booked (1) Paid (0)", "A-101", "0012", "Estun Automation")
                .doesNotContain("6001");
    }

    @Test
    void everyHallWhenNoneIsNamedOnePageEach() throws IOException {
        Path out = folder.resolve("all.pdf");

        CliRunner.Result result = cli.run("--db", db.toString(), "plan", "--out", out.toString(), "--lang", "zh");

        assertThat(result.exitCode()).isZero();
        assertThat(text(out)).startsWith("2 pages").contains("5号馆", "6号馆", "6001");
    }

    @Test
    void withoutLangThePlanIsInTheLanguageItsNamesAreWrittenIn() throws IOException {
        Path out = folder.resolve("as-written.pdf");

        // An English command line, halls named 5号馆 and 6号馆: the plan is titled in Chinese.
        CliRunner.Result result = cli.run("--db", db.toString(), "plan", "--hall", "5", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out().strip()).isEqualTo("Wrote the hall plan to " + out + " (1 page(s), one per hall).");
        assertThat(text(out)).contains("5号馆（5） · 展馆平面图").doesNotContain("Hall plan");
        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("展馆平面图 – WIMC 2020");
        }
    }

    @Test
    void withoutLangHallsNamedInEnglishGiveAnEnglishPlan() throws IOException {
        try (AppContext context = AppContext.openFile(db)) {
            long eventId = context.events().list().get(0).id();
            for (Hall h : context.booths().halls(eventId)) {
                context.booths().saveHall(new Hall(h.id(), h.eventId(), h.code(), "Hall " + h.code(), h.widthM(), h.depthM()));
            }
        }
        Path out = folder.resolve("english.pdf");

        CliRunner.Result result = cli.run("--db", db.toString(), "plan", "--hall", "5", "--out", out.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(text(out)).contains("Hall 5 (5) · Hall plan");
    }

    @Test
    void anUnknownHallIsRefusedNamingTheHallsAndWritesNothing() {
        Path out = folder.resolve("none.pdf");

        CliRunner.Result result = cli.run("--db", db.toString(), "plan", "--hall", "9", "--out", out.toString(), "--lang", "en");

        assertThat(result.exitCode()).isEqualTo(ConferenceDeskCli.BAD_INPUT);
        assertThat(result.err()).contains("There is no hall “9” in this event; its halls are 5, 6.");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void aFileNotEndingInPdfIsAUsageError() {
        CliRunner.Result result = cli.run("--db", db.toString(), "plan", "--out", folder.resolve("plan.png").toString());

        assertThat(result.exitCode()).isEqualTo(ConferenceDeskCli.USAGE);
        assertThat(Files.exists(folder.resolve("plan.png"))).isFalse();
    }
}
