package org.conferencedesk.importexport;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV file read as they are parsed (Apache Commons CSV over a decoding reader), each
 * numbered with the line where its record starts (CR LF, CR and LF each end a line; a quoted field
 * with line breaks makes the next record start further down). Also the reader's passes over the
 * bytes that need no rows: a strict decoding that finds the first invalid byte or unreadable
 * character without keeping the text. Package-private: the reader's plumbing.
 */
final class CsvRows implements RowSource {

    /**
     * How a file's bytes become text.
     *
     * @param charset the encoding
     * @param skipBytes the bytes of a byte-order mark skipped before decoding
     * @param stripBom true to drop a U+FEFF that starts the decoded text (an encoding given by the user)
     * @param label the name shown to the user ({@code UTF-8 (BOM)}, {@code GB18030} ...)
     */
    record TextEncoding(Charset charset, int skipBytes, boolean stripBom, String label) {
    }

    private final Path file;
    private final TextEncoding encoding;
    private final CSVFormat format;

    CsvRows(Path file, TextEncoding encoding, CSVFormat format) {
        this.file = file;
        this.encoding = encoding;
        this.format = format;
    }

    /** The decoded text from its start (BOM skipped as the encoding says). */
    static Reader text(Path file, TextEncoding encoding) throws IOException {
        return text(file, encoding, new AtomicLong());
    }

    /** The decoded text from its start, counting into {@code bytesRead} the bytes read from the file so far. */
    private static Reader text(Path file, TextEncoding encoding, AtomicLong bytesRead) throws IOException {
        InputStream in = new BufferedInputStream(new FilterInputStream(Files.newInputStream(file)) {
            @Override
            public int read(byte[] bytes, int offset, int length) throws IOException {
                int n = super.read(bytes, offset, length);
                if (n > 0) {
                    bytesRead.addAndGet(n);
                }
                return n;
            }
        }, 1 << 16);
        try {
            in.skipNBytes(encoding.skipBytes());
            PushbackReader reader = new PushbackReader(new InputStreamReader(in, encoding.charset().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)), 1);
            if (encoding.stripBom()) {
                int first = reader.read();
                if (first >= 0 && first != '\uFEFF') {
                    reader.unread(first);
                }
            }
            return reader;
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    /** The first {@code most} characters of the text (fewer if it is shorter). */
    static String prefix(Path file, TextEncoding encoding, int most) throws IOException {
        try (Reader reader = text(file, encoding)) {
            char[] chars = new char[most];
            int n = 0;
            int read;
            while (n < most && (read = reader.read(chars, n, most - n)) > 0) {
                n += read;
            }
            return new String(chars, 0, n);
        }
    }

    @Override
    public CsvCursor open() throws IOException {
        AtomicLong bytesRead = new AtomicLong();
        LineCountingReader lines = new LineCountingReader(text(file, encoding, bytesRead));
        try {
            return new CsvCursor(lines, CSVParser.builder().setReader(lines).setFormat(format).get(), bytesRead);
        } catch (IOException | RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    /** One reading of the rows, which knows where the last record read starts. */
    static final class CsvCursor implements Cursor {
        private final LineCountingReader lines;
        private final CSVParser parser;
        private final Iterator<CSVRecord> records;
        private final AtomicLong bytesRead;
        private long lastStart = -1;

        private CsvCursor(LineCountingReader lines, CSVParser parser, AtomicLong bytesRead) {
            this.lines = lines;
            this.parser = parser;
            this.records = parser.iterator();
            this.bytesRead = bytesRead;
        }

        /** How many bytes of the file were read so far (a little ahead of the last record). */
        long bytesRead() {
            return bytesRead.get();
        }

        @Override
        public SpreadsheetRow next() {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            lastStart = record.getCharacterPosition();
            return new SpreadsheetRow(lines.lineOf(lastStart), List.of(record.values()));
        }

        /** The character position where the last record read starts, or -1 before the first. */
        long lastStart() {
            return lastStart;
        }

        @Override
        public void close() throws IOException {
            parser.close();
        }
    }

    /**
     * The line of the record after the one starting at character {@code lastStart} (where a record
     * that cannot be parsed starts: the end of the last good one, after its first line break outside
     * quotes), or 1 if no record was read.
     */
    int lineAfterRecord(long lastStart) throws IOException {
        if (lastStart < 0) {
            return 1;
        }
        try (Reader reader = new java.io.BufferedReader(text(file, encoding), 1 << 16)) {
            int line = 1;
            long position = 0;
            boolean quoted = false;
            int c = reader.read();
            while (c >= 0) {
                int next = reader.read();
                boolean lineEnd = c == '\n' || (c == '\r' && next != '\n');
                if (position >= lastStart) {
                    if (c == '"') {
                        quoted = !quoted;
                    } else if (!quoted && (c == '\n' || c == '\r')) {
                        // After CR LF the record ends past the LF: both characters end this line.
                        return line + 1;
                    }
                }
                if (lineEnd) {
                    line++;
                }
                position++;
                c = next;
            }
            return line;
        }
    }

    // --------------------------------------------------------------------------- byte passes

    /** What a strict decoding of the whole file found. */
    enum Verdict {
        /** Every byte decodes, to no private-use or replacement character. */
        CLEAN,
        /** A byte sequence is not valid in the encoding ({@link Check#failedAt()}). */
        INVALID,
        /** The bytes decode, but to a private-use character or U+FFFD (mojibake, or text lost before). */
        UNREADABLE
    }

    /** @param failedAt the offset of the first invalid byte (from the file's start), or -1 */
    record Check(Verdict verdict, long failedAt) {
    }

    /**
     * Decodes {@code file} from byte {@code skip} strictly in {@code charset}, 64 KiB at a time,
     * keeping no text: the verdict of {@code SpreadsheetReader}'s whole-text decoding and
     * {@code firstUnreadable} check, in bounded memory.
     */
    static Check check(Path file, int skip, Charset charset) throws IOException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 17);
        long read = skip;
        try (InputStream stream = Files.newInputStream(file)) {
            stream.skipNBytes(skip);
            boolean end = false;
            while (true) {
                if (!end) {
                    int n = stream.read(in.array(), in.arrayOffset() + in.position(), in.remaining());
                    if (n < 0) {
                        end = true;
                    } else {
                        in.position(in.position() + n);
                        read += n;
                    }
                }
                in.flip();
                CoderResult result = decoder.decode(in, out, end);
                if (result.isError()) {
                    return new Check(Verdict.INVALID, read - in.remaining());
                }
                if (end && !result.isOverflow()) {
                    result = decoder.flush(out);
                    if (result.isError()) {
                        return new Check(Verdict.INVALID, read - in.remaining());
                    }
                }
                out.flip();
                if (unreadable(out)) {
                    return new Check(Verdict.UNREADABLE, -1);
                }
                out.clear();
                in.compact();
                if (end && in.position() == 0 && !result.isOverflow()) {
                    return new Check(Verdict.CLEAN, -1);
                }
            }
        }
    }

    /** True if {@code chars} hold a private-use character (planes 0, 15, 16) or U+FFFD. */
    private static boolean unreadable(CharBuffer chars) {
        for (int i = chars.position(); i < chars.limit(); i++) {
            char c = chars.get(i);
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || (c >= '\uDB80' && c <= '\uDBFF')) {
                return true;
            }
        }
        return false;
    }

