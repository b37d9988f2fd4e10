package org.conferencedesk.importexport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.nio.charset.Charset;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.conferencedesk.shared.DateText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReaderTest {

    @TempDir
    Path folder;

    private final SpreadsheetReader reader = newReader();

    /** The reader under test (StreamedSpreadsheetReaderTest: one that keeps no rows in memory). */
    SpreadsheetReader newReader() {
        return new SpreadsheetReader(Locale.ENGLISH);
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private ImportProblem problemReading(Path file, String sheet) {
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> reader.read(file, null, null, sheet));
        assertThat(e).isNotNull();
        assertThat(e.problems()).hasSize(1);
        return e.problems().get(0);
    }

    @Test
    void aTitleMergedAcrossTheColumnsAboveTheHeadersIsNotTakenForTheHeader() throws IOException {
        Path file = folder.resolve("titled.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet("签约");
            sheet.createRow(0).createCell(0).setCellValue("2020世界智能制造大会签约项目");
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, 1));
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(1);
            header.createCell(0).setCellValue("项目名称");
            header.createCell(1).setCellValue("金额");
            org.apache.poi.ss.usermodel.Row data = sheet.createRow(2);
            data.createCell(0).setCellValue("机器人产业园");
            data.createCell(1).setCellValue("52亿元");
            workbook.write(out);
        }

        SpreadsheetTable table = new SpreadsheetReader(Locale.ENGLISH).read(file, null, null, null);

        assertThat(table.header().cells()).containsExactly("项目名称", "金额");
        assertThat(table.rows()).containsExactly(new SpreadsheetRow(3, List.of("机器人产业园", "52亿元")));
    }

    @Test
    void blankLinesAreSkippedButCountedAndTrailingEmptyHeadersDropped() throws IOException {
        Path file = write("a.csv", "\r\n名称,金额,,\r\n\r\n甲,1\r\n  ,  \r\n乙,2\r\n".getBytes(StandardCharsets.UTF_8));

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.header().line()).isEqualTo(2);
        assertThat(table.header().cells()).containsExactly("名称", "金额");
        assertThat(table.rows()).extracting(SpreadsheetRow::line).containsExactly(4, 6);
        assertThat(table.rows().get(1).cells()).containsExactly("乙", "2");
    }

    @Test
    void oldMacLineEndsAndLineBreaksInsideQuotesCountAsTheUserSeesThem() throws IOException {
        Path file = write("mac.csv", "a,b\r\"x\ny\",1\r\"p\r\nq\",2\rlast,3".getBytes(StandardCharsets.UTF_8));

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.rows()).extracting(SpreadsheetRow::line).containsExactly(2, 4, 6);
        assertThat(table.rows().get(2).cells()).containsExactly("last", "3");
    }

    @Test
    void excelUnicodeTextIsUtf16WithTabs() throws IOException {
        byte[] text = "项目名称\t金额\r\n甲\t5亿\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[text.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(text, 0, bytes, 2, text.length);

        SpreadsheetTable table = reader.read(write("unicode.txt", bytes), null, null, null);

        assertThat(table.encoding()).isEqualTo("UTF-16LE (BOM)");
        assertThat(table.delimiter()).isEqualTo('\t');
        assertThat(table.rows().get(0).cells()).containsExactly("甲", "5亿");
    }

    @Test
    void theDelimiterIsTheOneOutsideQuotesInTheHeaderLine() {
        assertThat(SpreadsheetReader.detectDelimiter("\"a,b,c\";d;e\n1,2,3,4,5,6")).isEqualTo(';');
        assertThat(SpreadsheetReader.detectDelimiter("a\tb\n")).isEqualTo('\t');
        assertThat(SpreadsheetReader.detectDelimiter("\n\nname,amount")).isEqualTo(',');
        assertThat(SpreadsheetReader.detectDelimiter("name")).isEqualTo(',');
        assertThat(SpreadsheetReader.detectDelimiter("(单位：亿元)\r\n项目名称;金额\r\n甲;8,2\r\n")).isEqualTo(';');
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheLineWhereTheBrokenRecordStarts() throws IOException {
        Path file = write("q.csv", "a,b\n1,2\n3,\"oops\n4,5\n".getBytes(StandardCharsets.UTF_8));

        ImportProblem problem = problemReading(file, null);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.reason()).isEqualTo("From line 3 on the file cannot be read as CSV: a quote (\") is probably "
                + "not closed. Check that line in a text editor.");
        assertThat(new SpreadsheetReader(Locale.SIMPLIFIED_CHINESE).read(write("ok.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8)),
                null, null, null).rows()).hasSize(1);
        ImportRejectedException zh = catchThrowableOfType(ImportRejectedException.class,
                () -> new SpreadsheetReader(Locale.SIMPLIFIED_CHINESE).read(file, null, null, null));
        assertThat(zh.problems().get(0).reason()).isEqualTo("从第 3 行起无法按 CSV 读取：可能有引号（\"）未闭合。请用文本编辑器检查该行。");
    }

    @Test
    void aPasswordProtectedWorkbookSaysHowToRemoveThePassword() throws Exception {
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("嘉宾").createRow(0).createCell(0).setCellValue("姓名");
            workbook.write(plain);
        }
        Path file = folder.resolve("secret.xlsx");
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
            org.apache.poi.poifs.crypt.Encryptor encryptor = new org.apache.poi.poifs.crypt.EncryptionInfo(
                    org.apache.poi.poifs.crypt.EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("secret");
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(plain.toByteArray());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }

        ImportProblem problem = problemReading(file, null);

        assertThat(problem.reason()).isEqualTo("The workbook secret.xlsx is protected by a password, so it cannot be read. "
                + "In Excel open it with the password, choose File > Info > Protect Workbook > Encrypt with Password, "
                + "clear the password, save, and import it again.");
    }

    @Test
    void anEmptyVisibleSheetNamesTheOtherSheetsHiddenOnesToo() throws IOException {
        Path file = folder.resolve("hidden.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("嘉宾").createRow(0).createCell(0).setCellValue("姓名");
            workbook.createSheet("说明");
            workbook.setSheetHidden(0, true);
            workbook.setActiveSheet(1);
            workbook.write(out);
        }

        assertThat(problemReading(file, null).reason()).isEqualTo("The sheet “说明” of hidden.xlsx is empty. Its other "
                + "sheets are: “嘉宾” (hidden). Name the one that holds the list, e.g. --sheet \"NAME\" (in the window: "
                + "choose the sheet), or unhide it in Excel.");
        assertThat(reader.read(file, null, null, "嘉宾").header().cells()).containsExactly("姓名");
    }

    @Test
    void aTextFileNamedXlsxIsReadAsCsvAndAnEmptyOneSaysItIsEmpty() throws IOException {
        Path csv = write("guests.xlsx", "\uFEFF姓名,单位\r\n张三,南京大学\r\n".getBytes(StandardCharsets.UTF_8));
        Path gb = write("gb.xls", "姓名,单位\r\n李四,东南大学\r\n".getBytes(java.nio.charset.Charset.forName("GB18030")));

        assertThat(reader.read(csv, null, null, null).rows()).containsExactly(new SpreadsheetRow(2, List.of("张三", "南京大学")));
        assertThat(reader.read(gb, null, null, null).rows()).containsExactly(new SpreadsheetRow(2, List.of("李四", "东南大学")));
        assertThat(problemReading(write("zero.xlsx", new byte[0]), null).reason()).startsWith("The file zero.xlsx is empty");
        assertThat(problemReading(write("binary.xlsx", new byte[] {1, 2, 3, 0, (byte) 0x90}), null).reason())
                .startsWith("The file binary.xlsx looks like an Excel workbook but cannot be opened.");
    }

    @Test
    void anEmptyFileHasNoHeaderToReadAndSaysWhatToDo() throws IOException {
        assertThat(problemReading(write("empty.csv", new byte[0]), null).reason())
                .contains("empty.csv", "first row");
        assertThat(problemReading(write("blank.csv", " \r\n,,\r\n".getBytes(StandardCharsets.UTF_8)), null).line())
                .isZero();
    }

    @Test
    void bytesThatAreNeitherUtf8NorGb18030AreGuessedOnlyIfTheGuessDecodes() throws IOException {
        // 0x80 alone is invalid in UTF-8 and in GB18030; Windows-1252 (which ICU may guess) decodes it.
        byte[] bytes = "name,amount\nCaf\u00e9 \u20ac,1\n".getBytes(java.nio.charset.Charset.forName("windows-1252"));

        SpreadsheetTable table = reader.read(write("latin.csv", bytes), null, null, null);

        assertThat(table.encoding()).isNotIn("UTF-8", "GB18030");
        assertThat(table.rows().get(0).cell(0)).isEqualTo("Café €");
    }

    @Test
    void aNamedSheetIsReadAndAMissingOneListsTheSheets() throws IOException {
        Path file = folder.resolve("two.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            workbook.createSheet("First").createRow(0).createCell(0).setCellValue("a");
            var second = workbook.createSheet("Second");
            second.createRow(0).createCell(0).setCellValue("项目名称");
            second.createRow(1).createCell(0).setCellValue(true);
            workbook.write(out);
        }

        SpreadsheetTable table = reader.read(file, null, null, " second ");
        assertThat(table.sheet()).isEqualTo("Second");
        assertThat(table.sheetNames()).containsExactly("First", "Second");
        assertThat(table.rows()).singleElement().extracting(SpreadsheetRow::cells).isEqualTo(List.of("TRUE"));

        assertThat(problemReading(file, "Third").reason()).contains("Third", "“First”, “Second”");
    }

    // ---------------------------------------------------------------------------- helpers

    private Path workbook(String name, TestWorkbooks.Filler filler) throws IOException {
        return TestWorkbooks.write(folder.resolve(name), filler);
    }

    private static Row row(Sheet sheet, int index, Object... values) {
        return TestWorkbooks.row(sheet, index, values);
    }

    private Path csv(String name, Charset charset, String text) throws IOException {
        return write(name, text.getBytes(charset));
    }

    // ------------------------------------------------------------------ 1904 date system

    @Test
    void aWorkbookInThe1904DateSystemReadsItsDatesOnTheDayWritten() throws IOException {
        Path file = workbook("mac.xlsx", w -> {
            TestWorkbooks.use1904Dates(w);
            Sheet sheet = w.createSheet("签约");
            row(sheet, 0, "项目名称", "签约日期", "签约时间");
            Row data = row(sheet, 1, "机器人产业园");
            CellStyle date = w.createCellStyle();
            date.setDataFormat(w.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            // 2020-11-28 is day 42,701 counted from 1904-01-01 (44,163 from 1900).
            data.createCell(1).setCellValue(42701);
            data.getCell(1).setCellStyle(date);
            data.createCell(2).setCellValue(42701.75);
        });

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.rows().get(0).cell(1)).isEqualTo("2020-11-28");
        assertThat(table.dateSerials()).isEqualTo(DateText.Serials.EXCEL_1904);
        assertThat(table.rows().get(0).cell(2)).isEqualTo("42701.75");
        assertThat(DateText.parseWritten(table.rows().get(0).cell(2), table.dateReading()).dateTime())
                .isEqualTo("2020-11-28T18:00");
    }

    @Test
    void aWorkbookInThe1900DateSystemSaysSo() throws IOException {
        Path file = workbook("pc.xlsx", w -> row(w.createSheet("签约"), 0, "项目名称"));

        assertThat(reader.read(file, null, null, null).dateSerials()).isEqualTo(DateText.Serials.EXCEL_1900);
        assertThat(reader.read(write("a.csv", "a\n1\n".getBytes(StandardCharsets.UTF_8)), null, null, null).dateSerials())
                .isEqualTo(DateText.Serials.NONE);
    }

    // ------------------------------------------------------------------------- encodings

    @Test
    void aBig5FileWithAsciiHeadersIsRefusedNamingBig5InsteadOfReadAsGb18030Mojibake() throws IOException {
        Path file = csv("guests-tw.csv", Charset.forName("Big5"),
                "name,title,organisation\r\n王建華,院士,國立臺灣大學\r\n陳美玲,教授,香港中文大學\r\n");

        ImportProblem detected = problemReading(file, null);
        ImportRejectedException forced = catchThrowableOfType(ImportRejectedException.class,
                () -> reader.read(file, Charset.forName("GB18030"), null, null));

        assertThat(detected.line()).isEqualTo(2);
        assertThat(detected.reason()).startsWith("The file guests-tw.csv does not read correctly as GB18030: line 2 reads “")
                .contains("It reads cleanly as Big5 (its first line with Chinese reads “王建華,院士,國立臺灣大學”)",
                        "Import it again with --encoding Big5");
        assertThat(forced.problems()).singleElement().extracting(ImportProblem::reason).asString()
                .contains("--encoding Big5");
        SpreadsheetTable big5 = reader.read(file, Charset.forName("Big5"), null, null);
        assertThat(big5.rows().get(0).cells()).containsExactly("王建華", "院士", "國立臺灣大學");
        ImportRejectedException zh = catchThrowableOfType(ImportRejectedException.class,
                () -> new SpreadsheetReader(Locale.SIMPLIFIED_CHINESE).read(file, null, null, null));
        assertThat(zh.problems().get(0).reason()).contains("按 Big5（含中文的第一行读作“王建華,院士,國立臺灣大學”）可以正确读取", "--encoding Big5");
    }

    @Test
    void gb18030AndUtf8FilesReadAsBefore() throws IOException {
        Path gb = csv("gb.csv", Charset.forName("GB18030"), "姓名,单位\r\n王建华,南京大学\r\n");
        Path utf8 = csv("utf8.csv", StandardCharsets.UTF_8, "姓名,单位\n王建华,南京大学\n");

        assertThat(reader.read(gb, null, null, null).encoding()).isEqualTo("GB18030");
        assertThat(reader.read(gb, null, null, null).rows().get(0).cells()).containsExactly("王建华", "南京大学");
        assertThat(reader.read(utf8, null, null, null).encoding()).isEqualTo("UTF-8");
    }

    @Test
    void replacementCharactersLeftByAnEarlierConversionAreRefusedAtTheirLine() throws IOException {
        Path file = csv("lost.csv", StandardCharsets.UTF_8, "姓名,单位\n王建华,南京大学\n李\uFFFD,东南大学\n");

        ImportProblem problem = problemReading(file, null);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.reason()).contains("lost.csv holds “\uFFFD” on line 3", "no encoding brings it back");
    }

    @Test
    void aUtf8FileWithALinePastedFromAnotherEncodingIsRefusedAtThatLine() throws IOException {
        byte[] head = "姓名,单位\n王建华,南京大学\n李明,东南大学\n".getBytes(StandardCharsets.UTF_8);
        byte[] pasted = "张三,江苏省工业和信息化厅\n".getBytes(Charset.forName("GB18030"));
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + pasted.length);
        System.arraycopy(pasted, 0, bytes, head.length, pasted.length);

        ImportProblem problem = problemReading(write("mixed.csv", bytes), null);

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.reason()).startsWith("The file mixed.csv is UTF-8 text up to line 4, where bytes follow that are not UTF-8");
    }

    // -------------------------------------------------------------------- merged data cells

    @Test
    void aCellMergedDownOverDataRowsBelongsToEveryRowItSpans() throws IOException {
        Path file = workbook("merged.xlsx", w -> {
            Sheet sheet = w.createSheet("签约");
            row(sheet, 0, "项目名称", "区域", "金额");
            row(sheet, 1, "机器人产业园", "江宁区", "5亿元");
            row(sheet, 2, "智能装备基地", null, "3亿元");
            row(sheet, 3, "工业互联网平台", "浦口区", "2亿元");
            sheet.createRow(4);
            row(sheet, 5, "传感器项目", "溧水区", "1亿元");
            sheet.addMergedRegion(new CellRangeAddress(1, 2, 1, 1));
            // Merged over an empty row: that row stays empty.
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 1, 1));
        });

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.rows()).extracting(SpreadsheetRow::line, r -> r.cell(1)).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "江宁区"), org.assertj.core.groups.Tuple.tuple(3, "江宁区"),
                org.assertj.core.groups.Tuple.tuple(4, "浦口区"), org.assertj.core.groups.Tuple.tuple(6, "溧水区"));
        assertThat(table.mergedCells()).containsExactlyInAnyOrder(
                new SpreadsheetTable.MergedCell(2, 3, 1, 1, "江宁区"), new SpreadsheetTable.MergedCell(4, 5, 1, 1, "浦口区"));
    }

    @Test
    void aBlockMergedDownAndAcrossGivesItsTextToEachRowInItsFirstColumnAndTheMergedHeaderStillWorks() throws IOException {
        Path file = workbook("block.xlsx", w -> {
            Sheet sheet = w.createSheet("嘉宾");
            row(sheet, 0, "姓名", "联系方式", null, "备注");
            row(sheet, 1, null, "电话", "邮箱", null);
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 0, 0));
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 1, 2));
            sheet.addMergedRegion(new CellRangeAddress(0, 1, 3, 3));
            row(sheet, 2, "张三", "13800000000", "zs@example.com", "同一单位");
            row(sheet, 3, "李四", "13900000000", "ls@example.com", null);
            sheet.addMergedRegion(new CellRangeAddress(2, 3, 3, 4));
        });

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.header().cells()).containsExactly("姓名", "电话", "邮箱", "备注");
        assertThat(table.rows()).extracting(r -> r.cell(3)).containsExactly("同一单位", "同一单位");
        assertThat(table.rows()).extracting(r -> r.cell(4)).containsExactly("", "");
        assertThat(table.rowProblems()).isEmpty();
    }

    // ------------------------------------------------------------------- cell counts

    @Test
    void aRowWithFewerCellsThanTheHeaderIsRefusedNamingBothCounts() throws IOException {
        Path file = csv("short.csv", StandardCharsets.UTF_8,
                "姓名,单位,职务\n张三,南京大学,教授\n王建华,院士\n李四,东南大学,研究员,多的\n赵六,,\n");

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.rowProblems().keySet()).containsExactly(3, 4);
        assertThat(table.problemOf(table.rows().get(1)).orElseThrow().reason()).isEqualTo("This row has 2 cells but the header "
                + "has 3, so its cells cannot be matched to the columns: “院士” would be read as “单位”. Add the missing cells "
                + "where values are missing (an empty cell is one more comma).");
        assertThat(table.problemOf(table.rows().get(2)).orElseThrow().reason()).startsWith("This row has 4 cells but the header has 3");
        assertThat(table.problemOf(table.rows().get(0))).isEmpty();
        assertThat(table.problemOf(table.rows().get(3))).isEmpty();
    }

    @Test
    void trailingBlankLinesAndLinesOfOnlyCommasAreIgnoredAndQuotedLineBreaksKeepTheirLines() throws IOException {
        Path file = csv("quoted.csv", StandardCharsets.UTF_8, "姓名,单位,备注\r\n"
                + "张三,\"南京大学 \"\"双一流\"\"\",\"第一行\r\n第二行\"\r\n"
                + ",,\r\n"
                + "王建华,院士\r\n"
                + ",,\r\n\r\n \r\n");

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.rows()).extracting(SpreadsheetRow::line).containsExactly(2, 5);
        assertThat(table.rows().get(0).cells()).containsExactly("张三", "南京大学 \"双一流\"", "第一行\r\n第二行");
        assertThat(table.rowProblems().keySet()).containsExactly(5);
    }

    @Test
    void aWorkbookRowIsShortWhenItsLastCellsAreEmptyButNotWhenLong() throws IOException {
        Path file = workbook("cells.xlsx", w -> {
            Sheet sheet = w.createSheet("嘉宾");
            row(sheet, 0, "姓名", "单位", "职务");
            row(sheet, 1, "张三");
            row(sheet, 2, "李四", "东南大学", "教授", "多的");
        });

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.rowProblems().keySet()).containsExactly(3);
    }

    // ------------------------------------------------------------------- title rows

    @Test
    void aTitleRowAboveTheHeaderIsKeptAsTextNotTakenForTheHeader() throws IOException {
        Path file = csv("unit.csv", StandardCharsets.UTF_8,
                "2020世界智能制造大会签约项目,,,\n(单位：亿元),,,\n序号,项目名称,区域,金额\n1,机器人产业园,江宁区,8.2\n2,智能装备基地,浦口区,1.8\n");

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.header().line()).isEqualTo(3);
        assertThat(table.header().cells()).containsExactly("序号", "项目名称", "区域", "金额");
        assertThat(table.titles()).containsExactly("2020世界智能制造大会签约项目", "(单位：亿元)");
        assertThat(table.titleRows()).extracting(SpreadsheetRow::line).containsExactly(1, 2);
        assertThat(table.rows()).extracting(SpreadsheetRow::line).containsExactly(4, 5);
        assertThat(table.rowProblems()).isEmpty();
    }

    @Test
    void aTitleInAWorkbookCellAboveTheHeaderIsATitleToo() throws IOException {
        Path file = workbook("unit.xlsx", w -> {
            Sheet sheet = w.createSheet("签约");
            row(sheet, 0, null, null, "(单位：亿元)");
            row(sheet, 1, "项目名称", "区域", "金额");
            row(sheet, 2, "机器人产业园", "江宁区", 8.2);
        });

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.titles()).containsExactly("(单位：亿元)");
        assertThat(table.header().cells()).containsExactly("项目名称", "区域", "金额");
        assertThat(table.rows()).singleElement().extracting(r -> r.cell(2)).isEqualTo("8.2");
    }

    @Test
    void aListOfOneColumnHasNoTitleRows() throws IOException {
        SpreadsheetTable names = reader.read(csv("names.csv", StandardCharsets.UTF_8, "姓名\n张三\n李四\n王五,院士\n赵六\n"),
                null, null, null);
        SpreadsheetTable plain = reader.read(csv("plain.csv", StandardCharsets.UTF_8, "姓名,单位\n张三\n"), null, null, null);

        assertThat(names.header().cells()).containsExactly("姓名");
        assertThat(names.titleRows()).isEmpty();
        assertThat(plain.header().cells()).containsExactly("姓名", "单位");
        assertThat(plain.rowProblems().keySet()).containsExactly(2);
    }

    // ------------------------------------------------------------------- formulas

    @Test
    void aFormulaWithoutASavedResultIsFlaggedAndCalculatedOneWithAResultIsNot() throws IOException {
        Path file = workbook("sum.xlsx", w -> {
            Sheet sheet = w.createSheet("签约");
            row(sheet, 0, "项目名称", "区域", "金额（亿元）");
            row(sheet, 1, "机器人产业园", "江宁区", 8);
            row(sheet, 2, "智能装备基地", "江宁区", 2);
            Row saved = row(sheet, 3, "小计", "江宁区");
            saved.createCell(2).setCellFormula("C2+C3");
            w.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(saved.getCell(2));
            Row total = row(sheet, 4, "合计");
            total.createCell(2).setCellFormula("SUM(C2:C3)");
        });

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.rows()).extracting(SpreadsheetRow::hasFormulaWithoutResult).containsExactly(false, false, false, true);
        assertThat(table.rows().get(3).formulasWithoutResult()).containsExactly(2);
        assertThat(table.rows().get(3).cell(2)).isEqualTo("10");
        assertThat(table.rows().get(2).cell(2)).isEqualTo("10");
    }

    // ------------------------------------------------------------------- hidden sheets

    @Test
    void hiddenSheetsAreReadOnlyWhenNamedAndListedWhenASheetIsNotFound() throws IOException {
        Path file = workbook("hidden-first.xlsx", w -> {
            row(w.createSheet("旧数据"), 0, "项目名称", "金额").getSheet().createRow(1).createCell(0).setCellValue("旧项目");
            row(w.createSheet("签约"), 0, "项目名称", "金额").getSheet().createRow(1).createCell(0).setCellValue("新项目");
            row(w.createSheet("Lists"), 0, "区域");
            w.setSheetHidden(0, true);
            w.setSheetVisibility(2, org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            w.setActiveSheet(1);
            w.setFirstVisibleTab(1);
        });

        SpreadsheetTable table = reader.read(file, null, null, null);

        assertThat(table.sheet()).isEqualTo("签约");
        assertThat(table.rows().get(0).cell(0)).isEqualTo("新项目");
        assertThat(table.sheetNames()).containsExactly("签约");
        assertThat(table.hiddenSheetNames()).containsExactly("旧数据", "Lists");
        assertThat(reader.read(file, null, null, "旧数据").rows().get(0).cell(0)).isEqualTo("旧项目");
        assertThat(reader.read(file, null, null, " lists ").sheet()).isEqualTo("Lists");
        assertThat(problemReading(file, "2021").reason()).isEqualTo("The workbook hidden-first.xlsx has no sheet named “2021”. "
                + "Its sheets are: “旧数据” (hidden), “签约”, “Lists” (hidden).");
    }

    @Test
    void aWorkbookWithOnlyHiddenSheetsNamesThem() throws IOException {
        Path file = workbook("all-hidden.xlsx", w -> {
            row(w.createSheet("嘉宾"), 0, "姓名");
            w.createSheet("说明");
            w.setActiveSheet(1);
            w.setSheetHidden(0, true);
            w.setSheetHidden(1, true);
        });

        assertThat(problemReading(file, null).reason()).startsWith("The workbook all-hidden.xlsx has no visible sheet; "
                + "its sheets are: “嘉宾” (hidden), “说明” (hidden).");
    }

    // ------------------------------------------------------------------- broken files

    @Test
    void aFileThatCannotBeReadToItsEndGetsEveryProblemBeforeTheBreak() throws IOException {
        Path file = csv("guests.csv", StandardCharsets.UTF_8, "姓名,单位,职务\n"
                + "张三,南京大学,教授\n"
                + "王建华,院士\n"
                + "\"李四\",\"东南大学\n(四牌楼校区)\",研究员\n"
                + "赵六,江苏大学,教授,多的\n"
                + "钱七,南京大学,\"教授\n");

        IncompleteFileException e = catchThrowableOfType(IncompleteFileException.class, () -> reader.read(file, null, null, null));

        assertThat(e.problems()).extracting(ImportProblem::line).containsExactly(3, 6, 7);
        assertThat(e.problems().get(2).reason()).startsWith("From line 7 on the file cannot be read as CSV");
        assertThat(e.breakProblem().line()).isEqualTo(7);
        assertThat(e.readSoFar().rows()).extracting(SpreadsheetRow::line).containsExactly(2, 3, 4, 6);
        assertThat(e.readSoFar().header().cells()).containsExactly("姓名", "单位", "职务");
    }

    @Test
    void aFileBrokenBeforeItsHeaderHasNothingReadSoFar() throws IOException {
        IncompleteFileException e = catchThrowableOfType(IncompleteFileException.class,
                () -> reader.read(csv("q.csv", StandardCharsets.UTF_8, "\n\"姓名,单位\n张三,南京大学\n"), null, null, null));

        assertThat(e.readSoFar()).isNull();
        assertThat(e.problems()).singleElement().extracting(ImportProblem::line).isEqualTo(2);
    }
}
