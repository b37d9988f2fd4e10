package org.conferencedesk.importexport;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Reads a CSV or Excel file into a header row and data rows of text, as the user sees them in
 * Excel or a text editor. Knows nothing of contracts, so guests and exhibitors can reuse it.
 *
 * <p>CSV: the encoding is detected with strict decoders (a UTF-8 BOM, else valid UTF-8, else valid
 * GB18030, which is what Excel writes on Chinese Windows; UTF-16 with a BOM as Excel's "Unicode
 * text"); ICU4J's {@link CharsetDetector} is asked only when none of these decodes the bytes. The
 * delimiter (comma, semicolon or tab) is the one that occurs most often in the header line,
 * outside quotes. Parsing is Apache Commons CSV (RFC 4180 quoting, line breaks inside quotes).
 *
 * <p>XLSX (and XLS): Apache POI; the sheet named, or else the first visible one. Numbers read as
 * the exact decimal text Excel shows ({@link NumberToTextConverter}, 15 significant digits, never
 * through a binary-to-decimal expansion), date-formatted cells as ISO dates ({@code 2020-11-28}),
 * formulas as their cached result.
 *
 * <p>Blank rows are skipped in both. See {@code docs/decisions/0002-import-files.md}.
 */
public final class SpreadsheetReader {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(SpreadsheetReader.class);

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final char[] DELIMITERS = {',', ';', '\t'};

    private final Locale locale;
    private final Messages messages;

    /** A reader whose problems are worded in {@code locale}'s language (Chinese or English). */
    public SpreadsheetReader(Locale locale) {
        this.locale = locale;
        this.messages = Messages.of("importexport", locale);
    }

    /**
     * Reads {@code file}.
     *
     * @param file a {@code .csv}/{@code .txt}/{@code .tsv} text file or an {@code .xlsx}/{@code .xls} workbook
     *             (a workbook is recognised by its content whatever its name)
     * @param encoding the CSV encoding, or null to detect it
     * @param delimiter the CSV delimiter, or null to detect it
     * @param sheet the sheet to read (name, case-insensitive), or null for the first visible one
     * @return the header and the non-blank data rows
     * @throws ImportRejectedException with one problem (line 0, or the line of a broken quote) if
     *         the file is missing, not CSV or Excel, cannot be decoded, has no such sheet or is empty
     */
    public SpreadsheetTable read(Path file, Charset encoding, Character delimiter, String sheet) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8);
        } catch (NoSuchFileException e) {
            throw reject(name, 0, messages.get("file.missing", file.toAbsolutePath().toString()));
        } catch (IOException e) {
            throw reject(name, 0, messages.get("file.unreadable", file.toAbsolutePath().toString(), e.getMessage()));
        }
        String lower = name.toLowerCase(Locale.ROOT);
        boolean zip = head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        boolean ole = head.length >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF
                && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0;
        if (zip || ole) {
            return readWorkbook(file, name, sheet);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
            return readTextNamedAsWorkbook(file, name, encoding, delimiter, head.length == 0);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
            return readCsv(file, name, encoding, delimiter);
        }
        throw reject(name, 0, messages.get("file.unknownType", name));
    }

    // ------------------------------------------------------------------------------------- CSV

    private SpreadsheetTable readCsv(Path file, String name, Charset forced, Character forcedDelimiter) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw reject(name, 0, messages.get("file.unreadable", file.toAbsolutePath().toString(), e.getMessage()));
        }
        Decoded decoded = decode(name, bytes, forced);
        String text = decoded.text();
        char delimiter = forcedDelimiter != null ? forcedDelimiter : detectDelimiter(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
        LineIndex lines = new LineIndex(text);
        List<SpreadsheetRow> all = new ArrayList<>();
        long recordStart = 0;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                recordStart = record.getCharacterPosition();
                all.add(new SpreadsheetRow(lines.lineOf(recordStart), List.of(record.values())));
                recordStart = -1;
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The record after the last good one is broken (e.g. a quote that is never closed).
            int line = all.isEmpty() ? 1 : nextLineAfter(all.get(all.size() - 1), lines, text);
            // The parser's own words (in English, naming its classes) go to the log, not to the user.
            LOG.warn("Cannot parse {} as CSV from line {}", file, line, e);
            throw reject(name, line, messages.get("csv.broken", line));
        }
        return table(name, SpreadsheetTable.Format.CSV, decoded.label(), delimiter, List.of(), null, all);
    }

    /**
     * A file named .xlsx that is no workbook: empty (0 bytes) is said so; plain text (a CSV saved
     * under an Excel name, in UTF-8, UTF-16 with BOM or GB18030, no control characters, a delimiter
     * in its first line) is read as CSV, as a workbook named .csv is read as a workbook; anything
     * else is a broken workbook.
     */
    private SpreadsheetTable readTextNamedAsWorkbook(Path file, String name, Charset encoding, Character delimiter,
                                                     boolean empty) {
        if (empty) {
            throw reject(name, 0, messages.get("file.empty", name));
        }
        SpreadsheetTable table;
        try {
            byte[] bytes = Files.readAllBytes(file);
            Decoded decoded = decode(name, bytes, encoding);
            boolean plain = encoding != null || decoded.label().startsWith("UTF-") || decoded.label().equals("GB18030");
            String firstLine = decoded.text().strip().lines().findFirst().orElse("");
            boolean columns = delimiter != null || firstLine.indexOf(',') >= 0 || firstLine.indexOf(';') >= 0
                    || firstLine.indexOf('\t') >= 0;
            if (!plain || !columns || decoded.text().chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
                throw reject(name, 0, messages.get("file.brokenWorkbook", name));
            }
            table = readCsv(file, name, encoding, delimiter);
        } catch (IOException | ImportRejectedException e) {
            if (e instanceof ImportRejectedException rejected && rejected.problems().get(0).line() > 0) {
                throw rejected;
            }
            throw reject(name, 0, messages.get("file.brokenWorkbook", name));
        }
        return table;
    }

    private static int nextLineAfter(SpreadsheetRow last, LineIndex lines, String text) {
        return Math.min(last.line() + 1, lines.lineOf(text.length()));
    }

    private record Decoded(String text, String label) {
    }

    private Decoded decode(String name, byte[] bytes, Charset forced) {
        if (forced != null) {
            int skip = forced.equals(StandardCharsets.UTF_8) && startsWith(bytes, UTF8_BOM) ? 3 : 0;
            String text = strictDecode(bytes, skip, forced);
            if (text == null) {
                throw reject(name, 0, messages.get("csv.wrongEncoding", name, forced.name()));
            }
            return new Decoded(stripBom(text), forced.name());
        }
        if (startsWith(bytes, UTF8_BOM)) {
            String text = strictDecode(bytes, 3, StandardCharsets.UTF_8);
            if (text != null) {
                return new Decoded(text, "UTF-8 (BOM)");
            }
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            String text = strictDecode(bytes, 2, StandardCharsets.UTF_16LE);
            if (text != null) {
                return new Decoded(text, "UTF-16LE (BOM)");
            }
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            String text = strictDecode(bytes, 2, StandardCharsets.UTF_16BE);
            if (text != null) {
                return new Decoded(text, "UTF-16BE (BOM)");
            }
        }
        String utf8 = strictDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        String gb = strictDecode(bytes, 0, GB18030);
        if (gb != null) {
            return new Decoded(gb, "GB18030");
        }
        // Neither: let ICU guess among the rest (Big5, Shift_JIS, ...) but only trust a guess that decodes.
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < 30 || !Charset.isSupported(match.getName())) {
                continue;
            }
            String guessed = strictDecode(bytes, 0, Charset.forName(match.getName()));
            if (guessed != null) {
                return new Decoded(guessed, match.getName());
            }
        }
        throw reject(name, 0, messages.get("csv.unknownEncoding", name));
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The text, or null if the bytes are not valid in {@code charset}. */
    private static String strictDecode(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The delimiter seen most often outside quotes in the first non-empty line; comma on a tie or none. */
    static char detectDelimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent) {
                    break;
                }
            } else if (!quoted) {
                for (int d = 0; d < DELIMITERS.length; d++) {
                    if (c == DELIMITERS[d]) {
                        counts[d]++;
                    }
                }
            }
            if (!Character.isWhitespace(c)) {
                seenContent = true;
            }
        }
        int best = 0;
        for (int d = 1; d < DELIMITERS.length; d++) {
            if (counts[d] > counts[best]) {
                best = d;
            }
        }
        return DELIMITERS[best];
    }

    /** Maps a character offset to the 1-based line the user sees (CR LF, CR and LF each end a line). */
    private static final class LineIndex {
        private final int[] lineStarts;

        LineIndex(String text) {
            int[] starts = new int[1024];
            int count = 1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                    if (count == starts.length) {
                        starts = Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = i + 1;
                }
            }
            lineStarts = Arrays.copyOf(starts, count);
        }

        int lineOf(long offset) {
            int found = Arrays.binarySearch(lineStarts, (int) offset);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }

    // -------------------------------------------------------------------------------- Workbooks

    private SpreadsheetTable readWorkbook(Path file, String name, String wanted) {
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> visible = new ArrayList<>();
            Sheet chosen = null;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
                    continue;
                }
                Sheet candidate = workbook.getSheetAt(i);
                visible.add(candidate.getSheetName());
                if (wanted == null ? chosen == null : candidate.getSheetName().strip().equalsIgnoreCase(wanted.strip())) {
                    chosen = chosen == null ? candidate : chosen;
                }
            }
            if (chosen == null && wanted != null) {
                Sheet hidden = workbook.getSheet(wanted);
                chosen = hidden;
            }
            if (chosen == null) {
                throw reject(name, 0, wanted == null
                        ? messages.get("xlsx.noSheet", name)
                        : messages.get("xlsx.sheetMissing", name, wanted, String.join(", ", visible)));
            }
            List<SpreadsheetRow> all = new ArrayList<>();
            // Formulas are calculated here: a file written by a program other than Excel often holds
            // no saved result, which POI would otherwise read as 0.
            FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : chosen) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cellText(row.getCell(c), formulas));
                }
                all.add(new SpreadsheetRow(row.getRowNum() + 1, cells));
            }
            all = withMergedHeader(all, chosen);
            if (all.stream().allMatch(SpreadsheetRow::isBlank) && workbook.getNumberOfSheets() > 1) {
                // The list is often on another sheet (a hidden one, or not the first): name them.
                List<String> others = new ArrayList<>();
                for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                    String other = workbook.getSheetName(i);
                    if (!other.equals(chosen.getSheetName())) {
                        others.add(workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)
                                ? messages.get("xlsx.hiddenSheet", other) : "“" + other + "”");
                    }
                }
                throw reject(name, 0, messages.get("xlsx.sheetEmpty", name, chosen.getSheetName(), String.join(", ", others)));
            }
            return table(name, SpreadsheetTable.Format.XLSX, null, null, visible, chosen.getSheetName(), all);
        } catch (ImportRejectedException e) {
            throw e;
        } catch (org.apache.poi.EncryptedDocumentException e) {
            // Excel's "Encrypt with Password": POI cannot open it without the password, and we never ask for one.
            throw reject(name, 0, messages.get("file.password", name));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the workbook {}", file, e);
            throw reject(name, 0, messages.get("file.brokenWorkbook", name));
        }
    }

    /**
     * Joins a header that spans two rows into one: when a cell of the first non-blank row is merged
     * down over the row below (a title written once for two rows), or merged across columns with
     * texts below it ("联系方式" over "电话" | "邮箱"), each column's header is the lower text, or the
     * upper one where the lower cell is empty. The two rows become one header row (numbered as the
     * upper one); data rows keep their Excel row numbers.
     */
    private static List<SpreadsheetRow> withMergedHeader(List<SpreadsheetRow> all, Sheet sheet) {
        int first = 0;
        while (first < all.size() && all.get(first).isBlank()) {
            first++;
        }
        if (first + 1 >= all.size()) {
            return all;
        }
        SpreadsheetRow top = all.get(first);
        SpreadsheetRow below = all.get(first + 1);
        int topRow = top.line() - 1;
        if (below.line() != top.line() + 1) {
            return all;
        }
        List<String> upper = new ArrayList<>(top.cells());
        boolean twoRows = false;
        for (org.apache.poi.ss.util.CellRangeAddress region : sheet.getMergedRegions()) {
            if (region.getFirstRow() != topRow) {
                continue;
            }
            boolean down = region.getLastRow() > topRow;
            boolean across = region.getLastColumn() > region.getFirstColumn();
            boolean textBelow = false;
            for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                textBelow |= !below.cell(c).isBlank();
            }
            if (down || (across && textBelow)) {
                twoRows = true;
            }
            String text = top.cell(region.getFirstColumn());
            while (upper.size() <= region.getLastColumn()) {
                upper.add("");
            }
            for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                upper.set(c, text);
            }
        }
        if (!twoRows) {
            return all;
        }
        List<String> joined = new ArrayList<>();
        for (int c = 0; c < Math.max(upper.size(), below.cells().size()); c++) {
            String lower = below.cell(c);
            joined.add(lower.isBlank() ? (c < upper.size() ? upper.get(c) : "") : lower);
        }
        List<SpreadsheetRow> result = new ArrayList<>(all.subList(0, first));
        result.add(new SpreadsheetRow(top.line(), joined));
        result.addAll(all.subList(first + 2, all.size()));
        return result;
    }

    /** The cell as the user reads it; numbers as exact decimal text, dates as ISO dates. */
    static String cellText(Cell cell) {
        return cellText(cell, null);
    }

    /**
     * The cell as the user reads it; a formula is calculated with {@code formulas} (its saved result
     * if it cannot be calculated, e.g. a link to another file); numbers as exact decimal text,
     * dates as ISO dates.
     */
    static String cellText(Cell cell, FormulaEvaluator formulas) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            CellValue value = null;
            if (formulas != null) {
                try {
                    value = formulas.evaluate(cell);
                } catch (RuntimeException notCalculable) {
                    value = null;
                }
            }
            if (value != null) {
                return valueText(cell, value.getCellType(), value.getStringValue(), value.getNumberValue(),
                        value.getBooleanValue(), value.getErrorValue());
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> valueText(cell, type, null, cell.getNumericCellValue(), false, (byte) 0);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String valueText(Cell cell, CellType type, String text, double number, boolean bool, byte error) {
        switch (type) {
            case STRING:
                return text;
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime at = DateUtil.getLocalDateTime(number);
                    return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
                }
                // Excel's own 15-digit display text, then exact decimal notation (no "E+").
                return new BigDecimal(NumberToTextConverter.toText(number)).toPlainString();
            case BOOLEAN:
                return bool ? "TRUE" : "FALSE";
            case ERROR:
                return FormulaError.forInt(error).getString();
            default:
                return "";
        }
    }

    // ---------------------------------------------------------------------------------- Shared

    private SpreadsheetTable table(String name, SpreadsheetTable.Format format, String encoding, Character delimiter,
                                   List<String> sheetNames, String sheet, List<SpreadsheetRow> all) {
        SpreadsheetRow header = null;
        List<SpreadsheetRow> rows = new ArrayList<>();
        for (SpreadsheetRow row : all) {
            if (row.isBlank()) {
                continue;
            }
            if (header == null) {
                header = withoutTrailingEmptyCells(row);
            } else {
                rows.add(row);
            }
        }
        if (header == null) {
            throw reject(name, 0, messages.get("file.empty", name));
        }
        return new SpreadsheetTable(name, format, encoding, delimiter, sheetNames, sheet, header, rows);
    }

    private static SpreadsheetRow withoutTrailingEmptyCells(SpreadsheetRow row) {
        int end = row.cells().size();
        while (end > 0 && row.cells().get(end - 1).isBlank()) {
            end--;
        }
        return new SpreadsheetRow(row.line(), row.cells().subList(0, end));
    }

    private static ImportRejectedException reject(String file, int line, String reason) {
        return new ImportRejectedException(List.of(new ImportProblem(file, line, null, reason)));
    }

    /** The language of the problems this reader reports. */
    public Locale locale() {
        return locale;
    }
}
