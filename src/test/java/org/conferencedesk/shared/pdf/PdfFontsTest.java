package org.conferencedesk.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names in every script a guest list holds, drawn with the bundled fonts and read back from the PDF. */
class PdfFontsTest {

    static final String ARABIC = "محمد بن سلمان";
    /** لا: lam and alef join into one glyph. */
    static final String ARABIC_LAM_ALEF = "سلام العلي";
    static final String HEBREW = "דוד בן־גוריון";
    static final String EXTENSION_B = "𠮷野家";
    static final String RARE_HAN = "王堃";
    static final String EMOJI = "李明 🌟";
    static final String ARABIC_WITH_EMOJI = "محمد 🌟 علي";
    static final String MIXED = "The award goes to محمد بن سلمان (Riyadh).";

    static final List<String> NAMES = List.of(ARABIC, ARABIC_LAM_ALEF, HEBREW, EXTENSION_B, RARE_HAN, EMOJI, ARABIC_WITH_EMOJI, MIXED);

    /** One table of names, one a row, and each name again in a column at the foot of the page. */
    static byte[] names(List<String> names) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfFile.write(out, stream -> {
            Document document = new Document(PageSize.A4, 40, 40, 40, 40);
            PdfWriter writer = PdfWriter.getInstance(document, stream);
            document.open();
            PdfPTable table = new PdfPTable(1);
            table.setWidthPercentage(100);
            for (String name : names) {
                PdfPCell cell = PdfFonts.run(14f, Color.BLACK).add(name).cell();
                cell.setPadding(6f);
                table.addCell(cell);
            }
            document.add(table);
            float y = 300f;
            for (String name : names) {
                ColumnText column = new ColumnText(writer.getDirectContent());
                column.setSimpleColumn(40f, y - 30f, 555f, y);
                column.setAlignment(Element.ALIGN_CENTER);
                PdfFonts.run(14f, Color.BLACK).add(name).addTo(column);
                column.go();
                y -= 30f;
            }
            document.close();
        });
        PdfLook.save("names", out.toByteArray());
        return out.toByteArray();
    }

    @Test
    void everyScriptOfTheGuestListIsDrawableByTheBundledFonts() {
        for (String name : NAMES) {
            assertThat(PdfFonts.undrawable(name)).as(name).isEmpty();
        }
        assertThat(PdfFonts.main().charExists(0x5803)).as("Noto Sans SC has 堃").isTrue();
        assertThat(PdfFonts.main().charExists(0x20BB7)).as("Noto Sans SC lacks 𠮷").isFalse();
    }

    @Test
    void aCharacterNoBundledFontHasIsListedByCodePoint() {
        // U+2A6D6 (CJK Extension B) is in none of the fonts; U+1F9CC (troll, Emoji 14) is newer than Noto Emoji's set.
        String name = "张" + new String(Character.toChars(0x2A6D6)) + "🌟";

        assertThat(PdfFonts.undrawable(name)).containsExactly(0x2A6D6);
        assertThat(PdfFonts.undrawable(null)).isEmpty();
    }

    @Test
    void namesInEveryScriptReadBackAsWritten() throws Exception {
        String text = PdfReadBack.text(names(NAMES));

        for (String name : NAMES) {
            assertThat(text).as(name).contains(name);
        }
        assertThat(text).doesNotContain(PdfFonts.MISSING_GLYPH);
    }

    @Test
    void everyFontIsEmbeddedAsASubset() throws Exception {
        List<String> fonts = PdfReadBack.fonts(names(NAMES));

        assertThat(fonts).allSatisfy(f -> assertThat(f).matches("[A-Z]{6}\\+.* embedded=true"));
        assertThat(fonts).anyMatch(f -> f.contains("NotoSansSC")).anyMatch(f -> f.contains("NotoSansArabic"))
                .anyMatch(f -> f.contains("NotoSansHebrew")).anyMatch(f -> f.contains("NotoSansJP"))
                .anyMatch(f -> f.contains("NotoEmoji"));
    }

    @Test
    void aRunTakesTheDirectionOfItsFirstLetter() {
        assertThat(PdfFonts.run(10f, Color.BLACK).add(ARABIC).runDirection()).isEqualTo(PdfWriter.RUN_DIRECTION_RTL);
        assertThat(PdfFonts.run(10f, Color.BLACK).add(HEBREW).runDirection()).isEqualTo(PdfWriter.RUN_DIRECTION_RTL);
        assertThat(PdfFonts.run(10f, Color.BLACK).add(MIXED).runDirection()).isEqualTo(PdfWriter.RUN_DIRECTION_LTR);
        assertThat(PdfFonts.run(10f, Color.BLACK).add("🌟 " + ARABIC).runDirection()).isEqualTo(PdfWriter.RUN_DIRECTION_RTL);
        assertThat(PdfFonts.run(10f, Color.BLACK).add(RARE_HAN).runDirection()).isEqualTo(PdfWriter.RUN_DIRECTION_LTR);
    }

    @Test
    void aMissingCharacterIsDrawnAsABoxAndRemembered() throws IOException {
        TextRun run = PdfFonts.run(10f, Color.BLACK).add("张" + new String(Character.toChars(0x2A6D6)));

        assertThat(run.missing()).containsExactly(0x2A6D6);
        assertThat(run.phrase().getContent()).isEqualTo("张" + PdfFonts.MISSING_GLYPH);
        assertThat(run.text()).isEqualTo("张" + new String(Character.toChars(0x2A6D6)));
    }
}
