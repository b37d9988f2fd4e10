package org.conferencedesk.importexport;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.conferencedesk.importexport.CellReader.CellProblem;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.record.RecordField;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;

/**
 * One data row of an import file as a record type's converter sees it: each field's cell read by
 * the {@link CellReader} (text, dates, times, numbers, amounts with their column's unit, choices),
 * and every problem tied to the column it was found in, at most one per field. A converter reads
 * what it needs and builds its record; the pipeline keeps the record only if the row has no problem.
 * Notes ({@link #note}) report what is allowed but unlikely (a 0-yuan contract).
 *
 * <p>Not thread-safe: one per row.
 *
 * @param <F> the record type's field enum
 */
public final class ImportRow<F extends Enum<F> & RecordField> {

    private final String file;
    private final SpreadsheetRow row;
    private final Columns<F> columns;
    private final CellReader cells;
    private final Map<F, AmountUnit> units;
    private final Function<F, DateText.Reading> readings;
    private final List<ImportProblem> problems = new ArrayList<>(0);
    private final List<ImportNote> notes = new ArrayList<>(0);
    private final EnumSet<F> failed;
    private final DecimalMark decimalMark;
    private final NewValues newValues;
    /** True while a cell holds a new value of a list that asks, with no answer: the row is not saved. */
    private boolean waiting;

    /**
     * @param units the unit each amount field's column carries (header, title row or unit column), if any
     * @param decimalMark the decimal mark of the file's numbers
     */
    ImportRow(String file, SpreadsheetRow row, Columns<F> columns, CellReader cells, Map<F, AmountUnit> units,
              Function<F, DateText.Reading> readings, Class<F> type, DecimalMark decimalMark, NewValues newValues) {
        this.file = file;
        this.row = row;
        this.columns = columns;
        this.cells = cells;
        this.units = units;
        this.readings = readings;
        this.failed = EnumSet.noneOf(type);
        this.decimalMark = decimalMark;
        this.newValues = newValues;
    }

    /** A fresh view of the same row, without its problems and notes (to read a cell for a side check). */
    ImportRow<F> copy() {
        return new ImportRow<>(file, row, columns, cells, units, readings, failed, decimalMark,
                new NewValues(ValueAnswers.NONE));
    }

    private ImportRow(String file, SpreadsheetRow row, Columns<F> columns, CellReader cells, Map<F, AmountUnit> units,
                      Function<F, DateText.Reading> readings, EnumSet<F> none, DecimalMark decimalMark,
                      NewValues newValues) {
        this.newValues = newValues;
        this.file = file;
        this.row = row;
        this.columns = columns;
        this.cells = cells;
        this.units = units;
        this.readings = readings;
        this.decimalMark = decimalMark;
        this.failed = none.clone();
        this.failed.clear();
    }

    /** The row's line as the user sees it. */
    public int line() {
        return row.line();
    }

    /** The row as read. */
    public SpreadsheetRow row() {
        return row;
    }

    /** True if the file has a column for {@code field}. */
    public boolean has(F field) {
        return columns.index(field) >= 0;
    }

    /** The cell of {@code field} exactly as read, or "" if the file has no such column. */
    public String cell(F field) {
        int column = columns.index(field);
        return column < 0 ? "" : row.cell(column);
    }

    /** The header of the column holding {@code field} as written, or null. */
    public String header(F field) {
        return columns.header(field);
    }

    /** The text of {@code field} as kept ({@link CellReader#text}), or null if empty, absent or refused. */
    public String text(F field) {
        return read(field, cells::text);
    }

    /**
     * The date of {@code field} ({@link CellReader#date}, with the day/month order of its column), or
     * null if empty, absent or refused.
     */
    public LocalDate date(F field) {
        return read(field, cell -> cells.date(cell, readings.apply(field)));
    }

    /**
     * The instant of {@code field} ({@link CellReader#dateTime}, with the day/month order of its column,
     * in {@code zone} unless an offset is written), or null if empty, absent or refused.
     */
    public Instant dateTime(F field, ZoneId zone) {
        return read(field, cell -> cells.dateTime(cell, readings.apply(field), zone));
    }

    /**
     * A whole number of 1 or more ({@link CellReader#positiveWholeNumber}), or null if empty, absent
     * or refused.
     *
     * @param invalid the sentence for anything else, given the text as written
     */
    public Integer positiveWholeNumber(F field, Function<String, String> invalid) {
        try {
            return cells.positiveWholeNumber(cell(field));
        } catch (CellProblem p) {
            String written = cell(field).strip();
            problem(field, p.isAboutTheText() ? p.reason() : invalid.apply(written));
            return null;
        }
    }

