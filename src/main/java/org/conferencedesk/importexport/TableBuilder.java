package org.conferencedesk.importexport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Makes a {@link SpreadsheetTable} of the rows of a file handed over one at a time, in file order,
 * without holding them all: it keeps the first rows until the header is placed (title rows above
 * it, a two-row merged header), then for each data row gives it the text of the cells merged over
 * it, notes a cell-count problem and counts it. A file of at most {@code keepRows} data rows keeps
 * them in memory; a bigger one gets a {@link StreamedRows} list that reads the file again each
 * time it is gone through (the rows are never all in memory: see docs/BENCHMARKS.md, "Import memory").
 *
 * <p>The rules (decision 0020) are those of the whole-file reading before: the header is looked for
 * among the first {@value #HEADER_WINDOW} non-blank rows and the ones below it, so the rows
 * {@link #BUFFER} kept before it is placed are all that the rules look at.
 */
final class TableBuilder {

    /** Title rows above the header are taken for one only while their number stays small. */
    static final int MOST_TITLE_ROWS = 5;
    /** Rows looked at to find the header. */
    static final int HEADER_WINDOW = 50;
    /** Non-blank rows kept before the header is placed: every row {@link #headerIndex} and the two-row header look at. */
    static final int BUFFER = MOST_TITLE_ROWS + 1 + HEADER_WINDOW + 2;

    /** What a workbook sheet adds to its rows: merged regions (0-based rows) and the date system. */
    record Layout(List<CellRangeAddress> merged, boolean date1904) {

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

    /** A workbook's visible and hidden sheet names, and the one read. */
    record Sheets(List<String> visible, List<String> hidden, String read) {
    }

    private final String name;
    private final SpreadsheetTable.Format format;
    private final String encoding;
    private final Character delimiter;
    private final Sheets sheets;
    private final Layout layout;
    private final int keepRows;
    private final Messages messages;

    /** Non-blank rows before the header is placed. */
    private List<SpreadsheetRow> buffer = new ArrayList<>();
    private boolean placed;
    private SpreadsheetRow header;
    private List<SpreadsheetRow> titleRows = List.of();
    /** The header's last line (the lower one of a two-row header): data rows are the non-blank rows below. */
    private int lastHeaderLine;
    /** The text of the top-left cell of each merged region, by region. */
    private final Map<Integer, String> mergedTexts = new HashMap<>();
    private final Map<Integer, List<Integer>> regionsStartingAt = new HashMap<>();
    private Spreader spreader;
    private final Map<Integer, ImportProblem> problems = new LinkedHashMap<>();
    private List<SpreadsheetRow> kept = new ArrayList<>();
    private int count;
    private boolean anyFilled;

    /**
     * @param layout null for CSV (short rows count, no merged cells), else the sheet's merged regions and date system
     * @param keepRows data rows kept in memory at most; beyond, the table's rows are read again from the file
     */
    TableBuilder(String name, SpreadsheetTable.Format format, String encoding, Character delimiter, Sheets sheets,
                 Layout layout, int keepRows, Messages messages) {
        this.name = name;
        this.format = format;
        this.encoding = encoding;
        this.delimiter = delimiter;
        this.sheets = sheets;
        this.layout = layout;
        this.keepRows = keepRows;
        this.messages = messages;
        if (layout != null) {
            for (int i = 0; i < layout.merged().size(); i++) {
                regionsStartingAt.computeIfAbsent(layout.merged().get(i).getFirstRow() + 1, k -> new ArrayList<>()).add(i);
            }
        }
    }

    /** Takes the next row of the file (blank ones too, in file order). */
    void add(SpreadsheetRow row) {
        List<Integer> starting = regionsStartingAt.get(row.line());
        if (starting != null) {
            for (int region : starting) {
                mergedTexts.put(region, row.cell(layout.merged().get(region).getFirstColumn()));
            }
        }
        if (row.isBlank()) {
            return;
        }
        anyFilled = true;
        if (placed) {
            data(row);
            return;
        }
        buffer.add(row);
        if (buffer.size() == BUFFER) {
            place();
        }
    }

    /** True once a non-blank row was taken. */
    boolean anyFilled() {
        return anyFilled;
    }

    /**
     * The table of the rows taken so far.
     *
     * @param source the same rows again from the file's start, for a table too big to keep
     * @throws ImportRejectedException if every row was blank
     */
    SpreadsheetTable table(RowSource source) {
        if (!placed) {
            if (buffer.isEmpty()) {
                throw new ImportRejectedException(List.of(new ImportProblem(name, 0, null, messages.get("file.empty", name))));
            }
            place();
        }
        List<SpreadsheetTable.MergedCell> mergedCells = new ArrayList<>();
        if (layout != null) {
            for (int i = 0; i < layout.merged().size(); i++) {
                CellRangeAddress region = layout.merged().get(i);
                if (region.getFirstRow() + 1 > lastHeaderLine) {
                    mergedCells.add(new SpreadsheetTable.MergedCell(region.getFirstRow() + 1, region.getLastRow() + 1,
                            region.getFirstColumn(), region.getLastColumn(), mergedTexts.getOrDefault(i, "")));
                }
            }
        }
        List<SpreadsheetRow> rows = kept != null ? kept
                : new StreamedRows(source, count, lastHeaderLine, layout, Map.copyOf(mergedTexts), name, messages);
        DateText.Serials serials = layout == null ? DateText.Serials.NONE
                : layout.date1904() ? DateText.Serials.EXCEL_1904 : DateText.Serials.EXCEL_1900;
        return new SpreadsheetTable(name, format, encoding, delimiter, sheets == null ? List.of() : sheets.visible(),
                sheets == null ? null : sheets.read(), header, rows, titleRows,
                sheets == null ? List.of() : sheets.hidden(), serials, mergedCells, problems);
    }

    /** Places the header among the rows kept so far, then takes the rows below it as data rows. */
    private void place() {
        placed = true;
        int headerAt = headerIndex(buffer, layout);
        SpreadsheetRow top = buffer.get(headerAt);
        int dataFrom = headerAt + 1;
        lastHeaderLine = top.line();
        if (layout != null) {
            SpreadsheetRow joined = mergedHeader(top, dataFrom < buffer.size() ? buffer.get(dataFrom) : null, layout.merged());
            if (joined != null) {
                top = joined;
                lastHeaderLine = buffer.get(dataFrom).line();
                dataFrom++;
            }
        }
        header = withoutTrailingEmptyCells(top);
        titleRows = List.copyOf(buffer.subList(0, headerAt));
        spreader = new Spreader(layout, mergedTexts, lastHeaderLine);
        List<SpreadsheetRow> below = buffer.subList(dataFrom, buffer.size());
        buffer = null;
        for (SpreadsheetRow row : below) {
            data(row);
        }
    }

    private void data(SpreadsheetRow raw) {
        SpreadsheetRow row = spreader.spread(raw);
        count++;
        ImportProblem problem = cellCountProblem(name, header, row, layout == null, messages);
        if (problem != null) {
            problems.put(row.line(), problem);
        }
        if (kept != null) {
            kept.add(row);
            if (kept.size() > keepRows) {
                kept = null;
            }
        }
    }

    /**
     * Where the header is among the non-blank rows: the first one with at least half as many filled
     * cells as the widest row near the top (and at least two), when the rows above it are few
     * ({@value #MOST_TITLE_ROWS} at most) and most rows below it have two filled cells or more, as a
     * title row ({@code 2020世界智能制造大会签约项目}, {@code (单位：亿元)}) above a table has; else the first
     * row. A workbook cell merged down marks a header row (the upper row of a two-row header).
     */
    static int headerIndex(List<SpreadsheetRow> filled, Layout layout) {
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
     * Joins a header that spans two rows into one: when a cell of the header row is merged down over
     * the row below (a title written once for two rows), or merged across columns with texts below
     * it ("联系方式" over "电话" | "邮箱"), each column's header is the lower text, or the upper one
     * where the lower cell is empty. Returns the joined row (numbered as the upper one), or null if
     * the header is one row.
     */
    static SpreadsheetRow mergedHeader(SpreadsheetRow top, SpreadsheetRow below, List<CellRangeAddress> merged) {
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
     * The problem of a row whose cells cannot be matched to the header's columns, or null: a CSV row
     * with fewer cells (its cells would land in the wrong columns: {@code 王建华,院士} under
     * 姓名,单位,职务 would make 院士 the organisation), and any row with filled cells beyond the header
     * (they would be lost). A workbook row is short whenever its last cells are empty, so only long
     * ones count there ({@code text} false).
     */
    static ImportProblem cellCountProblem(String name, SpreadsheetRow header, SpreadsheetRow row, boolean text,
                                          Messages messages) {
        int width = header.cells().size();
        int count = row.cells().size();
        if (count > width) {
            for (int c = width; c < count; c++) {
                if (!row.cell(c).isBlank()) {
                    return new ImportProblem(name, row.line(), null, messages.get("row.tooManyCells", count, width, row.cell(c)));
                }
            }
        } else if (text && count < width) {
            return new ImportProblem(name, row.line(), null,
                    messages.get("row.tooFewCells", count, width, row.cell(count - 1), header.cell(count - 1)));
        }
        return null;
    }

    private static SpreadsheetRow withoutTrailingEmptyCells(SpreadsheetRow row) {
        int end = row.cells().size();
        while (end > 0 && row.cells().get(end - 1).isBlank()) {
            end--;
        }
        return new SpreadsheetRow(row.line(), row.cells().subList(0, end), row.formulasWithoutResult());
    }

    /**
     * Gives the text of each cell merged over data rows to every data row it spans (in the block's
     * first column, where that cell is blank), for rows handed over in file order. Keeps only the
     * regions that span the current row.
     */
    private static final class Spreader {
        /** The regions over data rows that span more than one row, by their top row. */
        private final List<CellRangeAddress> regions = new ArrayList<>();
        private final List<Integer> indices = new ArrayList<>();
        private final List<CellRangeAddress> active = new ArrayList<>();
        private final List<String> activeTexts = new ArrayList<>();
        private int next;

        /** @param mergedTexts each region's text (its top row comes before the rows it spans, so it is known by then) */
        Spreader(Layout layout, Map<Integer, String> mergedTexts, int lastHeaderLine) {
            if (layout == null) {
                return;
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < layout.merged().size(); i++) {
                CellRangeAddress region = layout.merged().get(i);
                if (region.getFirstRow() + 1 > lastHeaderLine && region.getLastRow() > region.getFirstRow()) {
                    order.add(i);
                }
            }
            order.sort(Comparator.comparingInt(i -> layout.merged().get(i).getFirstRow()));
            for (int i : order) {
                regions.add(layout.merged().get(i));
                indices.add(i);
            }
            this.mergedTexts = mergedTexts;
        }

        private Map<Integer, String> mergedTexts = Map.of();

        SpreadsheetRow spread(SpreadsheetRow row) {
            if (regions.isEmpty()) {
                return row;
            }
            int line = row.line();
            while (next < regions.size() && regions.get(next).getFirstRow() + 1 < line) {
                active.add(regions.get(next));
                activeTexts.add(mergedTexts.getOrDefault(indices.get(next), ""));
                next++;
            }
            List<String> filled = null;
            for (int i = active.size() - 1; i >= 0; i--) {
                CellRangeAddress region = active.get(i);
                if (region.getLastRow() + 1 < line) {
                    active.remove(i);
                    activeTexts.remove(i);
                }
            }
            for (int i = 0; i < active.size(); i++) {
                CellRangeAddress region = active.get(i);
                String text = activeTexts.get(i);
                if (text.isBlank()) {
                    continue;
                }
                if (filled == null) {
                    filled = new ArrayList<>(row.cells());
                }
                while (filled.size() <= region.getFirstColumn()) {
                    filled.add("");
                }
                if (filled.get(region.getFirstColumn()).isBlank()) {
                    filled.set(region.getFirstColumn(), text);
                }
            }
            return filled == null ? row : row.withCells(filled);
        }
    }

    /**
     * Lets go of the file a big table's rows were being read from (the reading by index), so that it
     * is not held open after a cancel or an error until the memory is collected (Windows would keep
     * Excel from saving it). Nothing for rows kept in memory; the rows can still be gone through after.
     */
    static void release(SpreadsheetTable table) {
        if (table != null && table.rows() instanceof StreamedRows rows) {
            rows.release();
        }
    }

    /**
     * The data rows of a file too big to keep: each pass over them reads the file again through its
     * {@link RowSource}, handing the rows over as they are parsed (title rows and the header skipped,
     * merged cells spread as when the table was made). {@link #get(int)} for the next index continues
     * the last reading, so going through the rows by index reads the file once. A file that no longer
     * has the rows counted when the table was made (changed since) is refused with
     * {@code file.changed}.
     */
    static final class StreamedRows extends AbstractList<SpreadsheetRow> {
        private final RowSource source;
        private final int size;
        private final int lastHeaderLine;
        private final Layout layout;
        private final Map<Integer, String> mergedTexts;
        private final String name;
        private final Messages messages;
        private Rows cursor;
        private int cursorIndex = -1;
        private SpreadsheetRow current;

        StreamedRows(RowSource source, int size, int lastHeaderLine, Layout layout, Map<Integer, String> mergedTexts,
                     String name, Messages messages) {
            this.source = source;
            this.size = size;
            this.lastHeaderLine = lastHeaderLine;
            this.layout = layout;
            this.mergedTexts = mergedTexts;
            this.name = name;
            this.messages = messages;
        }

        @Override
        public int size() {
            return size;
        }

        @Override
        public synchronized SpreadsheetRow get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            if (cursor != null && index == cursorIndex) {
                return current;
            }
            if (cursor == null || index < cursorIndex) {
                if (cursor != null) {
                    cursor.close();
                }
                cursor = new Rows();
                cursorIndex = -1;
            }
            while (cursorIndex < index) {
                current = cursor.next();
                cursorIndex++;
            }
            if (cursorIndex == size - 1) {
                // The last row: nothing more to read, let go of the file.
                cursor.close();
                cursor = null;
            }
            return current;
        }

        @Override
        public Iterator<SpreadsheetRow> iterator() {
            return new Rows();
        }

        /** Closes the reading by index, if one is under way; the next {@link #get} starts a new one. */
        synchronized void release() {
            if (cursor != null) {
                cursor.close();
                cursor = null;
            }
        }

        /** One reading of the data rows, closed when its last row is handed over. */
        private final class Rows implements Iterator<SpreadsheetRow> {
            private RowSource.Cursor rows;
            private final Spreader spreader = new Spreader(layout, mergedTexts, lastHeaderLine);
            private int handed;

            @Override
            public boolean hasNext() {
                return handed < size;
            }

            @Override
            public SpreadsheetRow next() {
                if (handed >= size) {
                    throw new NoSuchElementException();
                }
                try {
                    if (rows == null) {
                        rows = source.open();
                    }
                    SpreadsheetRow row;
                    do {
                        row = rows.next();
                        if (row == null) {
                            throw changed();
                        }
                    } while (row.line() <= lastHeaderLine || row.isBlank());
                    handed++;
                    if (handed == size) {
                        close();
                    }
                    return spreader.spread(row);
                } catch (IOException | UncheckedIOException | IllegalStateException e) {
                    close();
                    throw changed();
                }
            }

            void close() {
                if (rows != null) {
                    try {
                        rows.close();
                    } catch (IOException ignored) {
                        // Only read from: nothing is lost.
                    }
                    rows = null;
                }
            }
        }

        private ImportRejectedException changed() {
            return new ImportRejectedException(List.of(new ImportProblem(name, 0, null, messages.get("file.changed", name))));
        }
    }
}
