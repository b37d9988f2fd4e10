package org.conferencedesk.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The long-list table drawn straight onto the pages: every cell reads back, in every script, a long cell
 * wraps and the row grows, the header is on every page, the
 * flow continues below the list, and the fonts are embedded.
 */
class PdfListTableTest {

    private static final List<String> HEADER = List.of("序号", "姓名", "单位", "签到时间（北京时间）");
    private static final String LONG = "南京市江北新区智能制造产业发展研究院有限责任公司第一分公司人工智能与工业互联网联合实验室";

    private final PdfText text = new PdfText();

    /** {@code rows} guests, then the sentence "列表之后" in the flow. */
    private byte[] list(List<List<String>> rows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFile.write(out, stream -> {
            Document document = new Document(PageSize.A4, 40, 40, 42, 48);
            PdfWriter writer = PdfDocuments.open(document, stream, "list", Locale.SIMPLIFIED_CHINESE,
                    new PageFooter("WIMC", (page, count) -> "第 " + page + " 页，共 " + count + " 页", text), null);
            document.add(text.paragraph("嘉宾名单", 11f, Color.BLACK));
            PdfListTable table = new PdfListTable(document, writer, text, new float[] {8f, 30f, 40f, 22f},
                    new boolean[] {true, false, false, false}, HEADER, 7f, Color.LIGHT_GRAY, Color.GRAY);
            table.start();
            for (List<String> row : rows) {
                table.row(row, Color.BLACK, null);
            }
            table.finish();
            document.add(text.paragraph("列表之后", 9f, Color.BLACK));
            document.close();
        });
        PdfLook.save("list-table", out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void everyCellReadsBackInEveryScriptWithTheHeaderOnEveryPage() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 200; i++) {
            rows.add(List.of(Integer.toString(i), "嘉宾" + i, "单位" + i, "11-28 09:" + String.format(Locale.ROOT, "%02d", i % 60)));
        }
        List<String> names = PdfFontsTest.NAMES;
        for (int i = 0; i < names.size(); i++) {
            rows.add(List.of(Integer.toString(201 + i), names.get(i), "", ""));
        }
        rows.add(List.of("999", "张三", LONG, ""));

        byte[] pdf = list(rows);
        List<String> pages = PdfReadBack.pageTexts(pdf);
        String all = String.join("\n", pages);

        assertThat(pages).hasSizeGreaterThan(3);
        for (String page : pages) {
            assertThat(page).contains("序号", "签到时间（北京时间）").containsPattern("第 \\d+ 页，共 " + pages.size() + " 页");
        }
        assertThat(pages.get(0)).contains("1 嘉宾1 单位1 11-28 09:01");
        assertThat(all).contains("200 嘉宾200 单位200 11-28 09:20");
        for (String name : names) {
            assertThat(all).as(name).contains(name);
        }
        // The long organisation wraps within its column and reads back whole.
        assertThat(all.replace("\n", "")).contains(LONG);
        // The flow goes on below the list, on its last page.
        assertThat(pages.get(pages.size() - 1)).contains("张三", "列表之后");
        assertThat(all).doesNotContain(PdfFonts.MISSING_GLYPH);
        assertThat(PdfReadBack.fonts(pdf)).allMatch(f -> f.endsWith("embedded=true"))
                .anyMatch(f -> f.contains("NotoSansArabic")).anyMatch(f -> f.contains("NotoSansHebrew"))
                .anyMatch(f -> f.contains("NotoSansJP")).anyMatch(f -> f.contains("NotoEmoji"));
    }

    @Test
    void aCharacterNoFontHasIsABoxAndRemembered() throws Exception {
        String name = "张" + new String(Character.toChars(0x2A6D6));

        String all = PdfReadBack.text(list(List.of(List.of("1", name, "", ""))));

        assertThat(all).contains("张" + PdfFonts.MISSING_GLYPH);
        assertThat(text.missingCodes()).isEqualTo("U+2A6D6");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsRefused() {
        assertThatThrownBy(() -> list(List.of(List.of("1", "张三")))).hasMessageContaining("2 cells for 4 columns");
    }
}
