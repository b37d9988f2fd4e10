package org.conferencedesk.importexport;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
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
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.conferencedesk.shared.ProgressMonitor;
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
 * <p>Big files in bounded memory (issue 9 §6): the whole-file checks (encoding, header placement,
 * cell counts, a break) are made in passes that keep no text; an XLSX workbook over
 * {@value #STREAM_WORKBOOK_BYTES} bytes is parsed as XML ({@link XlsxRows}: formulas not calculated,
 * their saved result read); a file of more than {@value #KEEP_ROWS} data rows gets rows that are read
 * again from the file for each pass over them ({@link TableBuilder}).
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

    /** Files with at most this many data rows are kept in memory; bigger ones are read again for each pass over their rows. */
    static final int KEEP_ROWS = 5000;

    private final int keepRows;

    /** A reader whose problems are worded in {@code locale}'s language (Chinese or English). */
    public SpreadsheetReader(Locale locale) {
        this(locale, KEEP_ROWS);
    }

    /**
     * @param keepRows files with at most this many data rows keep them in memory; the rows of bigger
     *                 ones are read from the file again each time they are gone through (tests pass 0)
     */
    SpreadsheetReader(Locale locale, int keepRows) {
        this.locale = locale;
        this.messages = Messages.of("importexport", locale);
        this.keepRows = keepRows;
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
        return read(file, encoding, delimiter, sheet, ProgressMonitor.NONE);
    }

    /**
     * Reads {@code file} as {@link #read(Path, Charset, Character, String)} does, telling
     * {@code monitor} how far the reading of a big CSV file got: every {@value #PROGRESS_ROWS} rows,
     * the rows read of an estimate of the rows in the file (from the bytes read), with
     * {@code progress.reading}; a smaller file reports nothing.
     *
     * @throws org.conferencedesk.shared.OperationCancelledException if {@code monitor} is cancelled meanwhile
     */
    public SpreadsheetTable read(Path file, Charset encoding, Character delimiter, String sheet, ProgressMonitor monitor) {
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
            return readWorkbook(file, name, sheet, zip);
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
            return readTextNamedAsWorkbook(file, name, encoding, delimiter, head.length == 0);
        }
        if (lower.endsWith(".csv") || lower.endsWith(".txt") || lower.endsWith(".tsv")) {
            return readCsv(file, name, encoding, delimiter, monitor);
        }
        throw reject(name, 0, messages.get("file.unknownType", name));
    }

    // ------------------------------------------------------------------------------------- CSV

    /** Rows between two reports of the reading's progress. */
    static final int PROGRESS_ROWS = 1 << 14;

    private SpreadsheetTable readCsv(Path file, String name, Charset forced, Character forcedDelimiter) {
        return readCsv(file, name, forced, forcedDelimiter, ProgressMonitor.NONE);
    }

    private SpreadsheetTable readCsv(Path file, String name, Charset forced, Character forcedDelimiter,
                                     ProgressMonitor monitor) {
        CsvRows.TextEncoding encoding;
        char delimiter;
        long size;
        try {
            size = Files.size(file);
            encoding = encoding(file, name, forced);
            delimiter = forcedDelimiter != null ? forcedDelimiter : detectDelimiter(CsvRows.prefix(file, encoding, DELIMITER_PREFIX));
        } catch (IOException e) {
            throw reject(name, 0, messages.get("file.unreadable", file.toAbsolutePath().toString(), e.getMessage()));
        }
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
        CsvRows source = new CsvRows(file, encoding, format);
        TableBuilder rows = new TableBuilder(name, SpreadsheetTable.Format.CSV, encoding.label(), delimiter, null, null,
                keepRows, messages);
        long lastStart = -1;
        // The first pass: every row is parsed (a break anywhere is found now, with every problem before
        // it), counted and checked, and only the first ones are kept unless the file is small.
        try (CsvRows.CsvCursor cursor = source.open()) {
            SpreadsheetRow row;
            int read = 0;
            while ((row = cursor.next()) != null) {
                rows.add(row);
                lastStart = cursor.lastStart();
                if (++read % PROGRESS_ROWS == 0) {
                    monitor.throwIfCancelled();
                    long estimate = Math.max(read + 1L, Math.round(read * (double) size / Math.max(1, cursor.bytesRead())));
                    monitor.progress(read, estimate, messages.get("progress.reading", row.line()));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The record after the last good one is broken (e.g. a quote that is never closed): it
            // starts where the last good record ends.
            int line;
            try {
                line = source.lineAfterRecord(lastStart);
            } catch (IOException again) {
                throw reject(name, 0, messages.get("file.unreadable", file.toAbsolutePath().toString(), again.getMessage()));
            }
            // The parser's own words (in English, naming its classes) go to the log, not to the user.
            LOG.warn("Cannot parse {} as CSV from line {}", file, line, e);
            ImportProblem broken = new ImportProblem(name, line, null, messages.get("csv.broken", line));
            throw new IncompleteFileException(rows.anyFilled() ? rows.table(source) : null, broken);
        }
        return rows.table(source);
    }

    /** Characters of a CSV file's start in which its delimiter is looked for (the first line with one). */
    private static final int DELIMITER_PREFIX = 1 << 20;

    /**
     * The encoding of a CSV file by the rules of {@link #decode} (see the class comment), found with
     * strict decodings that keep no text ({@link CsvRows#check}); a file those rules would refuse,
     * or one that only ICU's guess reads, goes through the whole-text {@link #decode}, which says
     * why or makes the guess.
     */
    private CsvRows.TextEncoding encoding(Path file, String name, Charset forced) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        if (forced != null) {
            int skip = forced.equals(StandardCharsets.UTF_8) && startsWith(head, UTF8_BOM) ? 3 : 0;
            if (CsvRows.check(file, skip, forced).verdict() == CsvRows.Verdict.CLEAN) {
                return new CsvRows.TextEncoding(forced, skip, true, forced.name());
            }
            return wholeText(file, name, forced);
        }
        List<Object[]> boms = List.of(new Object[] {UTF8_BOM, StandardCharsets.UTF_8, "UTF-8 (BOM)"},
                new Object[] {new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)"},
                new Object[] {new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)"});
        for (Object[] bom : boms) {
            byte[] mark = (byte[]) bom[0];
            if (startsWith(head, mark)) {
                CsvRows.Verdict verdict = CsvRows.check(file, mark.length, (Charset) bom[1]).verdict();
                if (verdict == CsvRows.Verdict.CLEAN) {
                    return new CsvRows.TextEncoding((Charset) bom[1], mark.length, false, (String) bom[2]);
                }
                if (verdict == CsvRows.Verdict.UNREADABLE) {
                    return wholeText(file, name, null);
                }
            }
        }
        CsvRows.Check utf8 = CsvRows.check(file, 0, StandardCharsets.UTF_8);
        if (utf8.verdict() == CsvRows.Verdict.CLEAN) {
            return new CsvRows.TextEncoding(StandardCharsets.UTF_8, 0, false, "UTF-8");
        }
        if (utf8.verdict() == CsvRows.Verdict.INVALID
                && CsvRows.multiByteUtf8Before(file, utf8.failedAt()) < UTF8_EVIDENCE
                && CsvRows.check(file, 0, GB18030).verdict() == CsvRows.Verdict.CLEAN) {
            return new CsvRows.TextEncoding(GB18030, 0, false, "GB18030");
        }
        return wholeText(file, name, null);
    }

    /**
     * The encoding {@link #decode} finds for the whole text, or its refusal: for the files the
     * strict passes do not settle (mojibake to refuse with the encodings that read it, an ICU guess).
     */
    private CsvRows.TextEncoding wholeText(Path file, String name, Charset forced) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Decoded decoded = decode(name, bytes, forced);
        String label = decoded.label();
        if (forced != null) {
            return new CsvRows.TextEncoding(forced, forced.equals(StandardCharsets.UTF_8) && startsWith(bytes, UTF8_BOM) ? 3 : 0,
                    true, label);
        }
        return switch (label) {
            case "UTF-8 (BOM)" -> new CsvRows.TextEncoding(StandardCharsets.UTF_8, 3, false, label);
            case "UTF-16LE (BOM)" -> new CsvRows.TextEncoding(StandardCharsets.UTF_16LE, 2, false, label);
            case "UTF-16BE (BOM)" -> new CsvRows.TextEncoding(StandardCharsets.UTF_16BE, 2, false, label);
            default -> new CsvRows.TextEncoding(Charset.forName(label), 0, false, label);
        };
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
            CsvRows.TextEncoding decoded = encoding(file, name, encoding);
            boolean plain = encoding != null || decoded.label().startsWith("UTF-") || decoded.label().equals("GB18030");
            // The start of the text tells a CSV file from a broken workbook (whose bytes hold control characters early on).
            String start = CsvRows.prefix(file, decoded, DELIMITER_PREFIX);
            String firstLine = start.strip().lines().findFirst().orElse("");
            boolean columns = delimiter != null || firstLine.indexOf(',') >= 0 || firstLine.indexOf(';') >= 0
                    || firstLine.indexOf('\t') >= 0;
            if (!plain || !columns || start.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')) {
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

    /** Workbooks (XLSX) bigger than this are read as their XML is parsed, not through POI's user model. */
    static final long STREAM_WORKBOOK_BYTES = 1L << 20;

    private SpreadsheetTable readWorkbook(Path file, String name, String wanted, boolean zip) {
        try {
            if (zip && (keepRows == 0 || Files.size(file) > STREAM_WORKBOOK_BYTES)) {
                return readBigWorkbook(file, name, wanted);
            }
        } catch (ImportRejectedException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read the workbook {}", file, e);
            throw reject(name, 0, messages.get("file.brokenWorkbook", name));
        }
        try (Workbook workbook = WorkbookFactory.create(file.toFile(), null, true)) {
            List<String> names = new ArrayList<>();
            List<Boolean> hiddenFlags = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                names.add(workbook.getSheetAt(i).getSheetName());
                hiddenFlags.add(workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i));
            }
            SheetChoice choice = chooseSheet(name, names, hiddenFlags, wanted);
            Sheet chosen = workbook.getSheetAt(choice.index());
            boolean date1904 = workbook instanceof XSSFWorkbook x ? x.isDate1904()
                    : workbook instanceof HSSFWorkbook h && h.getInternalWorkbook().isUsing1904DateWindowing();
            TableBuilder table = new TableBuilder(name, SpreadsheetTable.Format.XLSX, null, null, choice.sheets(),
                    new TableBuilder.Layout(chosen.getMergedRegions(), date1904), Integer.MAX_VALUE, messages);
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
                table.add(new SpreadsheetRow(row.getRowNum() + 1, cells, uncalculated));
            }
            return table(choice, table, null);
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
     * A big XLSX workbook, read as its sheet's XML is parsed ({@link XlsxRows}): a pass for the merged
     * cells (listed after the rows), then the rows as for a CSV file; the rows of a sheet of more than
     * {@link #KEEP_ROWS} data rows are read again for each pass over them. Formulas are not calculated
     * here: their saved result is read, and one without a saved result reads as empty (flagged).
     */
    private SpreadsheetTable readBigWorkbook(Path file, String name, String wanted) throws IOException {
        XlsxRows.WorkbookInfo info = XlsxRows.workbook(file.toFile());
        SheetChoice choice = chooseSheet(name, info.sheets().stream().map(XlsxRows.SheetEntry::name).toList(),
                info.sheets().stream().map(XlsxRows.SheetEntry::hidden).toList(), wanted);
        XlsxRows rows = XlsxRows.of(file.toFile(), info.sheets().get(choice.index()).relationId(), info.date1904());
        TableBuilder table = new TableBuilder(name, SpreadsheetTable.Format.XLSX, null, null, choice.sheets(),
                new TableBuilder.Layout(rows.mergedRegions(), info.date1904()), keepRows, messages);
        try (RowSource.Cursor cursor = rows.open()) {
            SpreadsheetRow row;
            while ((row = cursor.next()) != null) {
                table.add(row);
            }
        }
        return table(choice, table, rows);
    }

    /**
     * The sheet to read: the one named ({@code wanted}, hidden ones too, case and surrounding spaces
     * ignored), else the first visible one.
     *
     * @throws ImportRejectedException naming every sheet (hidden ones marked) if there is no such sheet
     */
    private SheetChoice chooseSheet(String name, List<String> names, List<Boolean> hiddenFlags, String wanted) {
        List<String> visible = new ArrayList<>();
        List<String> hidden = new ArrayList<>();
        List<String> described = new ArrayList<>();
        int chosen = -1;
        for (int i = 0; i < names.size(); i++) {
            String sheet = names.get(i);
            boolean isHidden = hiddenFlags.get(i);
            (isHidden ? hidden : visible).add(sheet);
            described.add(isHidden ? messages.get("xlsx.hiddenSheet", sheet) : "“" + sheet + "”");
            // A hidden sheet is read only when it is named: it often holds lookup lists or old data.
            boolean match = wanted == null ? !isHidden : sheet.strip().equalsIgnoreCase(wanted.strip());
            if (match && chosen < 0) {
                chosen = i;
            }
        }
        if (chosen < 0) {
            throw reject(name, 0, wanted == null
                    ? messages.get("xlsx.noSheet", name, String.join(", ", described))
                    : messages.get("xlsx.sheetMissing", name, wanted, String.join(", ", described)));
        }
        return new SheetChoice(name, chosen, described, new TableBuilder.Sheets(visible, hidden, names.get(chosen)));
    }

    /** The sheet chosen ({@code index} in tab order), how every sheet is named to the user, and the lists for the table. */
    private record SheetChoice(String file, int index, List<String> described, TableBuilder.Sheets sheets) {
    }

    /** The table of the chosen sheet's rows; an empty sheet of a workbook with others is refused naming them. */
    private SpreadsheetTable table(SheetChoice choice, TableBuilder table, RowSource source) {
        if (!table.anyFilled() && choice.described().size() > 1) {
            // The list is often on another sheet (a hidden one, or not the first): name them.
            List<String> others = new ArrayList<>(choice.described());
            others.remove(choice.index());
            throw reject(choice.file(), 0, messages.get("xlsx.sheetEmpty", choice.file(), choice.sheets().read(),
                    String.join(", ", others)));
        }
        return table.table(source);
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
                return numberText(number, DateUtil.isCellDateFormatted(cell), date1904);
            case BOOLEAN:
                return bool ? "TRUE" : "FALSE";
            case ERROR:
                return FormulaError.forInt(error).getString();
            default:
                return "";
        }
    }

    /**
     * A number as the user reads it: a date-formatted one as an ISO date (with its time, if any) in
     * the workbook's date system, else Excel's own 15-digit display text in exact decimal notation
     * (no "E+").
     */
    static String numberText(double number, boolean dateFormatted, boolean date1904) {
        if (dateFormatted) {
            LocalDateTime at = DateUtil.getLocalDateTime(number, date1904);
            return at.toLocalTime().equals(LocalTime.MIDNIGHT) ? at.toLocalDate().toString() : at.toString();
        }
        return new BigDecimal(NumberToTextConverter.toText(number)).toPlainString();
    }

    /** True if a number in a cell of this format is shown as a date (POI's rule for a cell, {@link DateUtil#isCellDateFormatted}). */
    static boolean isDateFormat(int formatIndex, String formatString, double number) {
        return DateUtil.isValidExcelDate(number) && formatString != null && DateUtil.isADateFormat(formatIndex, formatString);
    }

    // ---------------------------------------------------------------------------------- Shared

    private static ImportRejectedException reject(String file, int line, String reason) {
        return new ImportRejectedException(List.of(new ImportProblem(file, line, null, reason)));
    }

    /** The language of the problems this reader reports. */
    public Locale locale() {
        return locale;
    }
}
