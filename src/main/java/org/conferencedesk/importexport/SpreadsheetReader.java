package org.conferencedesk.importexport;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Reads a CSV or Excel file into a header row and data rows of text, as the user sees them in
 * Excel or a text editor, with what stands around them (title rows, merged cells, formulas without
 * a saved result, rows whose cell count differs from the header's) exposed on the
 * {@link SpreadsheetTable}, not interpreted. Knows no record type.
 *
 * <p>CSV: the encoding is detected with strict decoders (a UTF-8 BOM, else valid UTF-8, else valid
 * GB18030, which is what Excel writes on Chinese Windows; UTF-16 with a BOM as Excel's "Unicode
 * text"); ICU4J's {@link CharsetDetector} is asked only when none of these decodes the bytes. Text
 * that decodes to private-use characters or U+FFFD (Big5 read as GB18030) is refused, naming the
 * encodings that read it cleanly. The delimiter (comma, semicolon or tab) is the one that occurs
 * most often in the first line, outside quotes. Parsing is Apache Commons CSV (RFC 4180 quoting,
 * line breaks inside quotes); a file that cannot be parsed to its end is refused with every
 * problem found before the break ({@link IncompleteFileException}).
 *
 * <p>XLSX (and XLS): Apache POI; the sheet named (hidden ones too), or else the first visible one.
 * Numbers read as the exact decimal text Excel shows ({@link NumberToTextConverter}, 15 significant
 * digits, never through a binary-to-decimal expansion), date-formatted cells as ISO dates
 * ({@code 2020-11-28}) in the workbook's date system (1900, or 1904), formulas as calculated here
 * (their saved result if they cannot be), a cell merged over data rows as the text of each.
 *
 * <p>Blank rows are skipped in both (and counted for line numbers); rows above the header that look
 * like titles are kept apart. See {@code docs/decisions/0002-import-files.md} and
 * {@code docs/decisions/0020-reading-files-dates-and-chinese-numerals.md}.
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
     * @param sheet the sheet to read (name, case and surrounding spaces ignored; hidden sheets too), or
     *              null for the first visible one (hidden sheets are never read unless named)
     * @return the header, the non-blank data rows and what stands around them
     * @throws IncompleteFileException if a CSV file cannot be parsed to its end (a quote never
     *         closed): every row problem before the break, then the break
     * @throws ImportRejectedException with one problem (line 0, or the line concerned) if the file is
     *         missing, not CSV or Excel, cannot be decoded or decodes to mojibake, has no such sheet
     *         or is empty
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
        LineIndex lines = decoded.lines();
        List<SpreadsheetRow> all = new ArrayList<>();
        long lastStart = -1;
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                lastStart = record.getCharacterPosition();
                all.add(new SpreadsheetRow(lines.lineOf(lastStart), List.of(record.values())));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The record after the last good one is broken (e.g. a quote that is never closed): it
            // starts where the last good record ends.
            int line = lastStart < 0 ? 1 : lines.lineOf(endOfRecord(text, (int) lastStart));
            // The parser's own words (in English, naming its classes) go to the log, not to the user.
            LOG.warn("Cannot parse {} as CSV from line {}", file, line, e);
            ImportProblem broken = new ImportProblem(name, line, null, messages.get("csv.broken", line));
            SpreadsheetTable soFar = null;
            if (all.stream().anyMatch(row -> !row.isBlank())) {
                soFar = table(name, SpreadsheetTable.Format.CSV, decoded.label(), delimiter, null, all, null);
            }
            throw new IncompleteFileException(soFar, broken);
        }
        return table(name, SpreadsheetTable.Format.CSV, decoded.label(), delimiter, null, all, null);
    }

    /** Where the record starting at {@code start} ends: after the first line break outside quotes. */
    private static int endOfRecord(String text, int start) {
        boolean quoted = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                return c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
            }
        }
        return text.length();
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

    private record Decoded(String text, String label, LineIndex lines) {
        Decoded(String text, String label) {
            this(text, label, new LineIndex(text));
        }
    }

    /**
     * The file's text, in the encoding given, or else the one detected (see the class comment).
     * Text that decodes to private-use characters (what a Big5 file read as GB18030 gives) or to
     * U+FFFD is refused, naming the encodings that read the bytes cleanly.
     */
    private Decoded decode(String name, byte[] bytes, Charset forced) {
        if (forced != null) {
            int skip = forced.equals(StandardCharsets.UTF_8) && startsWith(bytes, UTF8_BOM) ? 3 : 0;
            Strict strict = strictDecode(bytes, skip, forced);
            if (strict.text() == null) {
                throw reject(name, 0, messages.get("csv.wrongEncodingAt", name, forced.name(),
                        lineOfByte(bytes, strict.failedAt())));
            }
            return clean(name, bytes, new Decoded(stripBom(strict.text()), forced.name()));
        }
        if (startsWith(bytes, UTF8_BOM)) {
            String text = strictDecode(bytes, 3, StandardCharsets.UTF_8).text();
            if (text != null) {
                return clean(name, bytes, new Decoded(text, "UTF-8 (BOM)"));
            }
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            String text = strictDecode(bytes, 2, StandardCharsets.UTF_16LE).text();
            if (text != null) {
                return clean(name, bytes, new Decoded(text, "UTF-16LE (BOM)"));
            }
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            String text = strictDecode(bytes, 2, StandardCharsets.UTF_16BE).text();
            if (text != null) {
                return clean(name, bytes, new Decoded(text, "UTF-16BE (BOM)"));
            }
        }
        Strict utf8 = strictDecode(bytes, 0, StandardCharsets.UTF_8);
        if (utf8.text() != null) {
            return clean(name, bytes, new Decoded(utf8.text(), "UTF-8"));
        }
        if (multiByteUtf8Before(bytes, utf8.failedAt()) >= UTF8_EVIDENCE) {
            // Plenty of Chinese in UTF-8, then bytes that are not: a part pasted from a file in another
            // encoding. Read as a whole in GB18030 it would turn every line before into mojibake.
            throw reject(name, lineOfByte(bytes, utf8.failedAt()),
                    messages.get("csv.notUtf8From", name, lineOfByte(bytes, utf8.failedAt())));
        }
        String gb = strictDecode(bytes, 0, GB18030).text();
        if (gb != null) {
            return clean(name, bytes, new Decoded(gb, "GB18030"));
        }
        // Neither: let ICU guess among the rest (Big5, Shift_JIS, ...) but only trust a guess that decodes cleanly.
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            if (match.getConfidence() < 30 || !Charset.isSupported(match.getName())) {
                continue;
            }
            String guessed = strictDecode(bytes, 0, Charset.forName(match.getName())).text();
            if (guessed != null && firstUnreadable(guessed) < 0) {
                return new Decoded(guessed, match.getName());
            }
        }
        throw reject(name, 0, messages.get("csv.unknownEncoding", name));
    }

    /** Multi-byte UTF-8 characters before the first invalid byte that make a file UTF-8 beyond doubt. */
    private static final int UTF8_EVIDENCE = 10;

    /** Encodings offered when a text decodes to mojibake, besides ICU's guesses. */
    private static final List<String> CANDIDATES = List.of("Big5", "GB18030", "UTF-8", "Big5-HKSCS", "Shift_JIS",
            "EUC-KR", "EUC-JP");

    /** {@code decoded} if it holds no private-use or replacement character, else the refusal. */
    private Decoded clean(String name, byte[] bytes, Decoded decoded) {
        int bad = firstUnreadable(decoded.text());
        if (bad < 0) {
            return decoded;
        }
        int line = decoded.lines().lineOf(bad);
        String shown = lineAround(decoded.text(), bad);
        if (decoded.text().charAt(bad) == '\uFFFD' && decoded.label().startsWith("UTF-")) {
            // Valid UTF-8 that holds U+FFFD: the text was lost in an earlier conversion; no encoding brings it back.
            throw reject(name, line, messages.get("csv.replacementCharacter", name, line));
        }
        List<String> candidates = new ArrayList<>();
        List<String> samples = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (String candidate : candidates(bytes)) {
            if (candidate.equalsIgnoreCase(decoded.label().replace(" (BOM)", ""))) {
                continue;
            }
            String text = strictDecode(bytes, 0, Charset.forName(candidate)).text();
            if (text == null || firstUnreadable(text) >= 0 || seen.contains(text)) {
                continue;
            }
            seen.add(text);
            candidates.add(candidate);
            samples.add(messages.get("csv.candidate", candidate, sampleLine(text)));
            if (candidates.size() == 3) {
                break;
            }
        }
        String label = decoded.label().replace(" (BOM)", "");
        if (candidates.isEmpty()) {
            throw reject(name, line, messages.get("csv.mojibakeNoCandidate", name, label, line, shown));
        }
        throw reject(name, line, messages.get("csv.mojibake", name, label, line, shown,
                String.join(messages.get("csv.candidateSeparator"), samples), candidates.get(0)));
    }

    /** The encodings to try, ICU's likeliest first, then the usual ones of Chinese files. */
    private static List<String> candidates(byte[] bytes) {
        List<String> names = new ArrayList<>();
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            boolean multiByte = CANDIDATES.stream().anyMatch(c -> c.equalsIgnoreCase(match.getName()));
            if ((multiByte || match.getConfidence() >= 50) && Charset.isSupported(match.getName())
                    && !names.contains(match.getName())) {
                names.add(match.getName());
            }
        }
        for (String candidate : CANDIDATES) {
            if (names.stream().noneMatch(candidate::equalsIgnoreCase) && Charset.isSupported(candidate)) {
                names.add(candidate);
            }
        }
        return names;
    }

    /** The line holding {@code index}, shortened to 40 characters around it. */
    private static String lineAround(String text, int index) {
        int start = index;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r' && index - start < 20) {
            start--;
        }
        int end = index;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r' && end - start < 40) {
            end++;
        }
        return text.substring(start, end).strip();
    }

    /** The first line with a character beyond ASCII, shortened to 40 characters, as a sample. */
    private static String sampleLine(String text) {
        String line = text.lines().filter(l -> l.chars().anyMatch(c -> c > 0x7F)).findFirst().orElse("").strip();
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }

    /** Index of the first private-use character or U+FFFD, or -1. */
    static int firstUnreadable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF')) {
                return i;
            }
            // Planes 15 and 16 are private use too (U+F0000 and up: high surrogates DB80 to DBFF).
            if (c >= '\uDB80' && c <= '\uDBFF') {
                return i;
            }
        }
        return -1;
    }

    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** A strict decoding: the text, or null and the byte offset where the bytes stop being valid. */
    private record Strict(String text, int failedAt) {
    }

    private static Strict strictDecode(byte[] bytes, int offset, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 16L,
                (long) (bytes.length * (double) decoder.maxCharsPerByte()) + 16));
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            return new Strict(null, in.position());
        }
        result = decoder.flush(out);
        if (result.isError()) {
            return new Strict(null, in.position());
        }
        out.flip();
        return new Strict(out.toString(), -1);
    }

    /** The 1-based line of byte {@code offset} (LF, CR LF and CR end lines; these bytes never occur inside a character of the encodings read here, UTF-16 aside). */
    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < Math.min(offset, bytes.length); i++) {
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
                line++;
            }
        }
        return line;
    }

    /** How many multi-byte UTF-8 characters start before {@code end} (counting lead bytes). */
    private static int multiByteUtf8Before(byte[] bytes, int end) {
        int count = 0;
        for (int i = 0; i < Math.min(end, bytes.length); i++) {
            if ((bytes[i] & 0xC0) == 0xC0) {
                count++;
            }
        }
        return count;
    }

    /**
     * The delimiter seen most often outside quotes in the first non-empty line that has one (a title
     * typed above the header, {@code (单位：亿元)}, has none); comma on a tie or none.
     */
    static char detectDelimiter(String text) {
        int[] counts = new int[DELIMITERS.length];
        boolean quoted = false;
        boolean seenContent = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (seenContent && (counts[0] + counts[1] + counts[2] > 0)) {
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
            List<String> hidden = new ArrayList<>();
            List<String> described = new ArrayList<>();
            Sheet chosen = null;
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                Sheet candidate = workbook.getSheetAt(i);
                boolean isHidden = workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i);
                (isHidden ? hidden : visible).add(candidate.getSheetName());
                described.add(isHidden ? messages.get("xlsx.hiddenSheet", candidate.getSheetName())
                        : "“" + candidate.getSheetName() + "”");
                // A hidden sheet is read only when it is named: it often holds lookup lists or old data.
                boolean match = wanted == null ? !isHidden
                        : candidate.getSheetName().strip().equalsIgnoreCase(wanted.strip());
                if (match && chosen == null) {
                    chosen = candidate;
                }
            }
            if (chosen == null) {
                throw reject(name, 0, wanted == null
                        ? messages.get("xlsx.noSheet", name, String.join(", ", described))
                        : messages.get("xlsx.sheetMissing", name, wanted, String.join(", ", described)));
            }
            boolean date1904 = workbook instanceof XSSFWorkbook x ? x.isDate1904()
                    : workbook instanceof HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
            List<SpreadsheetRow> all = new ArrayList<>();
            // Formulas are calculated here: a file written by a program other than Excel often holds
            // no saved result, which POI would otherwise read as 0. Such cells are flagged on the row.
            FormulaEvaluator formulas = workbook.getCreationHelper().createFormulaEvaluator();
            for (Row row : chosen) {
                List<String> cells = new ArrayList<>();
                List<Integer> uncalculated = new ArrayList<>(0);
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cellText(cell, formulas, date1904));
                    if (cell instanceof XSSFCell xssf && xssf.getCellType() == CellType.FORMULA
                            && (xssf.getRawValue() == null || xssf.getRawValue().isEmpty())) {
                        uncalculated.add(c);
                    }
                }
                all.add(new SpreadsheetRow(row.getRowNum() + 1, cells, uncalculated));
            }
            if (all.stream().allMatch(SpreadsheetRow::isBlank) && workbook.getNumberOfSheets() > 1) {
                // The list is often on another sheet (a hidden one, or not the first): name them.
                List<String> others = new ArrayList<>(described);
                others.remove(workbook.getSheetIndex(chosen));
                throw reject(name, 0, messages.get("xlsx.sheetEmpty", name, chosen.getSheetName(), String.join(", ", others)));
            }
            Layout layout = new Layout(chosen.getMergedRegions(), date1904);
            return table(name, SpreadsheetTable.Format.XLSX, null, null, new Sheets(visible, hidden, chosen.getSheetName()),
                    all, layout);
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

    private record Sheets(List<String> visible, List<String> hidden, String read) {
    }

    /** What a workbook sheet adds to its rows: merged regions (0-based rows) and the date system. */
    private record Layout(List<CellRangeAddress> merged, boolean date1904) {

        /** True if a one-column cell of Excel row {@code line} is merged down (a header written once for two rows). */
        boolean mergedDown(int line) {
            for (CellRangeAddress region : merged) {
                if (region.getFirstRow() == line - 1 && region.getLastRow() > region.getFirstRow()
                        && region.getFirstColumn() == region.getLastColumn()) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Joins a header that spans two rows into one: when a cell of the header row is merged down over
     * the row below (a title written once for two rows), or merged across columns with texts below
     * it ("联系方式" over "电话" | "邮箱"), each column's header is the lower text, or the upper one
     * where the lower cell is empty. Returns the joined row (numbered as the upper one), or null if
     * the header is one row.
     */
    private static SpreadsheetRow mergedHeader(SpreadsheetRow top, SpreadsheetRow below, List<CellRangeAddress> merged) {
        int topRow = top.line() - 1;
        if (below == null || below.line() != top.line() + 1) {
            return null;
        }
        List<String> upper = new ArrayList<>(top.cells());
        boolean twoRows = false;
        for (CellRangeAddress region : merged) {
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
            return null;
        }
        List<String> joined = new ArrayList<>();
        for (int c = 0; c < Math.max(upper.size(), below.cells().size()); c++) {
            String lower = below.cell(c);
            joined.add(lower.isBlank() ? (c < upper.size() ? upper.get(c) : "") : lower);
        }
        return new SpreadsheetRow(top.line(), joined);
    }

    /**
     * Gives the text of each cell merged over data rows to every row it spans (in the block's first
     * column; rows blank apart from the block stay blank), and lists those cells.
     *
     * @param all every row of the sheet, blank ones too (the text is in the block's top-left cell)
     * @param data the data rows, changed in place
     * @param firstDataLine the Excel row number of the first row below the header
     */
    private static List<SpreadsheetTable.MergedCell> spreadMergedCells(List<SpreadsheetRow> all, List<SpreadsheetRow> data,
                                                                     int firstDataLine, List<CellRangeAddress> merged) {
        List<SpreadsheetTable.MergedCell> cells = new ArrayList<>();
        if (merged.isEmpty()) {
            return cells;
        }
        Map<Integer, SpreadsheetRow> byLine = new HashMap<>();
        for (SpreadsheetRow row : all) {
            byLine.put(row.line(), row);
        }
        Map<Integer, Integer> dataIndex = new HashMap<>();
        for (int i = 0; i < data.size(); i++) {
            dataIndex.put(data.get(i).line(), i);
        }
        for (CellRangeAddress region : merged) {
            int firstLine = region.getFirstRow() + 1;
            if (firstLine < firstDataLine) {
                continue;
            }
            SpreadsheetRow top = byLine.get(firstLine);
            String text = top == null ? "" : top.cell(region.getFirstColumn());
            cells.add(new SpreadsheetTable.MergedCell(firstLine, region.getLastRow() + 1, region.getFirstColumn(),
                    region.getLastColumn(), text));
            if (text.isBlank()) {
                continue;
            }
            for (int line = firstLine + 1; line <= region.getLastRow() + 1; line++) {
                Integer index = dataIndex.get(line);
                if (index == null) {
                    continue;
                }
                SpreadsheetRow row = data.get(index);
                List<String> filled = new ArrayList<>(row.cells());
                while (filled.size() <= region.getFirstColumn()) {
                    filled.add("");
                }
                if (filled.get(region.getFirstColumn()).isBlank()) {
                    filled.set(region.getFirstColumn(), text);
                    data.set(index, row.withCells(filled));
                }
            }
        }
        return cells;
    }

    /** The cell as the user reads it; numbers as exact decimal text, dates as ISO dates. */
    static String cellText(Cell cell) {
        return cellText(cell, null, false);
    }

    /**
     * The cell as the user reads it; a formula is calculated with {@code formulas} (its saved result
     * if it cannot be calculated, e.g. a link to another file); numbers as exact decimal text,
     * date-formatted numbers as ISO dates in the workbook's date system ({@code date1904}).
     */
    static String cellText(Cell cell, FormulaEvaluator formulas, boolean date1904) {
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
                        value.getBooleanValue(), value.getErrorValue(), date1904);
            }
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> valueText(cell, type, null, cell.getNumericCellValue(), false, (byte) 0, date1904);
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
            default -> "";
        };
    }

    private static String valueText(Cell cell, CellType type, String text, double number, boolean bool, byte error,
                                    boolean date1904) {
        switch (type) {
            case STRING:
                return text;
            case NUMERIC:
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime at = DateUtil.getLocalDateTime(number, date1904);
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

    /**
     * The table of a CSV file ({@code layout} null) or a workbook sheet: title rows, header (two
     * rows joined in a workbook), data rows (merged cells spread), and the rows whose cell count
     * differs from the header's.
     */
    private SpreadsheetTable table(String name, SpreadsheetTable.Format format, String encoding, Character delimiter,
                                   Sheets sheets, List<SpreadsheetRow> all, Layout layout) {
        List<SpreadsheetRow> filled = new ArrayList<>(all.size());
        for (SpreadsheetRow row : all) {
            if (!row.isBlank()) {
                filled.add(row);
            }
        }
        if (filled.isEmpty()) {
            throw reject(name, 0, messages.get("file.empty", name));
        }
        int headerAt = headerIndex(filled, layout);
        SpreadsheetRow header = filled.get(headerAt);
        int dataFrom = headerAt + 1;
        if (layout != null) {
            SpreadsheetRow joined = mergedHeader(header, dataFrom < filled.size() ? filled.get(dataFrom) : null, layout.merged());
            if (joined != null) {
                header = joined;
                dataFrom++;
            }
        }
        header = withoutTrailingEmptyCells(header);
        List<SpreadsheetRow> rows = new ArrayList<>(filled.subList(dataFrom, filled.size()));
        List<SpreadsheetTable.MergedCell> merged = List.of();
        if (layout != null) {
            int firstDataLine = dataFrom > headerAt + 1 ? header.line() + 2 : header.line() + 1;
            merged = spreadMergedCells(all, rows, firstDataLine, layout.merged());
        }
        Map<Integer, ImportProblem> problems = cellCountProblems(name, header, rows, layout == null);
        DateText.Serials serials = layout == null ? DateText.Serials.NONE
                : layout.date1904() ? DateText.Serials.EXCEL_1904 : DateText.Serials.EXCEL_1900;
        return new SpreadsheetTable(name, format, encoding, delimiter, sheets == null ? List.of() : sheets.visible(),
                sheets == null ? null : sheets.read(), header, rows, filled.subList(0, headerAt),
                sheets == null ? List.of() : sheets.hidden(), serials, merged, problems);
    }

    /** Title rows above the header are taken for one only while their number stays small. */
    private static final int MOST_TITLE_ROWS = 5;
    /** Rows looked at to find the header. */
    private static final int HEADER_WINDOW = 50;

    /**
     * Where the header is among the non-blank rows: the first one with at least half as many filled
     * cells as the widest row near the top (and at least two), when the rows above it are few
     * ({@value #MOST_TITLE_ROWS} at most) and most rows below it have two filled cells or more, as a
     * title row ({@code 2020世界智能制造大会签约项目}, {@code (单位：亿元)}) above a table has; else the first
     * row. A workbook cell merged down marks a header row (the upper row of a two-row header).
     */
    private static int headerIndex(List<SpreadsheetRow> filled, Layout layout) {
        int window = Math.min(filled.size(), HEADER_WINDOW);
        int widest = 0;
        for (int i = 0; i < window; i++) {
            widest = Math.max(widest, filled.get(i).filledCells());
        }
        if (widest < 2 || filled.get(0).filledCells() >= Math.max(2, (widest + 1) / 2)) {
            return 0;
        }
        int threshold = Math.max(2, (widest + 1) / 2);
        int header = -1;
        for (int i = 0; i < Math.min(window, MOST_TITLE_ROWS + 1); i++) {
            SpreadsheetRow row = filled.get(i);
            if (row.filledCells() >= threshold || layout != null && layout.mergedDown(row.line())) {
                header = i;
                break;
            }
        }
        if (header <= 0) {
            return 0;
        }
        int tableLike = 0;
        int other = 0;
        for (int i = header + 1; i < Math.min(filled.size(), header + 1 + HEADER_WINDOW); i++) {
            if (filled.get(i).filledCells() >= 2) {
                tableLike++;
            } else {
                other++;
            }
        }
        return tableLike >= other ? header : 0;
    }

    /**
     * Rows whose cells cannot be matched to the header's columns: a CSV row with fewer cells (its
     * cells would land in the wrong columns: {@code 王建华,院士} under 姓名,单位,职务 would make 院士
     * the organisation), and any row with filled cells beyond the header (they would be lost). A
     * workbook row is short whenever its last cells are empty, so only long ones count there.
     */
    private Map<Integer, ImportProblem> cellCountProblems(String name, SpreadsheetRow header, List<SpreadsheetRow> rows,
                                                          boolean text) {
        Map<Integer, ImportProblem> problems = new LinkedHashMap<>();
        int width = header.cells().size();
        for (SpreadsheetRow row : rows) {
            int count = row.cells().size();
            if (count > width) {
                String lost = null;
                for (int c = width; c < count && lost == null; c++) {
                    if (!row.cell(c).isBlank()) {
                        lost = row.cell(c);
                    }
                }
                if (lost != null) {
                    problems.put(row.line(), new ImportProblem(name, row.line(), null,
                            messages.get("row.tooManyCells", count, width, lost)));
                }
            } else if (text && count < width) {
                problems.put(row.line(), new ImportProblem(name, row.line(), null,
                        messages.get("row.tooFewCells", count, width, row.cell(count - 1), header.cell(count - 1))));
            }
        }
        return problems;
    }

    private static SpreadsheetRow withoutTrailingEmptyCells(SpreadsheetRow row) {
        int end = row.cells().size();
        while (end > 0 && row.cells().get(end - 1).isBlank()) {
            end--;
        }
        return new SpreadsheetRow(row.line(), row.cells().subList(0, end), row.formulasWithoutResult());
    }

    private static ImportRejectedException reject(String file, int line, String reason) {
        return new ImportRejectedException(List.of(new ImportProblem(file, line, null, reason)));
    }

    /** The language of the problems this reader reports. */
    public Locale locale() {
        return locale;
    }
}
