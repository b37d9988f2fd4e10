package org.conferencedesk.importexport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.conferencedesk.shared.record.RecordField;

/**
 * What an import would do, for the window's preview, whatever the record type: how the file was
 * read, what each column is (a field, the unit column, ignored, or waiting for the user's word), the
 * first rows as written, every problem that would refuse it, every row that looks like a record
 * already there, and the notes (total rows left out, unlikely values).
 *
 * @param file the file's name
 * @param format CSV or XLSX, or null if the file could not be read at all
 * @param encoding the CSV encoding detected or given ({@code UTF-8 (BOM)}, {@code GB18030} ...), or null
 * @param delimiter the CSV delimiter detected or given, or null
 * @param sheetNames the workbook's visible sheets (empty for CSV)
 * @param sheet the sheet read, or null for CSV
 * @param headers the header row as written
 * @param columns what each column is, left to right (one per header)
 * @param firstRows the first {@value ImportService#PREVIEW_ROWS} data rows as written
 * @param rowCount the number of non-blank data rows (total rows included)
 * @param readyCount the number of rows that convert to a record without problems
 * @param problems every problem found, in file order; empty means an all-or-nothing import can run
 * @param duplicates every good row that looks like a record already there, in file order
 * @param notes what the user should know, in file order
 * @param newValues the values the event's lists do not know ({@link ValueList}), each once, in the
 *                  order first met, with the user's answer if any
 * @param <R> the record type
 */
public record ImportPreview<R>(String file, SpreadsheetTable.Format format, String encoding, Character delimiter,
                               List<String> sheetNames, String sheet, List<String> headers, List<Column> columns,
                               List<SpreadsheetRow> firstRows, int rowCount, int readyCount,
                               List<ImportProblem> problems, List<Duplicate<R>> duplicates, List<ImportNote> notes,
                               List<NewValue> newValues) {

    /**
     * One column of the file.
     *
     * @param header as written
     * @param kind what it is
     * @param field the field it holds, or would hold when it is {@link Columns.Kind#TWICE}; else null
     * @param couldBe for a column nobody recognised: the fields it could be, best first
     */
    public record Column(String header, Columns.Kind kind, RecordField field, List<RecordField> couldBe) {

        /** Copies the list. */
        public Column {
            couldBe = List.copyOf(couldBe);
        }

        /** True if the import waits for the user's word on this column (not known, or a field twice). */
        public boolean undecided() {
            return kind == Columns.Kind.UNKNOWN || kind == Columns.Kind.TWICE;
        }
    }

    /**
     * A value of the file that the event's list for its column does not know.
     *
     * @param field the field of its column
     * @param header the column's header as written
     * @param written the value as first written in the file
     * @param rows how many rows give it
     * @param lines the first of those rows' lines (at most ten)
     * @param choices the event's known values it may be mapped to, in the user's language
     * @param asks true if the import waits for an answer; false if it is added unless mapped
     * @param answer the known value it is mapped to, or the new value added (its own text for "add as
     *               written"); null while unanswered (added anyway when {@code asks} is false)
     */
    public record NewValue(RecordField field, String header, String written, int rows, List<Integer> lines,
                           List<String> choices, boolean asks, String answer) {

        /** Copies the lists. */
        public NewValue {
            lines = List.copyOf(lines);
            choices = List.copyOf(choices);
        }

        /** True while the import waits for the user's word on this value. */
        public boolean waiting() {
            return asks && answer == null;
        }
    }

    /** Copies the collections. */
    public ImportPreview {
        newValues = List.copyOf(newValues);
        sheetNames = List.copyOf(sheetNames);
        headers = List.copyOf(headers);
        columns = List.copyOf(columns);
        firstRows = List.copyOf(firstRows);
        problems = List.copyOf(problems);
        duplicates = List.copyOf(duplicates);
        notes = List.copyOf(notes);
    }

    /** A preview of a file that could not be read at all: its name and its problems. */
    public static <R> ImportPreview<R> unreadable(String file, List<ImportProblem> problems) {
        return new ImportPreview<>(file, null, null, null, List.of(), null, List.of(), List.of(), List.of(), 0, 0,
                problems, List.of(), List.of(), List.of());
    }

    /** Header as written → field, in column order, for the columns the import will read. */
    public Map<String, RecordField> mapping() {
        Map<String, RecordField> mapping = new LinkedHashMap<>();
        for (Column c : columns) {
            if (c.kind() == Columns.Kind.FIELD) {
                mapping.put(c.header(), c.field());
            }
        }
        return mapping;
    }

    /** True if every column is accounted for (a field, the unit column, ignored or empty). */
    public boolean columnsDecided() {
        return columns.stream().noneMatch(Column::undecided);
    }

    /** True if an all-or-nothing import would add {@link #readyCount()} records: no problem, at least one row. */
    public boolean canImport() {
        return problems.isEmpty() && readyCount > 0;
    }

    /** True if the header is usable and at least one row is good: a partial import ("the good rows") can run. */
    public boolean canImportGoodRows() {
        return readyCount > 0 && columnsDecided();
    }
}
