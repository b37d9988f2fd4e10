package org.conferencedesk.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every test of {@link SpreadsheetReaderTest} again with a reader that keeps no rows in memory: CSV
 * rows read again from the file for each pass, workbooks parsed as XML instead of through POI's user
 * model (issue 9 §6). Then files of more rows than a reader keeps, read the default way.
 */
class StreamedSpreadsheetReaderTest extends SpreadsheetReaderTest {

    @TempDir
    Path dir;

    @Override
    SpreadsheetReader newReader() {
        return new SpreadsheetReader(Locale.ENGLISH, 0);
    }

    /** The streamed reading does not calculate formulas: one without a saved result reads as empty, flagged as before. */
    @Override
    @Test
    void aFormulaWithoutASavedResultIsFlaggedAndCalculatedOneWithAResultIsNot() throws IOException {
        Path file = TestWorkbooks.write(dir.resolve("sum.xlsx"), w -> {
            Sheet sheet = w.createSheet("签约");
            TestWorkbooks.row(sheet, 0, "项目名称", "区域", "金额（亿元）");
            TestWorkbooks.row(sheet, 1, "机器人产业园", "江宁区", 8);
            TestWorkbooks.row(sheet, 2, "智能装备基地", "江宁区", 2);
            Row saved = TestWorkbooks.row(sheet, 3, "小计", "江宁区");
            saved.createCell(2).setCellFormula("C2+C3");
            w.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(saved.getCell(2));
            Row total = TestWorkbooks.row(sheet, 4, "合计");
            total.createCell(2).setCellFormula("SUM(C2:C3)");
        });

        SpreadsheetTable table = newReader().read(file, null, null, null);

        assertThat(table.rows()).extracting(SpreadsheetRow::hasFormulaWithoutResult).containsExactly(false, false, false, true);
        assertThat(table.rows().get(3).formulasWithoutResult()).containsExactly(2);
        assertThat(table.rows().get(3).cell(2)).isEmpty();
        assertThat(table.rows().get(2).cell(2)).isEqualTo("10");
    }

    // ----------------------------------------------------------- more rows than a reader keeps

    private static final int ROWS = SpreadsheetReader.KEEP_ROWS + 2_000;

    /** A GB18030 list of {@code ROWS} guests under a title, guest 4,001's row short and guest 6,501's long. */
    private Path bigCsv(String tail) throws IOException {
        StringBuilder text = new StringBuilder("2020世界智能制造大会嘉宾名单,,\n姓名,单位,职务\n");
        for (int i = 1; i <= ROWS; i++) {
            if (i == 4_001) {
                text.append("嘉宾").append(i).append(",南京大学\n");
            } else if (i == 6_501) {
                text.append("嘉宾").append(i).append(",东南大学,教授,多的\n");
            } else if (i % 1000 == 0) {
                // A quoted cell over two lines: the next record starts a line further down.
                text.append("嘉宾").append(i).append(",\"江苏大学\n（南京）\",研究员\n");
            } else {
                text.append("嘉宾").append(i).append(",南京大学,教授\n");
            }
        }
        text.append(tail);
        Path file = dir.resolve("guests.csv");
        Files.write(file, text.toString().getBytes(Charset.forName("GB18030")));
        return file;
    }

    /** The line guest {@code guest}'s row starts on: two lines above the first, one more for each quoted line break before. */
    private static int lineOf(int guest) {
        return guest + 2 + (guest - 1) / 1000;
    }

