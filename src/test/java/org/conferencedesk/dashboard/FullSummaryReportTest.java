package org.conferencedesk.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.conferencedesk.awards.io.AwardImportSpec;
import org.conferencedesk.awards.io.AwardReportSection;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractReportSection;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.contracts.SigningSession;
import org.conferencedesk.contracts.SigningSessionKind;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.ExhibitorReportSection;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestReportSection;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.reports.ReportOptions;
import org.conferencedesk.reports.SummaryReportService;
import org.conferencedesk.shared.OperationCancelledException;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.pdf.PdfLook;
import org.conferencedesk.shared.pdf.PdfReadBack;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole summary report with every section registered as the application registers them, over the
 * 2020 samples (30 contracts for 536.3 亿元, 326 guests, the awards, the announced figures), read back from
 * the PDF with PDFBox: figures to the fen, the charts' labels and values, the bookmarks, the fonts, vectors
 * only, the appendices, progress and cancel.
 */
class FullSummaryReportTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final DashboardFixture f = new DashboardFixture();
    private SummaryReportService reports;

    @BeforeEach
    void data() throws IOException {
        f.importSampleContracts();
        f.importSampleGuests();
        f.announceSampleFigures();
        new ImportService<>(new AwardImportSpec(f.awards)).importFile(f.eventId, DashboardFixture.SAMPLES.resolve("wimc-2020-awards.csv"),
                ImportOptions.DETECT, ProgressMonitor.NONE, ZH);
        List<Guest> guests = f.guests.list(f.eventId);
        f.guests.checkIn(f.eventId, guests.get(0).id(), Instant.parse("2020-11-28T01:10:00Z"));
        f.guests.checkIn(f.eventId, guests.get(1).id(), Instant.parse("2020-11-28T01:40:00Z"));
        f.guests.checkIn(f.eventId, guests.get(2).id(), Instant.parse("2020-11-28T03:05:00Z"));
        f.exhibitors.save(org.conferencedesk.exhibitors.Exhibitor.named(f.eventId, "南京埃斯顿自动化股份有限公司").withMode(ExhibitionMode.BOTH));
        f.exhibitors.save(org.conferencedesk.exhibitors.Exhibitor.named(f.eventId, "云上展商一号").withMode(ExhibitionMode.CLOUD));
        reports = new SummaryReportService(f.events, List.of(new DashboardReportSection(f.dashboard, f.events),
                new ContractReportSection(f.contracts, f.sessions), new GuestReportSection(f.guests), new ExhibitorReportSection(f.exhibitors),
                new AwardReportSection(f.awards)), Clock.fixed(Instant.parse("2020-11-28T06:05:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        f.close();
    }

    private byte[] report(Locale locale, boolean appendices) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reports.writePdf(f.eventId, new ReportOptions(locale, appendices), out, ProgressMonitor.NONE);
        PdfLook.save("full-report-" + locale.getLanguage() + (appendices ? "-appendices" : ""), out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void chineseReportHasThePressHeadlineEverySectionAndTheFiguresToTheFen() throws IOException {
        String text = PdfReadBack.text(report(ZH, false));
        String oneLine = text.replace("\n", "");

        assertThat(oneLine).contains("嘉宾326位，其中院士24位、专家102位、企业代表200位；云上参展企业2家；现场参展企业1家；"
                + "闭幕式现场签约项目30个，总金额536.3亿元。");
        // Signing sessions: the closing ceremony's own figures to the fen.
        assertThat(text).contains("闭幕式 30 53,630,000,000.00");
        assertThat(text).contains("全部签约活动 30 53,630,000,000.00");
        // The contracts' running total ends at the press release's total.
        assertThat(text).contains("53,630,000,000.00");
        // Guests by category, counts only.
        assertThat(text).contains("按类别统计的嘉宾", "院士 24 7.4%", "专家 102 31.3%", "企业代表 200 61.3%", "合计 326 100.0%");
        assertThat(text).contains("已签到 130 39.9%");  // 127 in the sample, 3 more here
        // Exhibitors by mode.
        assertThat(text).contains("按参展方式统计的展商", "现场及云展 1", "云展 1", "合计 2");
        // Award winners in ceremony order.
        assertThat(text).contains("获奖名单（按颁奖顺序）", "1 最受关注论坛奖 最受关注论坛奖 工业互联网创新发展论坛");
        // The announced figures checked.
        assertThat(text).contains("公布数据核对", "320+ 326 +6 相符");
        // No personal data without the appendices: no guest's organisation, e-mail or phone, no guest list.
        Guest guest = f.guests.list(f.eventId).get(0);
        assertThat(text).doesNotContain(guest.organisation()).doesNotContain(guest.email()).doesNotContain(guest.phone());
        String contracts = Files.readString(DashboardFixture.SAMPLES.resolve("wimc-2020-signing-ceremony.csv"));
        for (Guest g : f.guests.list(f.eventId)) {
            if (!contracts.contains(g.fullName())) {
                assertThat(text).doesNotContain(g.fullName());
            }
        }
    }

    @Test
    void theCheckInChartCountedByTheDatabaseHasTheBucketsAndLabelsOfTheGuestListCountedInMemory() {
        List<Instant> times = new ArrayList<>();
        for (Guest g : f.guests.list(f.eventId)) {
            if (g.checkedInAt() != null) {
                times.add(g.checkedInAt());
            }
        }
        List<ChartPoint> expected = CheckInHours.series(CheckInHours.count(times), DashboardFixture.NANJING);
        assertThat(f.guests.counts(f.eventId).checkInsPerHour()).isEqualTo(CheckInHours.count(times));

        org.conferencedesk.reports.ReportSection.Part part = new DashboardReportSection(f.dashboard, f.events).read(f.eventId, EN);

        org.conferencedesk.reports.ReportBlock.Chart chart = part.body().stream()
                .filter(b -> b instanceof org.conferencedesk.reports.ReportBlock.Chart c && c.title().equals("Check-ins per hour"))
                .map(b -> (org.conferencedesk.reports.ReportBlock.Chart) b).findFirst().orElseThrow();
        assertThat(chart.points()).extracting(org.conferencedesk.reports.ReportBlock.ChartValue::label)
                .containsExactlyElementsOf(expected.stream().map(ChartPoint::label).toList()).contains("11-28 09:00", "11-28 11:00");
        assertThat(chart.points()).extracting(v -> v.value().intValueExact())
                .containsExactlyElementsOf(expected.stream().map(p -> p.value().intValueExact()).toList());
        assertThat(chart.points().stream().mapToInt(v -> v.value().intValueExact()).sum()).isEqualTo(130);
    }

    @Test
    void theReportReadsTheGuestTotalsOnceForTheDashboardAndTheGuestsSection() {
        org.conferencedesk.reports.ReportReading reading = new org.conferencedesk.reports.ReportReading();
        new DashboardReportSection(f.dashboard, f.events).read(f.eventId, ZH, reading);
        org.conferencedesk.guests.GuestTotals read = reading.once(org.conferencedesk.guests.GuestCounts.class, () -> {
            throw new AssertionError("read twice");
        }).totals();
        assertThat(read).isEqualTo(f.guests.totals(f.eventId));
        assertThat(read.checkedIn()).isEqualTo(130);
        // A check-in after the dashboard's part: the guests' section of the same report shows the same figures.
        Guest late = f.guests.list(f.eventId).stream().filter(g -> g.checkedInAt() == null).findFirst().orElseThrow();
        f.guests.checkIn(f.eventId, late.id(), Instant.parse("2020-11-28T04:00:00Z"));
        String line = ((org.conferencedesk.reports.ReportBlock.Text) new GuestReportSection(f.guests).read(f.eventId, ZH, reading)
                .headline().get(0)).text();
        assertThat(line).contains("已签到 130 位");
        assertThat(new GuestReportSection(f.guests).read(f.eventId, ZH).headline().get(0).toString()).contains("已签到 131 位");
    }

    @Test
    void chartsAreDrawnAsVectorsWithChineseLabelsAndTheScreensFigures() throws IOException {
        byte[] pdf = report(ZH, false);
        String text = PdfReadBack.text(pdf);

        assertThat(text).contains("按签约顺序累计签约金额", "按行业签约金额", "按区域签约金额", "嘉宾类别", "展商参展方式", "各展馆展商",
                "每小时签到人数", "亿元");
        // The same series as the dashboard's charts: every sector's value in 亿元, the last running total.
        DashboardCharts charts = DashboardCharts.of(f.dashboard.figures(f.eventId), ZH);
        for (ChartPoint p : charts.bySector()) {
            assertThat(text).contains(p.label() + " " + DashboardReportSection.chartText(p.value()));
        }
        assertThat(charts.runningTotal().get(charts.runningTotal().size() - 1).value()).isEqualByComparingTo("536.3");
        assertThat(text).contains("536.3");
        // Check-ins per hour in Beijing time, the sample's and these: 11-28 09:00 has 2, 11:00 one.
        assertThat(text).contains("11-28 09:00", "11-28 11:00");
        // Vectors only: no page draws a picture.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(name);
                    assertThat(x).isNotInstanceOf(PDImageXObject.class);
                    if (x instanceof PDFormXObject form && form.getResources() != null) {
                        for (COSName inner : form.getResources().getXObjectNames()) {
                            assertThat(form.getResources().getXObject(inner)).isNotInstanceOf(PDImageXObject.class);
                        }
                    }
                }
            }
        }
        assertThat(PdfReadBack.fonts(pdf)).isNotEmpty().allMatch(font -> font.endsWith("embedded=true"));
    }

    @Test
    void everySectionIsABookmarkAndChartsAndTablesAreBookmarksUnderTheirSection() throws IOException {
        List<String> outline = outline(report(ZH, true));

        assertThat(outline).containsSubsequence("概要", "图表", "  按签约顺序累计签约金额", "  按行业签约金额", "  每小时签到人数",
                "各签约活动", "公布数据核对", "签约项目（按签约顺序）", "  按行业汇总", "  按区域汇总", "嘉宾", "  按类别统计的嘉宾", "展商",
                "  按参展方式统计的展商", "获奖名单（按颁奖顺序）", "说明", "附录", "  嘉宾名单", "  展商名单");
    }

    @Test
    void englishReportStatesTheHeadlineAndTheFigures() throws IOException {
        String text = PdfReadBack.text(report(EN, false));
        String oneLine = text.replace("\n", " ");

        assertThat(oneLine).contains("326 guests, including 24 academicians, 102 experts and 200 enterprise representatives");
        assertThat(oneLine).contains("30 projects signed at the closing ceremony for a total of RMB 53.63 billion");
        assertThat(oneLine).contains("2 enterprises exhibiting in the cloud; 1 exhibitor on site");
        assertThat(text).contains("Closing ceremony 30 53,630,000,000.00", "Signed by sector", "RMB billion");
        assertThat(text).contains("Guests by category", "Academician 24 7.4%");
        assertThat(text).contains("Award winners in ceremony order");
        assertThat(text).contains("Page 2 of");
    }

    @Test
    void appendicesListEveryGuestAndExhibitorOnlyWhenAskedFor() throws IOException {
        byte[] pdf = report(ZH, true);
        String text = PdfReadBack.text(pdf);

        assertThat(text).contains("附录", "嘉宾名单", "展商名单", "南京埃斯顿自动化股份有限公司", "云上展商一号");
        for (Guest g : f.guests.list(f.eventId)) {
            assertThat(text).contains(g.fullName());
            // The list has no contact details.
            if (g.phone() != null) {
                assertThat(text).doesNotContain(g.phone());
            }
        }
        assertThat(text).contains("11-28 09:10");
        // The check-in column names the event's time zone.
        assertThat(text.replace("\n", "")).contains("签到时间（北京时间）"); // the header wraps in its column
    }

    @Test
    void theGuestListGivesCheckInTimesInTheEventsTimeZoneAndNamesIt() throws IOException {
        org.conferencedesk.events.Event event = f.events.find(f.eventId).orElseThrow();
        f.events.update(new org.conferencedesk.events.Event(event.id(), event.name(), event.shortName(), event.city(), event.venue(),
                event.startDate(), event.endDate(), java.time.ZoneId.of("Europe/Berlin")));

        String zh = PdfReadBack.text(report(ZH, true));
        String en = PdfReadBack.text(report(EN, true));

        // 2020-11-28T01:10:00Z is 02:10 in Berlin (CET, UTC+1), 09:10 in Beijing.
        assertThat(zh).contains("11-28 02:10", "11-28 02:40", "11-28 04:05").doesNotContain("11-28 09:10");
        assertThat(zh.replace("\n", "")).contains("签到时间（" + org.conferencedesk.shared.i18n.ZoneNames.name(java.time.ZoneId.of("Europe/Berlin"), ZH) + "）")
                .doesNotContain("签到时间（北京时间）");
        assertThat(en.replace("\n", " ")).contains("Checked in (Central European", "11-28 02:10");
    }

    @Test
    void contractsSignedAtTwoSessionsEachRunTheirOwnTotal() throws IOException {
        // 2020: the closing ceremony's 30 projects (536.3 亿元) and a pre-event conference's own 10 (50.5 亿元),
        // placed after the closing ceremony's in the signing order, so that one running total over both would
        // read 586.8 亿元 at the last.
        SigningSession preEvent = f.sessions.saveSession(SigningSession.of(f.eventId, SigningSessionKind.PRE_EVENT, "会前签约活动",
                "Pre-event signing", null));
        List<Long> own = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            own.add(f.contracts.save(new Contract(null, f.eventId, "会前项目" + i, "投资方" + i, "合作方", "集成电路", "江北新区",
                    new BigDecimal(i < 10 ? "500000000.00" : "550000000.00"), "CNY", 30 + i, ContractStatus.SIGNED, null, null)).id());
        }
        f.sessions.assign(f.eventId, own, preEvent.id());

        String text = PdfReadBack.text(report(ZH, false));

        assertThat(text).contains("会前签约活动 10 5,050,000,000.00 10 5,050,000,000.00");
        assertThat(text).contains("闭幕式 30 53,630,000,000.00");
        assertThat(text).contains("全部签约活动 40 58,680,000,000.00");
        // The contracts' section: each session's table with its own running total; the closing ceremony's
        // ends at the press release's 536.3 亿元, the pre-event conference's starts again from its first project.
        assertThat(text).contains("会前签约活动签约项目（按签约顺序，本场累计）", "闭幕式签约项目（按签约顺序，本场累计）", "本场累计金额（元）");
        String oneLine = text.replace("\n", " ");
        assertThat(oneLine).containsPattern("31 会前项目1 投资方1 合作方 集成电路 江北新区 500,000,000.00 500,000,000.00")
                .containsPattern("32 会前项目2 投资方2 合作方 集成电路 江北新区 500,000,000.00 1,000,000,000.00")
                .containsPattern("40 会前项目10 投资方10 合作方 集成电路 江北新区 550,000,000.00 5,050,000,000.00")
                .contains("30 精密减速器生产线项目 精传智能传动有限公司 南京市栖霞区人民政府 智能装备 栖霞区 3,820,000,000.00 53,630,000,000.00");
        // No running total across the sessions: 586.8 亿元 is only the sessions' sum, never a row's running total.
        assertThat(oneLine).doesNotContain("550,000,000.00 58,680,000,000.00");
        // The summary says each session once, in the press-style paragraph; no second "签约项目40个" line.
        assertThat(oneLine.replace(" ", "")).contains("闭幕式现场签约项目30个，总金额536.3亿元；会前签约活动签约项目10个，金额50.5亿元")
                .doesNotContain("签约项目40个");
    }

    @Test
    void progressReachesTheEndAndCancelLeavesNoFile(@TempDir Path folder) throws IOException {
        AtomicLong last = new AtomicLong();
        AtomicLong of = new AtomicLong();
        Path whole = folder.resolve("报告.pdf");
        reports.writePdf(f.eventId, new ReportOptions(ZH, true), whole, new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                last.set(done);
                of.set(total);
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        });
        assertThat(of.get()).isGreaterThan(326);
        assertThat(last.get()).isEqualTo(of.get());

        Path cancelled = folder.resolve("取消.pdf");
        AtomicLong steps = new AtomicLong();
        assertThatThrownBy(() -> reports.writePdf(f.eventId, new ReportOptions(ZH, true), cancelled, new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                steps.set(done);
            }

            @Override
            public boolean isCancelled() {
                return steps.get() > 10; // the user pressed Cancel while the charts were laid out
            }
        })).isInstanceOf(OperationCancelledException.class);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("报告.pdf");
        }
    }

    /** The outline's titles in order, a child indented by two spaces. */
    private static List<String> outline(byte[] pdf) throws IOException {
        List<String> titles = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            collect(document.getDocumentCatalog().getDocumentOutline(), "", titles);
            // Every bookmark points at a page of the document.
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                assertThat(item.findDestinationPage(document)).as(item.getTitle()).isNotNull();
            }
        }
        return titles;
    }

    private static void collect(PDOutlineNode node, String indent, List<String> titles) {
        if (node == null) {
            return;
        }
        for (PDOutlineItem item : node.children()) {
            titles.add(indent + item.getTitle());
            collect(item, indent + "  ", titles);
        }
    }
}
