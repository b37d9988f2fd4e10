package org.conferencedesk.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes the sample files derived from {@code docs/samples/wimc-2020-signing-ceremony.csv} (the
 * one authored by hand): its XLSX and GB18030 copies, and the test fixtures (UTF-8 without BOM,
 * semicolon- and tab-delimited). Run it after changing the sample, then commit the files:
 *
 * <pre>mvn -o -q test -Dtest=SampleFilesWriter -Dsamples.write=true</pre>
 */
class SampleFilesWriter {

    static final Path SAMPLES = Path.of("docs/samples");
    static final Path SAMPLE_CSV = SAMPLES.resolve("wimc-2020-signing-ceremony.csv");
    static final Path FIXTURES = Path.of("src/test/resources/importexport");

    @Test
    @EnabledIfSystemProperty(named = "samples.write", matches = "true")
    void writeSampleFiles() throws IOException {
        SpreadsheetTable sample = new SpreadsheetReader(Locale.ENGLISH).read(SAMPLE_CSV, null, null, null);

        Files.write(SAMPLES.resolve("wimc-2020-signing-ceremony-gb18030.csv"),
                csv(sample, ',').getBytes(Charset.forName("GB18030")));
        Files.write(FIXTURES.resolve("wimc-2020-utf8-no-bom.csv"), csv(sample, ',').getBytes(StandardCharsets.UTF_8));
        Files.write(FIXTURES.resolve("wimc-2020-semicolon.csv"), csv(sample, ';').getBytes(StandardCharsets.UTF_8));
        Files.write(FIXTURES.resolve("wimc-2020-tab.txt"), csv(sample, '\t').getBytes(StandardCharsets.UTF_8));
        writeXlsx(sample, SAMPLES.resolve("wimc-2020-signing-ceremony.xlsx"));
    }

    private static String csv(SpreadsheetTable table, char delimiter) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out,
                CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get())) {
            printer.printRecord(table.header().cells());
            for (SpreadsheetRow row : table.rows()) {
                printer.printRecord(row.cells());
            }
        }
        return out.toString();
    }

    /** Like an organiser's workbook: numbers in 序号, the amounts as written, real date cells, a notes sheet. */
    private static void writeXlsx(SpreadsheetTable table, Path file) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("签约项目");
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            List<String> headers = table.header().cells();
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(headerStyle);
            }
            int r = 1;
            for (SpreadsheetRow row : table.rows()) {
                Row out2 = sheet.createRow(r++);
                for (int c = 0; c < headers.size(); c++) {
                    String text = row.cell(c);
                    if (text.isEmpty()) {
                        continue;
                    }
                    Cell cell = out2.createCell(c);
                    switch (headers.get(c)) {
                        case "序号" -> cell.setCellValue(Integer.parseInt(text));
                        case "签约日期" -> {
                            cell.setCellValue(LocalDate.of(2020, 11, 28));
                            cell.setCellStyle(dateStyle);
                        }
                        default -> cell.setCellValue(text);
                    }
                }
            }
            int[] widths = {6, 32, 30, 32, 14, 10, 14, 8, 16, 20};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            Sheet notes = workbook.createSheet("说明");
            notes.createRow(0).createCell(0).setCellValue("2020世界智能制造大会闭幕式现场签约项目30个，总金额536.3亿元。");
            workbook.write(out);
        }
    }
}
