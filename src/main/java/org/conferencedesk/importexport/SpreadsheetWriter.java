package org.conferencedesk.importexport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Writes records to CSV or XLSX, the same way for every record type.
 *
 * <p>CSV: UTF-8 with a BOM (so Excel shows Chinese), CRLF line ends, RFC 4180 quoting. Text exactly
 * as stored, except that a cell starting with {@code = + - @}, their full-width forms
 * {@code ＝ ＋ － ＠} (which Excel on a Chinese system also takes for a formula), a TAB or a CR gets a
 * leading apostrophe so that a spreadsheet does not run it (OWASP "CSV injection"), and so does a
 * cell that already starts with an apostrophe followed by one of those or by another apostrophe, so
 * that the importer, which removes one such apostrophe ({@link CellReader#text}), gives back exactly
 * what was stored. Amounts as plain yuan ({@code 53630000000.00}), dates ISO, times local.
 *
 * <p>XLSX (POI's streaming {@link SXSSFWorkbook}, 200 rows in memory): one sheet, bold frozen header
 * row, text cells (no formula runs from a text cell; only the importer's apostrophe is protected),
 * amounts as {@code #,##0.00} number cells (exact to the fen below 2^53 fen, about 90 trillion yuan),
 * dates and times as date cells.
 *
 * <p>The file is written beside its name ({@code NAME.part}) and moved into place at the end, so a
 * failed export leaves no half-written file and the previous file, if any, untouched. Thread-safe.
 */
public final class SpreadsheetWriter {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetWriter() {
    }

    /**
     * Writes {@code rows} to {@code out}: CSV if its name ends in .csv, XLSX if .xlsx.
     *
     * @param sheet the XLSX sheet's name
     * @param locale the language of the error sentence
     * @return the number of rows written
     * @throws IllegalArgumentException if the name ends neither in .csv nor in .xlsx
     * @throws UncheckedIOException if the file cannot be written; its message says which file, why and
     *         what to do, in {@code locale}'s language
     */
    public static <R> int write(Path out, List<ExportColumn<R>> columns, Iterable<R> rows, String sheet, Locale locale) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            throw new IllegalArgumentException("Export to a file ending in .csv or .xlsx, not " + out.getFileName());
        }
        Messages messages = Messages.of("importexport", locale);
        Path absolute = out.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
        int written;
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                written = csv ? writeCsv(columns, rows, stream) : writeXlsx(columns, rows, stream, sheet);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The original error is the one the user needs.
            }
            throw new UncheckedIOException(messages.get("export.cannotWrite", absolute, reason(e, messages)), e);
        }
        return written;
    }

    /** Why a file could not be written, in the user's words (Java's own are a bare path or English). */
    private static String reason(IOException e, Messages messages) {
        if (e instanceof java.nio.file.AccessDeniedException) {
            return messages.get("io.accessDenied");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return messages.get("io.noSuchFolder");
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            return messages.get("io.notAFolder");
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * {@code text} made harmless for a spreadsheet and safe to read back: a leading apostrophe before
     * {@code = + - @ ＝ ＋ － ＠}, TAB or CR, and before an apostrophe that is followed by one of those or
     * by another apostrophe; null becomes "".
     */
    public static String harmless(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        if (isFormulaStart(first)) {
            return "'" + text;
        }
        if (first == '\'' && text.length() > 1 && (isFormulaStart(text.charAt(1)) || text.charAt(1) == '\'')) {
            return "'" + text;
        }
        return text;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r'
                || c == '＝' || c == '＋' || c == '－' || c == '＠';
    }

    /** A local time as written in a file: {@code 2020-11-26 09:30}, seconds and fractions only when not zero. */
    static String localTime(LocalDateTime local) {
        return local.toLocalDate() + " " + local.toLocalTime();
    }

    private static <R> String csvCell(ExportColumn<R> column, Object value) {
        if (value == null) {
            return "";
        }
        return switch (column.kind()) {
            case TEXT -> harmless((String) value);
            case WORD -> harmless(value.toString());
            case WHOLE_NUMBER -> value.toString();
            case AMOUNT -> ((BigDecimal) value).toPlainString();
            case DATE -> value.toString();
            case DATE_TIME -> localTime((LocalDateTime) value);
        };
    }

    private static <R> int writeCsv(List<ExportColumn<R>> columns, Iterable<R> rows, OutputStream stream) throws IOException {
        stream.write(UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(columns.stream().map(ExportColumn::header).toList());
        int count = 0;
        List<String> cells = new ArrayList<>(columns.size());
        for (R row : rows) {
            cells.clear();
            for (ExportColumn<R> column : columns) {
                cells.add(csvCell(column, column.value().apply(row)));
            }
            printer.printRecord(cells);
            count++;
        }
        printer.flush();
        writer.flush();
        return count;
    }

    private static <R> int writeXlsx(List<ExportColumn<R>> columns, Iterable<R> rows, OutputStream stream, String sheetName)
            throws IOException {
        // Streaming: only 200 rows in memory; close() also deletes SXSSF's temporary files.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle amountStyle = workbook.createCellStyle();
            amountStyle.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            CellStyle timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Sheet sheet = workbook.createSheet(sheetName);
            sheet.createFreezePane(0, 1);
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                sheet.setColumnWidth(i, columns.get(i).width() * 256);
                Cell cell = header.createCell(i);
                cell.setCellValue(columns.get(i).header());
                cell.setCellStyle(headerStyle);
            }
            int r = 1;
            for (R row : rows) {
                Row line = sheet.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    ExportColumn<R> column = columns.get(i);
                    Object value = column.value().apply(row);
                    if (value == null || value instanceof String text && text.isEmpty()) {
                        continue;
                    }
                    Cell cell = line.createCell(i);
                    switch (column.kind()) {
                        case TEXT, WORD -> {
                            String text = value.toString();
                            // No formula runs from a text cell; only the apostrophe the importer removes is protected.
                            cell.setCellValue(text.startsWith("'") ? harmless(text) : text);
                        }
                        case WHOLE_NUMBER -> cell.setCellValue(((Number) value).doubleValue());
                        case AMOUNT -> {
                            // XLSX stores numbers as doubles: the conversion happens here, at the last step, and nowhere else.
                            cell.setCellValue(((BigDecimal) value).doubleValue());
                            cell.setCellStyle(amountStyle);
                        }
                        case DATE -> {
                            cell.setCellValue((LocalDate) value);
                            cell.setCellStyle(dateStyle);
                        }
                        case DATE_TIME -> {
                            cell.setCellValue((LocalDateTime) value);
                            cell.setCellStyle(timeStyle);
                        }
                        default -> throw new IllegalStateException(column.kind().name());
                    }
                }
            }
            workbook.write(stream);
            return r - 1;
        }
    }
}
