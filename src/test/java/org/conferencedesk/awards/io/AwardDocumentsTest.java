package org.conferencedesk.awards.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.conferencedesk.awards.Wimc2020Awards.BEST_ORGANIZED;
import static org.conferencedesk.awards.Wimc2020Awards.CONTEST;
import static org.conferencedesk.awards.Wimc2020Awards.INDIVIDUALS;
import static org.conferencedesk.awards.Wimc2020Awards.MOST_CONCERNED;
import static org.conferencedesk.awards.Wimc2020Awards.MOST_INFLUENTIAL;
import static org.conferencedesk.awards.Wimc2020Awards.ORGANISATIONS;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.awards.AwardCategoryContent;
import org.conferencedesk.awards.Nominee;
import org.conferencedesk.awards.SignOff;
import org.conferencedesk.awards.WithAwardServices;
import org.conferencedesk.shared.pdf.PdfFonts;
import org.conferencedesk.shared.pdf.PdfLook;
import org.conferencedesk.shared.pdf.PdfReadBack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running order and the certificates of the WIMC 2020 sample, read back from the PDFs with PDFBox:
 * names as written in every script, ceremony order, one page per winner, the sign-off hash, every font
 * embedded, and the refusal that lists the names the fonts cannot draw.
 */
class AwardDocumentsTest extends WithAwardServices {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale EN = Locale.ENGLISH;

    static final String ARABIC = "محمد بن سلمان";
    static final String HEBREW = "דוד בן־גוריון";
    static final String EXTENSION_B = "吉田𠮷子";
    static final String RARE_HAN = "王堃";
    static final String EMOJI = "Ana Lima 🌟";
    /** U+2A6D6, CJK Extension B: in none of the bundled fonts. */
    static final String UNDRAWABLE = "张" + new String(Character.toChars(0x2A6D6));

    private AwardDocuments documents;
    /** The winners in ceremony order, as their certificates must come out. */
    private final List<String> winnersInOrder = new ArrayList<>();
    private SignOff forumSignOff;
    private SignOff individualsSignOff;

    @BeforeEach
    void recordTheWinners() {
        documents = new AwardDocuments(events, service, Clock.fixed(CEREMONY, ZoneOffset.UTC));
        forumSignOff = winner(MOST_CONCERNED, 1, MOST_CONCERNED + ":工业互联网创新发展论坛");
        service.signOff(category(MOST_CONCERNED), wimc.member(MOST_CONCERNED, "王建国"));
        forumSignOff = service.content(category(MOST_CONCERNED)).signOffInForce().orElseThrow();
        winner(BEST_ORGANIZED, 1, BEST_ORGANIZED + ":智能制造标准化论坛");
        // Most Professionally Influential Forum: no winner yet.
        winner(CONTEST, 1, "智能产线数字孪生系统");
        winner(CONTEST, 2, "协作机器人柔性装配单元");
        winner(CONTEST, 2, "工业视觉缺陷检测平台");
        winner(CONTEST, 3, "设备预测性维护云平台");
        winner(ORGANISATIONS, 1, "南京市工业和信息化局");
        long people = category(INDIVIDUALS);
        for (String name : List.of(ARABIC, HEBREW, RARE_HAN, EMOJI)) {
            wimc.nominees.put(name, service.saveNominee(Nominee.person(people, name, null)).id());
        }
        for (String name : List.of("赵晓东", EXTENSION_B, ARABIC, HEBREW, RARE_HAN, EMOJI)) {
            winner(INDIVIDUALS, 1, name);
        }
        service.signOff(people, wimc.member(INDIVIDUALS, "李梅"));
        individualsSignOff = service.content(people).signOffInForce().orElseThrow();
    }

    private SignOff winner(String category, int rank, String nominee) {
        long id = category(category);
        AwardCategoryContent content = service.content(id);
        long prize = content.prizes().stream().filter(p -> p.rank() == rank).findFirst().orElseThrow().id();
        service.recordWinner(id, prize, wimc.nominees.get(nominee));
        winnersInOrder.add(nominee.contains(":") ? nominee.substring(nominee.indexOf(':') + 1) : nominee);
        return null;
    }

    /** The text without any white space: a sentence the layout wrapped reads as one. */
    private static String squashed(String text) {
        return text.replaceAll("\\s+", "");
    }

