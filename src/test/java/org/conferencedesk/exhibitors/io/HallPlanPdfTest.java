package org.conferencedesk.exhibitors.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorFixture;
import org.conferencedesk.exhibitors.Hall;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.HallPlanSamples;
import org.conferencedesk.shared.PdfFonts;
import org.conferencedesk.shared.UserFacingException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hall plan PDF read back: one page per hall, the codes and holders, the scale, fonts embedded. */
class HallPlanPdfTest {

    @TempDir
    Path folder;

    private ExhibitorFixture f;
    private HallPlanPdf pdf;
    private Hall hall5;
    private Hall hall6;

    @BeforeEach
    void setUp() {
        f = new ExhibitorFixture();
        List<Exhibitor> exhibitors = HallPlanSamples.exhibitors(f);
        hall5 = HallPlanSamples.hall5(f, exhibitors);
        hall6 = HallPlanSamples.grid(f, "6", 40);
        pdf = new HallPlanPdf(f.events, f.booths, Clock.fixed(Instant.parse("2020-11-20T02:30:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Path write(String hallCode, Locale locale) {
        Path out = folder.resolve("plan.pdf");
        pdf.write(f.eventId, hallCode, locale, HallPlanPdf.Paper.A3, out);
        return out;
    }

    private static List<String> pages(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pages = new java.util.ArrayList<>();
            for (int i = 1; i <= document.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /** The text without line breaks and spaces: a name wrapped inside its booth reads as one word. */
    private static String joined(String text) {
        return text.replaceAll("\\s+", "");
    }

    @Test
    void onePagePerHallWithEveryCodeAndEveryHolderInFull() throws IOException {
        List<String> pages = pages(write(null, Locale.SIMPLIFIED_CHINESE));

        assertThat(pages).hasSize(2);
        HallPlan plan5 = f.booths.plan(f.eventId, hall5.id());
        String page1 = joined(pages.get(0));
        assertThat(page1).contains("5号馆（5）·展馆平面图", "60米×36米", "比例1:200（图上1厘米=实地2米）");
        for (HallPlan.PlannedBooth b : plan5.booths()) {
            assertThat(page1).contains(b.booth().code());
            b.holders().forEach(h -> assertThat(page1).contains(joined(h.companyName())));
        }
        assertThat(plan5.booths()).filteredOn(b -> !b.holders().isEmpty()).hasSizeGreaterThan(20);
        assertThat(page1).contains("𠮷野精工株式会社", "NordwerkAutomationGmbH", "空闲（", "已预订（", "已付款（")
                .doesNotContain("…", "缩写");
        String page2 = joined(pages.get(1));
        assertThat(page2).contains("6号馆（6）·展馆平面图", "6001", "6040").doesNotContain("5A01");
        assertThat(pages.get(0)).contains("第 1 页，共 2 页");
    }

    @Test
    void theLegendCountsEachStateOfTheHall() throws IOException {
        HallPlan plan5 = f.booths.plan(f.eventId, hall5.id());
        long free = plan5.booths().stream().filter(b -> b.state() == HallPlan.State.FREE).count();
        long booked = plan5.booths().stream().filter(b -> b.state() == HallPlan.State.BOOKED).count();
        long paid = plan5.booths().stream().filter(b -> b.state() == HallPlan.State.PAID).count();

        String page = joined(pages(write("5", Locale.ENGLISH)).get(0));

        assertThat(free + booked + paid).isEqualTo(63);
        assertThat(page).contains("Free(" + free + ")", "Booked(" + booked + ")", "Paid(" + paid + ")",
                "Scale1:200(1cmonpaper=2m)", "5号馆(5)·Hallplan");
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        try (PDDocument document = Loader.loadPDF(write(null, Locale.SIMPLIFIED_CHINESE).toFile())) {
            List<String> fonts = PdfFonts.of(document);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith("embedded=true"));
            assertThat(fonts).anyMatch(font -> font.contains("NotoSansSC")).anyMatch(font -> font.contains("NotoSansJP"));
        }
    }

    @Test
    void aHallWiderThanDeepIsPrintedLandscapeAndADeepOnePortrait() throws IOException {
        f.booths.saveHall(Hall.of(f.eventId, "7", "7号馆").withSize(new java.math.BigDecimal("20"), new java.math.BigDecimal("45")));
        try (PDDocument document = Loader.loadPDF(write(null, Locale.ENGLISH).toFile())) {
            assertThat(shown(document.getPage(0))).isEqualTo("1191x842"); // hall 5, 60 m x 36 m
            assertThat(shown(document.getPage(1))).isEqualTo("1191x842"); // hall 6, 69 m x 12 m
            assertThat(shown(document.getPage(2))).isEqualTo("842x1191"); // hall 7, 20 m x 45 m
        }
    }

    /** The page's size as a viewer shows it (width x height in points, its rotation applied). */
    private static String shown(PDPage page) {
        boolean turned = page.getRotation() % 180 != 0;
        float w = page.getMediaBox().getWidth();
        float h = page.getMediaBox().getHeight();
        return Math.round(turned ? h : w) + "x" + Math.round(turned ? w : h);
    }

    @Test
    void anUnknownHallIsRefusedNamingTheHallsAndNothingIsWritten() {
        assertThatThrownBy(() -> write("9", Locale.ENGLISH))
                .isInstanceOf(UserFacingException.class)
                .hasMessage("There is no hall “9” in this event; its halls are 5, 6.");
        assertThat(Files.exists(folder.resolve("plan.pdf"))).isFalse();
    }

    @Test
    void theScaleIsTheSmallestUsualOneAtWhichTheFloorFits() {
        // 60 m on 1,134 pt needs 1:150; 36 m on 674 pt needs 1:151.4, so 1:200.
        assertThat(PlanScale.fitting(60, 36, 1134, 674).denominator()).isEqualTo(200);
        assertThat(PlanScale.fitting(60, 10, 1134, 674).denominator()).isEqualTo(150);
        assertThat(PlanScale.fitting(300, 200, 1134, 674).denominator()).isEqualTo(1000);
        assertThat(new PlanScale(200).pointsPerMetre()).isCloseTo(14.1732283, within(1e-7));
        assertThat(new PlanScale(200).barMetres()).isEqualTo(5.0);
    }
}
