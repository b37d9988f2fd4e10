package org.conferencedesk.bench;

import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the big import files of the memory benchmark (docs/BENCHMARKS.md, issue 9 §6):
 * {@code ImportFiles guests|contracts ROWS FILE.csv}. Guests as {@link GuestImportBenchmark} writes
 * them (seed 2020), contracts as {@link ContractImportBenchmark} does. A {@code FILE.xlsx} gets the
 * same rows as an Excel workbook with its texts in a shared-strings table, as Excel saves them.
 * {@code mvn -B -q -o -Pbench test-compile exec:exec -Dbench.main=org.conferencedesk.bench.ImportFiles -Dbench="guests 100000 /tmp/g.csv"}
 */
public final class ImportFiles {

    private ImportFiles() {
    }

    public static void main(String[] args) throws Exception {
        int rows = Integer.parseInt(args[1]);
        Path out = Path.of(args[2]);
        boolean workbook = out.getFileName().toString().endsWith(".xlsx");
        Path csv = workbook ? Files.createTempFile("rows", ".csv") : out;
        Path plain = Files.createTempFile("plain", ".csv");
        if ("guests".equals(args[0])) {
            GuestImportBenchmark.writeFiles(csv, plain, rows, new Random(2020));
        } else {
            ContractImportBenchmark.writeFiles(csv, plain, rows);
        }
        Files.delete(plain);
        if (workbook) {
            toWorkbook(csv, out);
            Files.delete(csv);
        }
        System.out.println("Wrote " + rows + " " + args[0] + " to " + out + " (" + Files.size(out) / 1024 / 1024 + " MiB)");
    }

    /** The rows of a UTF-8 CSV file (a BOM dropped) as the one sheet of a workbook, 200 rows in memory at a time. */
    private static void toWorkbook(Path csv, Path out) throws Exception {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().get().parse(in);
             SXSSFWorkbook workbook = new SXSSFWorkbook(null, 200, false, true);
             OutputStream file = Files.newOutputStream(out)) {
            Sheet sheet = workbook.createSheet("Sheet1");
            int r = 0;
            for (CSVRecord record : parser) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    String value = r == 1 && c == 0 ? record.get(c).replace("\uFEFF", "") : record.get(c);
                    if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(file);
            workbook.dispose();
        }
    }
}