    private byte[] runningOrder(Locale locale) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.writeRunningOrder(eventId, locale, out);
        PdfLook.save("running-order-" + locale.getLanguage(), out.toByteArray());
        return out.toByteArray();
    }

    private byte[] certificates(Locale locale, Long categoryId, boolean printBoxes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        documents.writeCertificates(eventId, categoryId, locale, printBoxes, out);
        PdfLook.save("certificates-" + locale.getLanguage(), out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void theRunningOrderListsTheCategoriesInCeremonyOrderWithTheirWinnersAndLines() throws Exception {
        String text = PdfReadBack.stripped(PdfReadBack.text(runningOrder(ZH)));

        List<String> headings = List.of("第1项 最受关注论坛奖", "第2项 最佳组织论坛奖", "第3项 最具专业影响力论坛奖",
                "第4项 第五届智能制造大赛", "第5项 优秀组织奖（单位）", "第6项 优秀组织奖（个人）");
        int previous = -1;
        for (String heading : headings) {
            int at = text.replace('\u3000', ' ').indexOf(heading);
            assertThat(at).as(heading).isGreaterThan(previous);
            previous = at;
        }
        assertThat(squashed(text)).contains("下面颁发最受关注论坛奖。", "荣获最受关注论坛奖的是：工业互联网创新发展论坛（大会组委会）。",
                "荣获第五届智能制造大赛二等奖的是：协作机器人柔性装配单元和工业视觉缺陷检测平台。",
                "荣获优秀组织奖的是：南京市工业和信息化局。");
        assertThat(text).contains("最具专业影响力论坛奖：尚未确定获奖者。");
        assertThat(text).contains("尚未签字确认：结果仍可能变动。");
        for (String name : List.of(ARABIC, HEBREW, EXTENSION_B, RARE_HAN, EMOJI)) {
            assertThat(text).as(name).contains(name);
        }
    }

    @Test
    void theRunningOrderPrintsWhoSignedOffWhenAndTheResultHash() throws Exception {
        String zh = PdfReadBack.stripped(PdfReadBack.text(runningOrder(ZH)));
        String en = PdfReadBack.stripped(PdfReadBack.text(runningOrder(EN)));

        assertThat(forumSignOff.resultHash()).hasSize(64);
        assertThat(zh).contains("已由王建国于2020年11月28日 10:00（北京时间）签字确认",
                "结果哈希（SHA-256）：" + forumSignOff.resultHash(), "结果哈希（SHA-256）：" + individualsSignOff.resultHash());
        assertThat(en).contains("Signed off by 王建国 on 28 November 2020, 10:00 (Beijing time)",
                "Result hash (SHA-256): " + forumSignOff.resultHash());
        assertThat(squashed(en)).contains(squashed("1. Most Concerned Forum Award"),
                squashed("Next, the Most Concerned Forum Award."),
                squashed("The Most Concerned Forum Award goes to 工业互联网创新发展论坛 (大会组委会)."),
                squashed("Next, the 5th Smart Manufacturing Contest."),
                squashed("The second prize of the 5th Smart Manufacturing Contest goes to 协作机器人柔性装配单元 and 工业视觉缺陷检测平台."),
                squashed("The Excellent Organization Award goes to 南京市工业和信息化局."));
        assertThat(en).doesNotContain("Award of the Excellent");
    }

    @Test
    void theRunningOrderNumbersItsPagesAndEmbedsEveryFont() throws Exception {
        byte[] pdf = runningOrder(ZH);
        List<String> pages = PdfReadBack.pageTexts(pdf);

        for (int page = 1; page <= pages.size(); page++) {
            assertThat(pages.get(page - 1)).contains("第 " + page + " 页，共 " + pages.size() + " 页");
        }
        List<String> fonts = PdfReadBack.fonts(pdf);
        assertThat(fonts).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith("embedded=true"));
        assertThat(fonts).anyMatch(f -> f.contains("NotoSansArabic")).anyMatch(f -> f.contains("NotoSansHebrew"))
                .anyMatch(f -> f.contains("NotoSansJP")).anyMatch(f -> f.contains("NotoEmoji"));
    }

    @Test
    void certificatesArePrintedOnePagePerWinnerInCeremonyOrderWithTheNamesAsWritten() throws Exception {
        byte[] pdf = certificates(ZH, null, false);
        List<String> pages = PdfReadBack.pageTexts(pdf);

        assertThat(pages).hasSize(winnersInOrder.size()).hasSize(13);
        for (int i = 0; i < pages.size(); i++) {
            assertThat(pages.get(i)).as("page %d", i + 1).contains("荣誉证书", winnersInOrder.get(i));
        }
        assertThat(pages.get(0)).contains("在2020 World Intelligent Manufacturing Conference中荣获", "最受关注论坛奖",
                "结果哈希 " + forumSignOff.resultHash().substring(0, 16)).doesNotContain("草稿");
        assertThat(pages.get(2)).contains("第五届智能制造大赛　一等奖", "草稿：本奖项尚未经评审委员会签字确认。");
        assertThat(pages.get(7)).contains("赵晓东", "大会组委会秘书处", "2020年11月28日", "优秀组织奖").doesNotContain("（个人）");
        assertThat(String.join("", pages)).doesNotContain(PdfFonts.MISSING_GLYPH);
        assertThat(PdfReadBack.fonts(pdf)).allSatisfy(f -> assertThat(f).endsWith("embedded=true"));
    }

    @Test
    void certificatesOfOneCategoryInEnglish() throws Exception {
        List<String> pages = PdfReadBack.pageTexts(certificates(EN, documents.categoryNamed(eventId, "the 5th smart manufacturing contest"), false));

        assertThat(pages).hasSize(4);
        assertThat(pages.get(0)).contains("Certificate of Award", "This certificate is presented to", "智能产线数字孪生系统",
                "The 5th Smart Manufacturing Contest, First prize", "The Organising Committee of the 2020 World Intelligent",
                "28 November 2020", "DRAFT");
        assertThat(pages.get(1)).contains("协作机器人柔性装配单元", "Second prize");
    }

    @Test
    void aNameTheFontsCannotDrawIsListedAndNothingIsPrinted(@TempDir Path folder) throws Exception {
        long people = category(INDIVIDUALS);
        service.reopen(people, "秘书处", "A name was missing");
        wimc.nominees.put(UNDRAWABLE, service.saveNominee(Nominee.person(people, UNDRAWABLE, null)).id());
        winner(INDIVIDUALS, 1, UNDRAWABLE);
        Path out = folder.resolve("certificates.pdf");

        assertThat(documents.undrawableOnCertificates(eventId, null, ZH))
                .singleElement().satisfies(u -> assertThat(u.toString()).isEqualTo(UNDRAWABLE + " (U+2A6D6 " + UNDRAWABLE.substring(1) + ")"));
        assertThatThrownBy(() -> documents.writeCertificates(eventId, null, ZH, false, out))
                .isInstanceOf(AwardDocumentException.class)
                .satisfies(e -> assertThat(((AwardDocumentException) e).sentence(EN)).isEqualTo(
                        "1 text on the certificates cannot be drawn with the bundled fonts, so nothing was printed: "
                                + UNDRAWABLE + " (U+2A6D6 " + UNDRAWABLE.substring(1) + "). Correct the names, or print anyway "
                                + "with these characters shown as \u25A1."))
                .satisfies(e -> assertThat(((AwardDocumentException) e).sentence(ZH)).startsWith("证书上有 1 处文字无法用内置字体显示，未打印任何证书："));
        assertThat(out).doesNotExist();

        // With the user's consent the certificates are printed, the character drawn as a box.
        int written = documents.writeCertificates(eventId, people, ZH, true, out);

        assertThat(written).isEqualTo(7);
        assertThat(PdfReadBack.text(Files.readAllBytes(out))).contains("张" + PdfFonts.MISSING_GLYPH);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("certificates.pdf");
        }
    }

    @Test
    void noWinnerNoCertificateAndAnUnknownCategoryIsNamed() {
        assertThatThrownBy(() -> certificates(ZH, category(MOST_INFLUENTIAL), false))
                .isInstanceOf(AwardDocumentException.class)
                .hasMessage("No winner has been recorded yet, so there is no certificate to print. Record the winners first.");
        assertThatThrownBy(() -> documents.categoryNamed(eventId, "Best Forum"))
                .isInstanceOf(AwardDocumentException.class)
                .hasMessageStartingWith("There is no award category named “Best Forum” in this event. Its categories: "
                        + "最受关注论坛奖 / Most Concerned Forum Award, 最佳组织论坛奖 / Best-Organized Forum");
        assertThat(documents.categoryNamed(eventId, " 优秀组织奖（个人） ")).isEqualTo(category(INDIVIDUALS));
    }

    @Test
    void theRunningOrderAsCsvHasThePresentersLinesInPresentationOrderWithTheSignOffAndHash(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("running-order.csv");
        int rows = documents.writeRunningOrderTable(eventId, ZH, out);

        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("\uFEFF顺序,奖项,奖次,获奖者,主持词,签字确认,结果哈希（SHA-256）");
        // Six categories, each announced; one row per prize; a closing line after each category with a winner.
        assertThat(rows).isEqualTo(6 + (1 + 1 + 1 + 3 + 1 + 1) + 5).isEqualTo(lines.size() - 1);
        assertThat(lines.get(1)).isEqualTo("1,最受关注论坛奖,,,下面颁发最受关注论坛奖。,已由王建国于2020年11月28日 10:00（北京时间）签字确认,"
                + forumSignOff.resultHash());
        assertThat(lines.get(2)).isEqualTo("1,最受关注论坛奖,最受关注论坛奖,工业互联网创新发展论坛（大会组委会）,"
                + "荣获最受关注论坛奖的是：工业互联网创新发展论坛（大会组委会）。,已由王建国于2020年11月28日 10:00（北京时间）签字确认,"
                + forumSignOff.resultHash());
        assertThat(lines).contains("4,第五届智能制造大赛,二等奖,协作机器人柔性装配单元和工业视觉缺陷检测平台,"
                + "荣获第五届智能制造大赛二等奖的是：协作机器人柔性装配单元和工业视觉缺陷检测平台。,尚未签字确认：结果仍可能变动。,");
        assertThat(lines).contains("3,最具专业影响力论坛奖,最具专业影响力论坛奖,,最具专业影响力论坛奖：尚未确定获奖者。,尚未签字确认：结果仍可能变动。,");
    }
}