    /** How many multi-byte UTF-8 characters start in the file's first {@code end} bytes (counting lead bytes). */
    static int multiByteUtf8Before(Path file, long end) throws IOException {
        int count = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (long i = 0; i < end; i++) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                if ((b & 0xC0) == 0xC0) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * A reader that notes where lines start in what passes through it, so that a record's character
     * position becomes the line the user sees. It keeps only the line starts not yet asked for:
     * positions must be asked in ascending order.
     */
    static final class LineCountingReader extends FilterReader {
        private final ArrayDeque<Long> starts = new ArrayDeque<>();
        private long position;
        /** A CR was the last character read: its line ends there unless an LF follows. */
        private boolean pendingCr;
        private int line = 1;

        LineCountingReader(Reader in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int c = super.read();
            if (c < 0) {
                endOfText();
            } else {
                see((char) c);
            }
            return c;
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n < 0) {
                endOfText();
            }
            for (int i = 0; i < n; i++) {
                see(buffer[offset + i]);
            }
            return n;
        }

        private void see(char c) {
            if (pendingCr && c != '\n') {
                starts.add(position);
            }
            pendingCr = c == '\r';
            position++;
            if (c == '\n') {
                starts.add(position);
            }
        }

        private void endOfText() {
            if (pendingCr) {
                starts.add(position);
                pendingCr = false;
            }
        }

        /** The 1-based line of character {@code offset} (not smaller than any asked before). */
        int lineOf(long offset) {
            while (!starts.isEmpty() && starts.peekFirst() <= offset) {
                starts.removeFirst();
                line++;
            }
            return line;
        }
    }
}