    @Test
    void aCsvFileOfMoreRowsThanAreKeptIsReadAgainForEachPassWithTheSameRowsLinesAndProblems() throws IOException {
        Path file = bigCsv("");

        SpreadsheetTable table = new SpreadsheetReader(Locale.ENGLISH).read(file, null, null, null);

        assertThat(table.rows()).isInstanceOf(TableBuilder.StreamedRows.class).hasSize(ROWS);
        assertThat(table.encoding()).isEqualTo("GB18030");
        assertThat(table.titles()).containsExactly("2020世界智能制造大会嘉宾名单");
        assertThat(table.header().cells()).containsExactly("姓名", "单位", "职务");
        assertThat(table.rows().get(0).line()).isEqualTo(3);
        assertThat(table.rows().get(999).cells()).containsExactly("嘉宾1000", "江苏大学\n（南京）", "研究员");
        assertThat(table.rows().get(1000).line()).isEqualTo(1004);
        assertThat(table.rows().get(ROWS - 1).cells()).containsExactly("嘉宾" + ROWS, "江苏大学\n（南京）", "研究员");
        assertThat(table.rowProblems().keySet()).containsExactly(4_007, 6_509).containsExactly(lineOf(4_001), lineOf(6_501));
        assertThat(table.problemOf(table.rows().get(4_000)).orElseThrow().reason()).startsWith("This row has 2 cells");
        assertThat(table.isShifted(table.rows().get(4_000))).isTrue();
        assertThat(table.rows().get(6_500).line()).isEqualTo(6_509);
        // By index (continuing one reading) and with an iterator (a reading of its own, even while
        // the other is half way), the same rows.
        List<SpreadsheetRow> byIndex = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            if (i == ROWS / 2) {
                assertThat(table.rows().stream().map(r -> r.cell(0)).filter("嘉宾7000"::equals).count()).isEqualTo(1);
            }
            byIndex.add(table.rows().get(i));
        }
        assertThat(new ArrayList<>(table.rows())).isEqualTo(byIndex);
        assertThat(byIndex).extracting(SpreadsheetRow::line).doesNotHaveDuplicates().isSorted();
        // Let go of the file half way (a cancelled import): the next row read starts a reading of its own.
        assertThat(table.rows().get(10).cell(0)).isEqualTo("嘉宾11");
        TableBuilder.release(table);
        assertThat(table.rows().get(11).cell(0)).isEqualTo("嘉宾12");
    }

    @Test
    void aBigCsvBrokenAtItsEndGetsEveryProblemBeforeTheBreakAndItsRowsSoFar() throws IOException {
        Path file = bigCsv("钱七,南京大学,\"教授\n");

        IncompleteFileException e = catchThrowableOfType(IncompleteFileException.class,
                () -> new SpreadsheetReader(Locale.ENGLISH).read(file, null, null, null));

        int breakLine = lineOf(ROWS) + 2;
        assertThat(breakLine).isEqualTo(7_010);
        assertThat(e.problems()).extracting(ImportProblem::line).containsExactly(4_007, 6_509, breakLine);
        assertThat(e.breakProblem().reason()).startsWith("From line 7,010 on the file cannot be read as CSV");
        assertThat(e.readSoFar().rows()).hasSize(ROWS);
        assertThat(new ArrayList<>(e.readSoFar().rows()).get(ROWS - 1).cell(0)).isEqualTo("嘉宾" + ROWS);
    }

    @Test
    void aBigFileChangedAfterItWasReadIsRefusedWhenItsRowsAreGoneThroughAgain() throws IOException {
        Path file = bigCsv("");
        SpreadsheetTable table = new SpreadsheetReader(Locale.ENGLISH).read(file, null, null, null);
        Files.writeString(file, "姓名,单位\n张三,南京大学\n", StandardCharsets.UTF_8);

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class, () -> table.rows().get(ROWS - 1));

        assertThat(e.problems()).singleElement().extracting(ImportProblem::reason).asString()
                .startsWith("The file guests.csv changed while it was being imported");
    }

    /** (Workbooks over {@link SpreadsheetReader#STREAM_WORKBOOK_BYTES} are read so by default; this one is smaller.) */
    @Test
    void aBigWorkbookIsReadAsItsXmlIsParsedWithMergedCellsTitlesDatesAndLongRows() throws IOException {
        int rows = 6_000;
        Path file = dir.resolve("big.xlsx");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet("签约");
            TestWorkbooks.row(sheet, 0, null, null, "(单位：亿元)");
            TestWorkbooks.row(sheet, 1, "项目名称", "区域", "金额", "签约日期");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (int i = 1; i <= rows; i++) {
                Row row = TestWorkbooks.row(sheet, i + 1, "项目" + i, i % 10 == 1 ? "江宁区" : null, i * 0.1);
                row.createCell(3).setCellValue(44163);
                row.getCell(3).setCellStyle(date);
                if (i == 5_500) {
                    row.createCell(4).setCellValue("多的");
                }
            }
            for (int i = 1; i <= rows; i += 10) {
                // 江宁区 merged down over ten rows.
                sheet.addMergedRegion(new CellRangeAddress(i + 1, i + 10, 1, 1));
            }
            try (var out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
            workbook.dispose();
        }

        SpreadsheetTable table = newReader().read(file, null, null, null);

        assertThat(table.titles()).containsExactly("(单位：亿元)");
        assertThat(table.header().cells()).containsExactly("项目名称", "区域", "金额", "签约日期");
        assertThat(table.rows()).hasSize(rows);
        SpreadsheetRow last = table.rows().get(rows - 1);
        assertThat(last.line()).isEqualTo(rows + 2);
        assertThat(last.cells()).containsExactly("项目" + rows, "江宁区", "600", "2020-11-28");
        assertThat(table.rows().get(41).cell(2)).isEqualTo("4.2");
        assertThat(table.rowProblems().keySet()).containsExactly(5_502);
        assertThat(table.mergedCells()).hasSize(rows / 10).first()
                .isEqualTo(new SpreadsheetTable.MergedCell(3, 12, 1, 1, "江宁区"));
    }
}
