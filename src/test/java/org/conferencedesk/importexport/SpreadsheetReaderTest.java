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
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpreadsheetReaderTest {

    @TempDir
    Path folder;

    private final SpreadsheetReader reader = new SpreadsheetReader(Locale.ENGLISH);

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
}
