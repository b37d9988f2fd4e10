package org.conferencedesk.importexport;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Workbooks written with POI in a test, for the readers and imports to read back. */
public final class TestWorkbooks {

    /** Fills a new workbook. */
    @FunctionalInterface
    public interface Filler {
        void fill(XSSFWorkbook workbook);
    }

    private TestWorkbooks() {
    }

    /** Writes a workbook filled by {@code filler} to {@code file} and returns the file. */
    public static Path write(Path file, Filler filler) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            filler.fill(workbook);
            workbook.write(out);
        }
        return file;
    }

    /** Row {@code index} of {@code sheet} with text and number cells; a null leaves its cell out. */
    public static Row row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int c = 0; c < values.length; c++) {
            if (values[c] instanceof Number n) {
                row.createCell(c).setCellValue(n.doubleValue());
            } else if (values[c] != null) {
                row.createCell(c).setCellValue(values[c].toString());
            }
        }
        return row;
    }

    /** Makes {@code workbook} count dates in Excel's 1904 system (as old Mac workbooks do). */
    public static void use1904Dates(XSSFWorkbook workbook) {
        var properties = workbook.getCTWorkbook().isSetWorkbookPr() ? workbook.getCTWorkbook().getWorkbookPr()
                : workbook.getCTWorkbook().addNewWorkbookPr();
        properties.setDate1904(true);
    }
}
