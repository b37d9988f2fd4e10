package org.conferencedesk.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.shared.pdf.PdfFonts;
import org.conferencedesk.shared.pdf.PdfReadBack;
import static org.conferencedesk.shared.pdf.PdfReadBack.pageTexts;
import static org.conferencedesk.shared.pdf.PdfReadBack.stripped;
import static org.conferencedesk.shared.pdf.PdfReadBack.text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryReportServiceTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    private final ReportFixture fixture = new ReportFixture();

    @AfterEach
    void close() {
        fixture.close();
    }

    private byte[] report(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        fixture.reports.writePdf(fixture.eventId(), locale, out);
        return out.toByteArray();
    }
    @Test
    void chineseReportStatesThePressReleaseHeadline() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), fixture.pressReleaseContracts());

        String text = text(report(ZH));

        assertThat(text).contains("2020世界智能制造大会", "活动总结报告",
                "日期：2020年11月26日至2020年11月28日", "地点：南京国际博览中心（南京）");
        assertThat(text).contains("签约项目 30 个，总金额 536.3 亿元");
        assertThat(text).contains("生成时间：2026-11-29 14:05（北京时间）");
        assertThat(text).doesNotContain("以外币签约", "另有计划签约项目");
    }

    @Test
    void englishReportStatesThePressReleaseHeadline() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), fixture.pressReleaseContracts());

        String text = text(report(EN));

        assertThat(text).contains("Summary report", "Dates: 26 November 2020 – 28 November 2020",
                "Venue: 南京国际博览中心, 南京");
        assertThat(text).contains("30 projects signed, total RMB 53.63 billion");
        assertThat(text).contains("Generated at 2026-11-29 14:05 (Beijing time)");
    }

    @Test
    void chineseReportCountsTheGuestsByCategoryAttendanceAndCheckIn() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), fixture.pressReleaseContracts());
        fixture.addPressReleaseGuests(127);

        String text = text(report(ZH));

        assertThat(text.replace("\n", "")).contains(
                "嘉宾 326 位，其中院士 24 位、专家 102 位、企业代表 200 位；线下参会 200 位、线上参会 126 位；已签到 127 位。");
    }

    @Test
    void englishReportCountsTheGuestsAndLeavesOutEmptyCategories() throws IOException {
        fixture.addPressReleaseGuests(0);

        String text = text(report(EN));

        assertThat(text.replace("\n", " ")).contains("326 guests: 24 academicians, 102 experts, 200 enterprise "
                + "representatives; 200 on site, 126 online; 0 checked in.");
        assertThat(text).doesNotContain("media", "officials");
    }

    @Test
    void aReportWithoutGuestsSaysNothingAboutGuests() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), fixture.pressReleaseContracts());

        assertThat(text(report(ZH))).doesNotContain("嘉宾");
    }

    @Test
    void tableShowsEveryAmountToTheFenAndTheLastRunningTotalIsThePressReleaseTotal() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), fixture.pressReleaseContracts());

        String text = text(report(ZH));

        // first row: 18 亿元; running total after the second: 43.6 亿元; the last row's running total is the whole.
        assertThat(text).contains("1,800,000,000.00", "2,560,000,000.00", "4,360,000,000.00", "35,000,000.00");
        assertThat(text).contains("2,315,000,000.00 53,630,000,000.00");
    }

    @Test
    void namesWithAMiddleDotAndAnExtensionBCharacterReadBack() throws IOException {
        assertThat(PdfFonts.main().charExists(0xB7)).as("Noto Sans SC has the middle dot").isTrue();
        assertThat(PdfFonts.main().charExists(0x20BB7)).as("Noto Sans SC lacks 𠮷").isFalse();
        assertThat(PdfFonts.canDraw(0x20BB7)).as("a bundled fallback has 𠮷").isTrue();
        fixture.contracts.addAll(fixture.eventId(), fixture.pressReleaseContracts());

        String text = text(report(ZH));

        assertThat(text).contains(ReportFixture.MIDDLE_DOT_PROJECT, ReportFixture.EXTENSION_B_PROJECT);
        assertThat(text).doesNotContain("\u25A1").doesNotContain("内置字体缺少");
    }

    @Test
    void aLongInvestorNameWrapsByChineseRulesAndReadsBackWhole() throws IOException {
        String investor = "芯泽集成电路（南京）有限公司，江北新区分公司";
        fixture.contracts.addAll(fixture.eventId(), List.of(fixture.signed("晶圆项目", investor, "管委会",
                "集成电路", "江北新区", new BigDecimal("4500000000.00"))));

        String text = text(report(ZH));

        String table = text.substring(text.indexOf("晶圆项目"), text.indexOf("按行业汇总"));
        List<String> lines = table.lines().map(String::strip).toList();
        assertThat(lines).as("the investor wraps in its column").hasSizeGreaterThan(1);
        assertThat(lines).noneMatch(line -> line.startsWith("）") || line.startsWith("，") || line.endsWith("（"));
        assertThat(lines).noneMatch(line -> line.length() == 1);
        assertThat(String.join("", table.lines().toList())).contains(investor);
    }

    @Test
    void aCharacterNoBundledFontHasIsShownAsABoxAndNamedInTheNotes() throws IOException {
        // U+2A6D6, CJK Extension B: neither Noto Sans SC nor Noto Sans JP has it.
        String rare = new String(Character.toChars(0x2A6D6));
        assertThat(PdfFonts.canDraw(0x2A6D6)).isFalse();
        fixture.contracts.addAll(fixture.eventId(), List.of(fixture.signed(rare + "记智能工厂", "甲", "乙",
                "智能装备", "江宁区", new BigDecimal("100.00"))));

        String text = text(report(EN));

        assertThat(text).contains("\u25A1记智能工厂");
        assertThat(text).contains("The bundled fonts have no glyph for these characters, shown as \u25A1: U+2A6D6.");
    }

    @Test
    void aLongReportRepeatsTheTableHeaderOnEveryPageAndNumbersThePages() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), fixture.manyContracts(120));

        try (PDDocument document = Loader.loadPDF(report(EN))) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            List<String> texts = pageTexts(document);
            // Each page of the contracts table repeats its header; the last pages may hold only the totals.
            int tablePages = 0;
            for (int page = 1; page <= pages; page++) {
                String text = texts.get(page - 1);
                assertThat(text).contains("Page " + page + " of " + pages);
                if (text.contains("项目")) {
                    tablePages++;
                    assertThat(text).as("page %d", page).contains("No. Project Investor Partner Sector District Amount (yuan) Running total (yuan)");
                }
            }
            assertThat(tablePages).isGreaterThan(1);
            assertThat(texts.get(0)).contains("Page 1 of " + pages);
            assertThat(texts.get(pages - 1)).contains("12,000,000,000.00");
            assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
        }
    }

    @Test
    void chineseFooterNumbersThePagesInChinese() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), fixture.manyContracts(120));

        try (PDDocument document = Loader.loadPDF(report(ZH))) {
            int pages = document.getNumberOfPages();
            List<String> texts = pageTexts(document);
            for (int page = 1; page <= pages; page++) {
                assertThat(texts.get(page - 1)).contains("第 " + page + " 页，共 " + pages + " 页");
            }
        }
    }

    @Test
    void everyFontIsEmbedded() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), fixture.pressReleaseContracts());

        List<String> fonts = PdfReadBack.fonts(report(ZH));

        assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font).endsWith("embedded=true"));
        assertThat(fonts).anyMatch(f -> f.contains("NotoSansSC")).anyMatch(f -> f.contains("NotoSansJP"));
    }

    @Test
    void plannedWithdrawnAndForeignCurrencyContractsStayOutOfTheRmbTotal() throws IOException {
        List<org.conferencedesk.contracts.Contract> list = new ArrayList<>(fixture.pressReleaseContracts());
        list.add(fixture.contract("海外智能工厂", "美方", "江北新区", "智能装备", "江北新区",
                new BigDecimal("620000000"), "USD", ContractStatus.SIGNED));
        list.add(fixture.contract("计划中的项目", "甲", "乙", "集成电路", "江宁区",
                new BigDecimal("350000000"), "CNY", ContractStatus.PLANNED));
        list.add(fixture.contract("已撤回的项目", "甲", "乙", "集成电路", "江宁区",
                new BigDecimal("999999999.99"), "CNY", ContractStatus.WITHDRAWN));
        fixture.contracts.addAll(fixture.eventId(), list);

        String zh = stripped(text(report(ZH)));
        String en = stripped(text(report(EN)));

        assertThat(zh).contains("签约项目 31 个，总金额 536.3 亿元");
        // the USD project is one of the 31 signed, so the sentence says "of these", not "also"
        assertThat(zh).contains("签约项目 31 个，总金额 536.3 亿元\n其中 1 个签约项目以外币签约（6.2 亿美元），未计入人民币总额。");
        // the planned project is not among the 31, so "另有" stays, after the line about the 31
        assertThat(zh).contains("未计入人民币总额。\n另有计划签约项目 1 个，金额 3.5 亿元（未计入签约总额）");
        assertThat(zh).contains("已撤回的项目 （已撤回）", "计划中的项目 （计划）", "USD 620,000,000.00");
        assertThat(en).contains("31 projects signed, total RMB 53.63 billion");
        assertThat(en).contains("31 projects signed, total RMB 53.63 billion\n"
                + "Of these, 1 project was signed in another currency (USD 620 million), not included in the RMB total.\n"
                + "Planned, not yet signed: 1 project, RMB 350 million (not in the signed total)");
        assertThat(en).contains("Planned, not yet signed: 1 project, RMB 350 million (not in the signed total)");
        assertThat(en).contains("Withdrawn contracts are listed in grey and marked (withdrawn); they are counted in no total.");
        // the withdrawn and planned rows leave the running total where it was
        assertThat(en).contains("999,999,999.99 53,630,000,000.00", "350,000,000.00 53,630,000,000.00");
    }

    @Test
    void foreignCurrencyFiguresInChineseSentencesAreWrittenAsEverywhereElse() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), List.of(
                fixture.signed("A", "甲", "乙", "智能装备", "江宁区", new BigDecimal("1234.56")),
                fixture.contract("B", "美方", "乙", "集成电路", "浦口区", new BigDecimal("50000000"), "USD", ContractStatus.SIGNED),
                fixture.contract("C", "欧方", "乙", "集成电路", "浦口区", new BigDecimal("3000000"), "EUR", ContractStatus.SIGNED),
                fixture.contract("D", "甲", "乙", "集成电路", "浦口区", new BigDecimal("12000"), "CNY", ContractStatus.PLANNED)));

        String zh = stripped(text(report(ZH)));
        String en = stripped(text(report(EN)));

        // One way to write a figure in Chinese (docs/glossary.md): 536.3 亿元, as on screen.
        assertThat(zh).contains("签约项目 3 个，总金额 1,234.56 元\n"
                + "其中 2 个签约项目以外币签约（5,000 万美元；300 万欧元），未计入人民币总额。\n"
                + "另有计划签约项目 1 个，金额 1.2 万元（未计入签约总额）");
        assertThat(en).contains("3 projects signed, total RMB 1,234.56\n"
                + "Of these, 2 projects were signed in other currencies (USD 50 million; EUR 3 million), not included in the RMB total.\n"
                + "Planned, not yet signed: 1 project, RMB 12,000.00 (not in the signed total)");
    }

    @Test
    void totalsBySectorAndDistrictShowAmountsAndSharesRoundedHalfUp() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), List.of(
                fixture.signed("A", "甲", "乙", "智能装备", "江宁区", new BigDecimal("1.00")),
                fixture.signed("B", "甲", "乙", "集成电路", "浦口区", new BigDecimal("7.00")),
                fixture.signed("C", "甲", "乙", "集成电路", null, new BigDecimal("8.00"))));

        String text = text(report(EN));

        // 1/16 = 6.25% → 6.3%; 15/16 = 93.75% → 93.8%; 7/16 = 43.75% → 43.8%; 8/16 = 50.0%
        assertThat(text).contains("Totals by sector", "集成电路 15.00 93.8%", "智能装备 1.00 6.3%", "Total 16.00 100.0%");
        assertThat(text).contains("Totals by district", "(not specified) 8.00 50.0%", "浦口区 7.00 43.8%", "江宁区 1.00 6.3%");
    }

    @Test
    void everyTableHeaderIsAFullLabelInBothLanguages() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), List.of(
                fixture.signed("A", "甲", "乙", "智能装备", "江宁区", new BigDecimal("1.00"))));

        String zh = stripped(text(report(ZH)));
        String en = stripped(text(report(EN)));

        assertThat(zh).contains("序号 项目名称 投资方 合作方 行业 区域 金额（元） 累计金额（元）\n",
                "按行业汇总\n行业 金额（元） 占比\n", "按区域汇总\n区域 金额（元） 占比\n");
        assertThat(en).contains("No. Project Investor Partner Sector District Amount (yuan) Running total (yuan)\n",
                "Totals by sector\nSector Amount (yuan) Share\n", "Totals by district\nDistrict Amount (yuan) Share\n");
    }

    @Test
    void anEventWithoutContractsStillGetsAReport() throws IOException {
        String text = text(report(ZH));

        assertThat(text).contains("签约项目 0 个，总金额 0 元", "本活动尚未录入签约项目。", "第 2 页，共 2 页");
    }

    @Test
    void metadataNamesTheEventTheAuthorAndTheGenerationTime() throws IOException {
        fixture.contracts.addAll(fixture.eventId(), fixture.pressReleaseContracts());

        try (PDDocument document = Loader.loadPDF(report(EN))) {
            var info = document.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("2020世界智能制造大会 – Summary report");
            assertThat(info.getAuthor()).isEqualTo("ConferenceDesk");
            assertThat(info.getCreationDate().toInstant()).isEqualTo(ReportFixture.GENERATED_AT);
            assertThat(info.getCreator()).isEqualTo("ConferenceDesk");
        }
    }

    @Test
    void writingToAFileLeavesOnlyTheFinishedReport(@TempDir Path folder) throws IOException {
        fixture.contracts.addAll(fixture.eventId(), fixture.pressReleaseContracts());
        Path out = folder.resolve("报告.pdf");
        Files.writeString(out, "an older report");

        fixture.reports.writePdf(fixture.eventId(), EN, out);

        try (PDDocument document = Loader.loadPDF(out.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("30 projects signed, total RMB 53.63 billion");
        }
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("报告.pdf");
        }
    }

    @Test
    void aMissingFolderIsNamedAndNothingIsWritten(@TempDir Path folder) {
        Path out = folder.resolve("missing").resolve("report.pdf");

        assertThatThrownBy(() -> fixture.reports.writePdf(fixture.eventId(), EN, out))
                .isInstanceOf(java.io.UncheckedIOException.class)
                .hasMessageContaining("the folder " + folder.resolve("missing") + " does not exist");
        assertThat(folder.resolve("missing")).doesNotExist();
    }

    @Test
    void anUnknownEventIsRefusedWithASentence() {
        assertThatThrownBy(() -> fixture.reports.writePdf(9999, EN, new ByteArrayOutputStream()))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("There is no event with id 9999");
    }
}