    /**
     * The amount of {@code field} with its column's unit, or null if empty, absent or refused.
     *
     * @param defaultCurrency the currency when neither the cell nor the unit names one
     */
    public Amount amount(F field, String defaultCurrency) {
        return read(field, cell -> cells.amount(decimalMark.normalise(cell), units.get(field), defaultCurrency));
    }

    /**
     * A number of 0 or more that is not money (an area in m², a length in metres), read with the
     * file's decimal mark ({@link CellReader#decimal}), or null if empty, absent or refused.
     */
    public java.math.BigDecimal decimal(F field) {
        return read(field, cell -> cells.decimal(decimalMark.normalise(cell)));
    }

    /** The decimal mark the file's numbers are read with. */
    public DecimalMark decimalMark() {
        return decimalMark;
    }

    /** {@code field}'s cell read by {@code reader}, or null with the reader's problem recorded on the field. */
    private <T> T read(F field, Function<String, T> reader) {
        try {
            return reader.apply(cell(field));
        } catch (CellProblem p) {
            problem(field, p.reason());
            return null;
        }
    }

    /** The unit the column of {@code field} carries for this row, or null. */
    public AmountUnit unit(F field) {
        return units.get(field);
    }

    /**
     * The value a choice cell names, {@code empty} for an empty cell, or null (with a problem) for a
     * word not in {@code words}.
     *
     * @param unknown the sentence for an unknown word, given the word as written
     */
    public <V> V choice(F field, ChoiceWords<V> words, V empty, Function<String, String> unknown) {
        String written = text(field);
        if (written == null) {
            return failed(field) ? null : empty;
        }
        V value = words.of(written);
        if (value == null) {
            problem(field, unknown.apply(written));
        }
        return value;
    }

    /**
     * The value a cell of a field with an event's list names ({@link ValueList}): {@code empty} for an
     * empty cell; the known value it spells; the user's answer for a value the list does not know
     * (mapped, or added); for a new value without an answer, the value added if the list does not ask,
     * else null: the row waits, and the import names the value once for the whole file, with its rows
     * ({@code ImportPreview.newValues()}). Null with a problem for a refused cell (control characters …).
     */
    public <V> V listed(F field, ValueList<V> list, V empty) {
        String written = text(field);
        if (written == null) {
            return failed(field) ? null : empty;
        }
        V value = newValues.resolve(row.line(), field, columns.header(field), list, written.strip());
        if (value == null) {
            waiting = true;
            failed.add(field);
        }
        return value;
    }

    /**
     * Notes a date that is allowed but unlikely to be meant ({@code 1900-01-01}, Excel's day 0 left in a
     * cell; {@code 9999-12-31}, "no end"): before 1950 or from 2100 on.
     */
    public void noteUnlikelyDate(F field, LocalDate date) {
        if (date != null && (date.getYear() < 1950 || date.getYear() >= 2100)) {
            note(field, messages().get("note.unlikelyDate", date.toString()));
        }
    }

    /** Records a problem with {@code field}'s cell, unless it already has one. */
    public void problem(F field, String reason) {
        if (failed.add(field)) {
            problems.add(new ImportProblem(file, row.line(), columns.header(field), reason));
        }
    }

    /** Records a problem with the row as a whole. */
    public void problem(String reason) {
        problems.add(new ImportProblem(file, row.line(), null, reason));
    }

    /** Records a problem the reader found with the row (its cell count differs from the header's). */
    void problem(ImportProblem found) {
        problems.add(found);
    }

    /** Records a problem with a column that holds no field (the unit column, a column without header). */
    void problemInColumn(String header, String reason) {
        problems.add(new ImportProblem(file, row.line(), header, reason));
    }

    /** Notes something allowed but unlikely about {@code field}'s value (shown, not refused). */
    public void note(F field, String text) {
        notes.add(new ImportNote(file, row.line(), columns.header(field), text));
    }

    /** True if {@code field}'s cell has a problem. */
    public boolean failed(F field) {
        return failed.contains(field);
    }

    /** True if the row has any problem, or waits for the answer about a new value. */
    public boolean hasProblems() {
        return !problems.isEmpty() || waiting;
    }

    /** The row's problems, in the order found. */
    public List<ImportProblem> problems() {
        return problems;
    }

    /** The row's notes. */
    List<ImportNote> notes() {
        return notes;
    }

    /** The import's sentences (the {@code importexport} bundle) in the user's language. */
    public Messages messages() {
        return cells.messages();
    }
}
