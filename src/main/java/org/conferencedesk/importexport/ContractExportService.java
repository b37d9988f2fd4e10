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
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractWithRunningTotal;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Exports an event's contracts in signing order to CSV or XLSX, with the running total.
 *
 * <p>CSV: UTF-8 with a BOM (so Excel shows Chinese), CRLF line ends, RFC 4180 quoting, amounts
 * as plain yuan ({@code 53630000000.00}), dates ISO ({@code 2020-11-28}). A text cell that starts
 * with {@code = + - @}, a tab or a carriage return gets a leading apostrophe so that a spreadsheet
 * does not run it as a formula (OWASP "CSV injection"); the importer removes that apostrophe again.
 *
 * <p>XLSX: one sheet, bold frozen header row, amounts as numeric cells formatted
 * {@code #,##0.00}, signed-on as date cells. XLSX keeps numbers as IEEE doubles, so amounts are
 * exact to the fen only up to 2^53 fen (about 90 trillion yuan); every real contract is far below,
 * but the CSV export is the exact one.
 *
 * <p>The headers are in the language asked (English by default) and are headers the importer
 * recognises, so an exported file imports back to the same contracts.
 */
public final class ContractExportService {

    private static final List<ContractField> COLUMNS = List.of(ContractField.SIGNING_ORDER,
            ContractField.PROJECT_NAME, ContractField.INVESTOR, ContractField.PARTNER, ContractField.SECTOR,
            ContractField.DISTRICT, ContractField.AMOUNT, ContractField.CURRENCY, ContractField.STATUS,
            ContractField.SIGNED_ON, ContractField.NOTE);

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** Column widths in characters, in {@link #COLUMNS} order, then the running total. */
    private static final int[] WIDTHS = {8, 40, 30, 30, 16, 14, 20, 8, 10, 12, 30, 22};

    private final ContractService contracts;

    /** Creates the service over the ledger it exports. */
    public ContractExportService(ContractService contracts) {
        this.contracts = contracts;
    }

    /**
     * Writes the event's contracts to {@code out} with English headers: CSV (UTF-8 with BOM) if its
     * name ends in .csv, XLSX if .xlsx.
     *
     * @return the number of contracts written
     * @throws IllegalArgumentException for any other file name ending
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public int export(long eventId, Path out) {
        return export(eventId, out, Locale.ENGLISH);
    }

    /**
     * Writes the event's contracts in signing order to {@code out}, headers and status words in
     * {@code locale}'s language (Chinese or English). The file is written beside {@code out} and
     * moved into place at the end, so a failed export leaves no half-written file.
     *
     * @return the number of contracts written
     * @throws IllegalArgumentException if the name ends neither in .csv nor in .xlsx
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public int export(long eventId, Path out, Locale locale) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            throw new IllegalArgumentException("Export to a file ending in .csv or .xlsx, not " + out.getFileName());
        }
        Messages messages = Messages.of("importexport", locale);
        List<ContractWithRunningTotal> rows = contracts.listWithRunningTotals(eventId);
        Path absolute = out.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                if (csv) {
                    writeCsv(rows, stream, messages);
                } else {
                    writeXlsx(rows, stream, messages);
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The original error is the one the user needs.
            }
            throw new UncheckedIOException("Cannot write " + absolute + ": " + e.getMessage(), e);
        }
        return rows.size();
    }

    /** The header texts in {@code messages}' language, running total last. */
    static List<String> headers(Messages messages) {
        List<String> headers = new ArrayList<>();
        for (ContractField field : COLUMNS) {
            headers.add(messages.get("export.header." + field.jsonName()));
        }
        headers.add(messages.get("export.header.runningTotal"));
        return headers;
    }

    private static void writeCsv(List<ContractWithRunningTotal> rows, OutputStream stream, Messages messages)
            throws IOException {
        stream.write(UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        CSVFormat format = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();
        CSVPrinter printer = new CSVPrinter(writer, format);
        printer.printRecord(headers(messages));
        for (ContractWithRunningTotal row : rows) {
            Contract c = row.contract();
            printer.printRecord(
                    c.signingOrder() == null ? "" : c.signingOrder().toString(),
                    harmless(c.projectName()),
                    harmless(c.investor()),
                    harmless(c.partner()),
                    harmless(c.sector()),
                    harmless(c.district()),
                    c.amount().toPlainString(),
                    c.currency(),
                    messages.get("export.status." + c.status().name()),
                    c.signedOn() == null ? "" : c.signedOn().toString(),
                    harmless(c.note()),
                    row.runningTotal() == null ? "" : row.runningTotal().toPlainString());
        }
        printer.flush();
        writer.flush();
    }

    /**
     * {@code text} made harmless for a spreadsheet: a leading apostrophe before {@code = + - @},
     * tab or carriage return (OWASP CSV injection); null becomes "".
     */
    public static String harmless(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static void writeXlsx(List<ContractWithRunningTotal> rows, OutputStream stream, Messages messages)
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

            Sheet sheet = workbook.createSheet(messages.get("export.sheet"));
            sheet.createFreezePane(0, 1);
            List<String> headers = headers(messages);
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(headerStyle);
            }
            int r = 1;
            for (ContractWithRunningTotal row : rows) {
                Contract c = row.contract();
                Row line = sheet.createRow(r++);
                if (c.signingOrder() != null) {
                    line.createCell(0).setCellValue(c.signingOrder());
                }
                text(line, 1, c.projectName());
                text(line, 2, c.investor());
                text(line, 3, c.partner());
                text(line, 4, c.sector());
                text(line, 5, c.district());
                number(line, 6, c.amount(), amountStyle);
                text(line, 7, c.currency());
                text(line, 8, messages.get("export.status." + c.status().name()));
                if (c.signedOn() != null) {
                    Cell date = line.createCell(9);
                    date.setCellValue(c.signedOn());
                    date.setCellStyle(dateStyle);
                }
                text(line, 10, c.note());
                if (row.runningTotal() != null) {
                    number(line, 11, row.runningTotal(), amountStyle);
                }
            }
            workbook.write(stream);
        }
    }

    private static void text(Row row, int column, String text) {
        if (text != null && !text.isEmpty()) {
            row.createCell(column).setCellValue(text);
        }
    }

    /** XLSX stores numbers as doubles: the conversion happens here, at the last step, and nowhere else. */
    private static void number(Row row, int column, BigDecimal yuan, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(yuan.doubleValue());
        cell.setCellStyle(style);
    }
}
