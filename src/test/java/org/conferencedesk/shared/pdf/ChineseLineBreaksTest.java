package org.conferencedesk.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Document;
import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class ChineseLineBreaksTest {

    private static final float SIZE = 7f;
    private static final float PADDING = 6f;
    private static final String INVESTOR = "芯泽集成电路（南京）有限公司，南京江北新区管委会";

    /** Lays {@code text} out in one-column tables of every width from {@code from} to {@code to} points. */
    private static List<List<String>> layOut(String text, float from, float to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        int tables = 0;
        for (float width = from; width <= to; width += 1f) {
            PdfPTable table = new PdfPTable(1);
            table.setTotalWidth(width);
            table.setLockedWidth(true);
            table.setHorizontalAlignment(PdfPTable.ALIGN_LEFT);
            table.setSpacingAfter(8f);
            PdfPCell cell = new PdfPCell(PdfFonts.run(SIZE, Color.BLACK).add(text).phrase());
            cell.setPadding(PADDING / 2);
            table.addCell(cell);
            document.add(table);
            tables++;
        }
        document.close();
        List<List<String>> cells = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setParagraphStart("");
            String all = stripper.getText(pdf).replace("\r", "");
            // Each table's lines, found by reading the text back: the cells follow one another.
            List<String> current = new ArrayList<>();
            StringBuilder read = new StringBuilder();
            for (String line : all.split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                current.add(line.strip());
                read.append(line.replace(" ", ""));
                if (read.toString().equals(text.replace(" ", ""))) {
                    cells.add(current);
                    current = new ArrayList<>();
                    read.setLength(0);
                }
            }
            assertThat(current).as("text left over after the last whole cell").isEmpty();
        }
        assertThat(cells).hasSize(tables);
        return cells;
    }

    @Test
    void noLineOfACellStartsWithClosingOrEndsWithOpeningPunctuationAtAnyWidth() throws IOException {
        // From four characters a line to the whole name on one line, in steps of 1 pt.
        List<List<String>> cells = layOut(INVESTOR, 4 * SIZE + PADDING + 0.5f, 25 * SIZE + PADDING);

        assertThat(cells).allSatisfy(lines -> {
            assertThat(String.join("", lines)).as("read back without the line breaks").isEqualTo(INVESTOR);
            for (String line : lines) {
                assertThat(line).as("lines %s", lines).doesNotStartWith("）").doesNotStartWith("，")
                        .doesNotEndWith("（");
            }
            assertThat(lines.get(lines.size() - 1)).as("last line of %s", lines).hasSizeGreaterThan(1);
        });
        // The widths from 4 to 24 characters do give two-, three- ... six-line cells.
        assertThat(cells.stream().map(List::size).distinct()).contains(1, 2, 3, 4, 5, 6);
    }

    @Test
    void numbersAndLatinWordsAreNotBrokenWhenTheyFitOnALine() throws IOException {
        String text = "12英寸晶圆制造项目（一期）USD 620,000,000.00";
        float number = PdfFonts.main().getWidthPoint("620,000,000.00", SIZE);

        List<List<String>> cells = layOut(text, number + PADDING + 1f, 24 * SIZE + PADDING);

        assertThat(cells).allSatisfy(lines -> {
            assertThat(lines).as("lines").anyMatch(line -> line.contains("620,000,000.00"));
            assertThat(lines).as("lines").anyMatch(line -> line.contains("12英") || line.contains("12英寸"));
            assertThat(lines).noneMatch(line -> line.startsWith("）") || line.endsWith("（"));
        });
    }

    @Test
    void breaksBetweenIdeographsButNotAroundPunctuationOrInsideLatinRuns() {
        assertThat(ChineseLineBreaks.mayBreakBetween('集', '成', false)).isTrue();
        assertThat(ChineseLineBreaks.mayBreakBetween('京', '）', false)).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('司', '，', false)).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('，', '南', false)).isTrue();
        assertThat(ChineseLineBreaks.mayBreakBetween('（', '南', false)).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('路', '（', false)).isTrue();
        assertThat(ChineseLineBreaks.mayBreakBetween('目', '」', false)).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('《', '智', false)).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('翰', '·', false)).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('U', 'S', false)).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('2', '0', false)).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('0', '个', false)).as("a number stays with its unit").isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween('目', '3', false)).isTrue();
        assertThat(ChineseLineBreaks.mayBreakBetween(' ', 'U', false)).isTrue();
        assertThat(ChineseLineBreaks.mayBreakBetween('D', ' ', false)).isFalse();
        assertThat(ChineseLineBreaks.mayBreakBetween(0x20BB7, '野', false)).isTrue();
        assertThat(ChineseLineBreaks.mayBreakBetween('公', '司', true)).as("no single character on the last line").isFalse();
    }

    @Test
    void neverSplitsASurrogatePair() {
        char[] text = "南京𠮷祥智能".toCharArray(); // 𠮷 is chars 2 and 3
        assertThat(ChineseLineBreaks.INSTANCE.isSplitCharacter(0, 2, text.length, text, null)).as("cell: at the high half").isTrue();
        assertThat(ChineseLineBreaks.INSTANCE.isSplitCharacter(0, 3, text.length, text, null)).as("paragraph: at the low half").isTrue();
        char[] cut = "南𠮷".toCharArray();
        assertThat(ChineseLineBreaks.INSTANCE.isSplitCharacter(0, 1, 2, cut, null)).isFalse();
    }
}
