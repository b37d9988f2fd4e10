package org.conferencedesk.importexport;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
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
import org.conferencedesk.events.Event;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Exports an event's guests (in the order they were added) to CSV or XLSX, one column per
 * {@link GuestField}, headers and choices (category, attendance, invitation status) in the user's
 * language; the importer ({@link GuestImportService}) reads such a file back to the same values.
 *
 * <p>CSV: UTF-8 with a BOM (so Excel shows Chinese), CRLF line ends, RFC 4180 quoting. Text exactly
 * as stored, except that a cell starting with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe so a spreadsheet does not run it as a formula (as
 * {@link ContractExportService#harmless}; OWASP "CSV injection"), and so does a cell that already
 * starts with an apostrophe followed by one of those or another apostrophe, so the importer, which
 * removes one such apostrophe, gives back exactly what was stored. Check-in times as local time
 * in the event's zone (Asia/Shanghai by default): {@code 2020-11-26 09:30}, with seconds and
 * fractions only when they are not zero.
 *
 * <p>XLSX: one sheet, bold frozen header row, text cells, check-in times as real date-time cells
 * ({@code yyyy-mm-dd hh:mm:ss}) in the event's zone (Excel keeps milliseconds at most).
 */
public final class GuestExportService {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int[] WIDTHS = {16, 20, 24, 36, 14, 16, 8, 10, 12, 18, 28, 18, 12, 40};

    private final GuestService guests;
    private final EventService events;

    /**
     * @param guests the guest list exported
     * @param events the events (for their time zone)
     */
    public GuestExportService(GuestService guests, EventService events) {
        this.guests = guests;
        this.events = events;
    }

    /**
     * Writes the event's guests to {@code out}: CSV (UTF-8 with BOM) if its name ends in .csv, XLSX
     * if .xlsx, headers and choices in {@code locale}'s language (Chinese or English). The file is
     * written beside {@code out} and moved into place at the end, so a failed export leaves no
     * half-written file.
     *
     * @return the number of guests written
     * @throws IllegalArgumentException if the name ends neither in .csv nor in .xlsx
     * @throws UncheckedIOException if the file cannot be written; its message says which file, why and
     *         what to do, in {@code locale}'s language
     */
    public int export(long eventId, Path out, Locale locale) {
        String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            throw new IllegalArgumentException("Export to a file ending in .csv or .xlsx, not " + out.getFileName());
        }
        Messages words = Messages.of("guests", locale);
        Messages messages = Messages.of("importexport", locale);
        ZoneId zone = events.find(eventId).map(Event::timeZone).orElse(Event.DEFAULT_TIME_ZONE);
        List<Guest> rows = guests.list(eventId);
        Path absolute = out.toAbsolutePath();
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            if (absolute.getParent() != null) {
                Files.createDirectories(absolute.getParent());
            }
            try (OutputStream stream = Files.newOutputStream(temporary)) {
                if (csv) {
                    writeCsv(rows, stream, words, zone);
                } else {
                    writeXlsx(rows, stream, words, messages, zone);
                }
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The original error is the one the user needs.
            }
            throw new UncheckedIOException(messages.get("guest.export.cannotWrite", absolute, reason(e, messages)), e);
        }
        return rows.size();
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

    /** The header texts in {@code locale}'s language, one per {@link GuestField}, in field order. */
    public static List<String> headers(Locale locale) {
        Messages words = Messages.of("guests", locale);
        List<String> headers = new ArrayList<>();
        for (GuestField field : GuestField.values()) {
            headers.add(words.get("field." + field.jsonName()));
        }
        return headers;
    }

    /**
     * {@code text} made harmless for a spreadsheet and safe to read back: a leading apostrophe
     * before {@code = + - @}, tab or carriage return, and before an apostrophe that is followed by
     * one of those or by another apostrophe; null becomes "".
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
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    /** The check-in time as written in the file: local time in {@code zone}, e.g. {@code 2020-11-26 09:30}. */
    static String localTime(Instant at, ZoneId zone) {
        if (at == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(at, zone);
        return local.toLocalDate() + " " + local.toLocalTime();
    }

    private static List<String> values(Guest g, Messages words, ZoneId zone) {
        List<String> cells = new ArrayList<>(GuestField.values().length);
        for (GuestField field : GuestField.values()) {
            cells.add(switch (field) {
                case CATEGORY -> words.get("category." + g.category().name());
                case ATTENDANCE -> words.get("attendance." + g.attendance().name());
                case INVITATION_STATUS -> words.get("invitationStatus." + g.invitationStatus().name());
                case CHECKED_IN_AT -> localTime(g.checkedInAt(), zone);
                default -> g.text(field) == null ? "" : g.text(field);
            });
        }
        return cells;
    }

    private static void writeCsv(List<Guest> rows, OutputStream stream, Messages words, ZoneId zone) throws IOException {
        stream.write(UTF8_BOM);
        Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get());
        printer.printRecord(headers(words.locale()));
        for (Guest g : rows) {
            List<String> cells = values(g, words, zone);
            for (GuestField field : GuestField.values()) {
                if (field.isText()) {
                    cells.set(field.ordinal(), harmless(cells.get(field.ordinal())));
                }
            }
            printer.printRecord(cells);
        }
        printer.flush();
        writer.flush();
    }

    private static void writeXlsx(List<Guest> rows, OutputStream stream, Messages words, Messages messages, ZoneId zone)
            throws IOException {
        // Streaming: only 200 rows in memory; close() also deletes SXSSF's temporary files.
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            CellStyle timeStyle = workbook.createCellStyle();
            timeStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
            Sheet sheet = workbook.createSheet(messages.get("guest.export.sheet"));
            sheet.createFreezePane(0, 1);
            for (int i = 0; i < WIDTHS.length; i++) {
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
            }
            Row header = sheet.createRow(0);
            List<String> headers = headers(words.locale());
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(headerStyle);
            }
            int r = 1;
            for (Guest g : rows) {
                Row line = sheet.createRow(r++);
                List<String> cells = values(g, words, zone);
                for (GuestField field : GuestField.values()) {
                    int c = field.ordinal();
                    if (field == GuestField.CHECKED_IN_AT) {
                        if (g.checkedInAt() != null) {
                            Cell time = line.createCell(c);
                            time.setCellValue(LocalDateTime.ofInstant(g.checkedInAt(), zone));
                            time.setCellStyle(timeStyle);
                        }
                    } else if (!cells.get(c).isEmpty()) {
                        // No formula runs from a text cell; only the apostrophe the importer removes is protected.
                        String text = cells.get(c);
                        line.createCell(c).setCellValue(text.startsWith("'") ? harmless(text) : text);
                    }
                }
            }
            workbook.write(stream);
        }
    }
}
