package org.conferencedesk.importexport;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.conferencedesk.shared.DateText;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.RecordBatch;
import org.conferencedesk.shared.record.RecordField;
import org.conferencedesk.shared.i18n.Messages;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.MoneyFormat;

/**
 * The import pipeline, one for every record type: reads a CSV or XLSX file, matches its header,
 * converts and checks every row, asks about rows already there, and saves all or nothing. What a
 * record type adds is its {@link ImportSpec}; a fix made here reaches every type.
 *
 * <ol>
 *   <li><b>Columns</b> ({@link Columns}): every column of the file is a field, the unit column,
 *       ignored on the user's word, or refuses the import naming it and the fields it could be; a
 *       field two columns claim refuses it too; a header the user maps or ignores that the file does
 *       not have is a typo and refuses it; a required field without a column refuses it.</li>
 *   <li><b>Check</b> (first reading): each row through the type's converter ({@link ImportRow},
 *       {@link CellReader}) and its "already there" check, against the event and every earlier row
 *       of the file. Total rows (合计, 小计, Total …, or no name and the sum of the rows above) are left
 *       out with a note, and a total that disagrees with its rows is reported ({@link TotalRows}).
 *       Every problem of every row is collected; nothing is kept of a row but its line, its problems
 *       and, for a row that looks like a duplicate, where it goes if the user already answered for it
 *       (a few bytes), else its record, to ask about it (the preview keeps every duplicate's record).</li>
 *   <li><b>Save</b> (second reading, when the check found nothing in the way): the rows are converted
 *       again and handed to the type's writer in chunks of {@value #CHUNK}, all inside one
 *       transaction ({@link ImportSpec#write}); the file is compared byte for byte (SHA-256) with the
 *       one checked, and a file changed meanwhile undoes everything. So memory does not grow with
 *       the file (apart from a few bytes per row for the duplicate checks), and the import is still
 *       all or nothing.</li>
 * </ol>
 *
 * <p>All or nothing by default: any bad row refuses the import ({@link ImportRejectedException},
 * every problem with its file, line, column and a sentence in the user's language).
 * {@link ImportOptions#partial()} imports the good rows and reports the rest. Rows that look like
 * records already there are refused ({@link DuplicateRowsException}) until the user says what to do
 * with them, per row or for all. Progress is reported every {@value #PROGRESS_EVERY} rows;
 * cancellation is checked as often and undoes everything.
 *
 * <p>Thread-safe; knows no feature and nothing of JavaFX. Call it off the FX application thread.
 *
 * @param <R> the record type
 * @param <F> its field enum
 */
public final class ImportService<R, F extends Enum<F> & RecordField> {

    /** How many data rows {@link ImportPreview#firstRows()} holds. */
    public static final int PREVIEW_ROWS = 20;

    /** How many records are handed to the writer at once. */
    static final int CHUNK = 1000;

    /** How often (in rows) progress is reported and cancellation checked. */
    private static final int PROGRESS_EVERY = 256;

    /** Files with at most this many rows are kept from the check to the save instead of being read again. */
    private static final int KEEP_ROWS = 5000;

    private final ImportSpec<R, F> spec;
    private final int keepRows;
    private final Class<F> fieldType;

    /** The pipeline for the record type {@code spec} describes. */
    public ImportService(ImportSpec<R, F> spec) {
        this(spec, KEEP_ROWS);
    }

    /**
     * @param keepRows files with at most this many data rows are read once and kept for the save;
     *                 larger ones are read again (tests pass 0 to read every file twice)
     */
    ImportService(ImportSpec<R, F> spec, int keepRows) {
        this.spec = spec;
        this.keepRows = keepRows;
        this.fieldType = spec.headers().type();
    }

    /** The record type this pipeline imports. */
    public ImportSpec<R, F> spec() {
        return spec;
    }

    // ------------------------------------------------------------------------------- The check

    /** Everything the check found; only {@link #firstRows} and the lines of the file are kept of its rows. */
    private final class Checked {
        SpreadsheetTable table;
        Columns<F> columns;
        boolean headerUsable;
        Map<F, AmountUnit> units = Map.of();
        /** The decimal mark of the file's numbers: chosen, or decided from its number columns. */
        DecimalMark decimalMark = DecimalMark.POINT;
        RecordImport<R, F> run;
        List<SpreadsheetRow> firstRows = List.of();
        int rowCount;
        int readyCount;
        final List<ImportProblem> problems = new ArrayList<>();
        /**
         * The duplicate rows still waiting for an answer: all of them for the preview; for the save only
         * those without one (the answered ones are placed in {@link #plan} as they are found and not kept).
         */
        final List<Duplicate<R>> duplicates = new ArrayList<>();
        /** Where each answered duplicate row goes, filled during the check of a save; null for the preview. */
        Plan plan;
        final List<ImportNote> notes = new ArrayList<>();
        /** Lines not saved: rows with problems and total rows. */
        final BitSet leftOut = new BitSet();
        boolean kept;
        /** How each date column reads its dates, decided once from the whole column (DateText.readingOf). */
        final Map<Integer, DateText.Reading> readings = new HashMap<>();
        /** The values the event's lists do not know, with the user's answers. */
        NewValues newValues = new NewValues(ValueAnswers.NONE);
        /** The rows of the table being read, for the date readings of its columns. */
        List<SpreadsheetRow> readingRows = List.of();

        /** The reading of the dates in {@code field}'s column. */
        DateText.Reading reading(F field) {
            int column = columns.index(field);
            if (column < 0) {
                return table.dateReading();
            }
            // The column is gone through, not collected: a big file's rows are read again as they go.
            List<SpreadsheetRow> rows = readingRows;
            return readings.computeIfAbsent(column, i -> DateText.readingOf(
                    () -> rows.stream().map(r -> r.cell(i)).iterator(), table.dateSerials()));
        }
    }

    /**
     * Reads and checks {@code file} without saving anything, for the window's preview: how it was
     * read, what each column is, its first rows, every problem, every duplicate row and every note.
     *
     * @param locale the language of the problems and notes
     * @return the preview; a file that cannot be read at all gives one with no headers and its problem
     */
    public ImportPreview<R> preview(long eventId, Path file, ImportOptions options, Locale locale) {
        Checked checked;
        try {
            checked = check(eventId, file, options, null, ProgressMonitor.NONE, locale, true);
        } catch (ImportRejectedException e) {
            return ImportPreview.unreadable(fileName(file), e.problems());
        }
        SpreadsheetTable t = checked.table;
        List<ImportPreview.Column> columns = new ArrayList<>();
        for (Columns.Column<F> c : checked.columns.all()) {
            columns.add(new ImportPreview.Column(c.header(), c.kind(), c.field(), List.copyOf(c.couldBe())));
        }
        return new ImportPreview<>(t.file(), t.format(), t.encoding(), t.delimiter(), t.sheetNames(), t.sheet(),
                t.header().cells(), columns, checked.firstRows, checked.rowCount, checked.readyCount,
                checked.problems, checked.duplicates, checked.notes, checked.newValues.preview());
    }

    /**
     * @param decisions the user's answers for the save: each duplicate row that has one (or the general
     *                  answer of {@code options}) is placed in the plan at once and not kept, so that a
     *                  file with 1,000,000 duplicate rows does not hold 1,000,000 records; null for the preview
     */
    private Checked check(long eventId, Path file, ImportOptions options, Map<Integer, DuplicateAction> decisions,
                          ProgressMonitor monitor, Locale locale, boolean preview) {
        Messages messages = Messages.of("importexport", locale);
        monitor.throwIfCancelled();
        Checked c = new Checked();
        if (decisions != null) {
            c.plan = new Plan(options, decisions);
        }
        SpreadsheetTable table;
        ImportProblem broken = null;
        try {
            table = read(file, options, locale, monitor);
        } catch (IncompleteFileException e) {
            if (e.readSoFar() == null) {
                throw e;
            }
            // A file broken midway: its rows before the break are checked too, so that every problem
            // is named at once; the break itself refuses the import.
            table = e.readSoFar();
            broken = e.breakProblem();
        }
        try {
            return check(c, table, broken, eventId, options, monitor, locale, preview, messages);
        } finally {
            // A big file's rows are read from it as they go: let go of it, also on a cancel or an error.
            TableBuilder.release(table);
        }
    }

    private Checked check(Checked c, SpreadsheetTable table, ImportProblem broken, long eventId, ImportOptions options,
                          ProgressMonitor monitor, Locale locale, boolean preview, Messages messages) {
        c.table = table;
        c.newValues = new NewValues(options.values());
        c.readingRows = table.rows();
        c.rowCount = table.rows().size();
        c.firstRows = List.copyOf(table.rows().subList(0, Math.min(PREVIEW_ROWS, table.rows().size())));
        c.columns = Columns.match(table.header().cells(), spec.headers(), options.mapping(), options.ignored(),
                !spec.amountFields().isEmpty());
        c.problems.addAll(headerProblems(table, c.columns, messages, locale));
        boolean readable = c.columns.unknownOverrides().isEmpty() && spec.required().stream().allMatch(f -> c.columns.index(f) >= 0);
        if (readable) {
            c.units = units(table, c.columns, messages, c.problems);
            c.decimalMark = decimalMark(table, c.columns, options, messages, c.problems);
        }
        c.headerUsable = c.problems.isEmpty() && broken == null;
        if (!readable) {
            if (broken != null) {
                c.problems.add(broken);
            }
            return c;
        }
        if (table.rows().isEmpty()) {
            c.problems.add(new ImportProblem(table.file(), 0, null,
                    Messages.of(spec.bundle(), locale).get("io.noRows", table.file())));
            return c;
        }
        c.run = spec.start(eventId, locale);
        CellReader cells = new CellReader(locale);
        TotalRows totals = new TotalRows();
        mergedAcrossFields(table, c, messages);
        int total = table.rows().size();
        for (int i = 0; i < total; i++) {
            SpreadsheetRow row = table.rows().get(i);
            if (i % PROGRESS_EVERY == 0) {
                monitor.throwIfCancelled();
                monitor.progress(i, 2L * total + 1, messages.get("progress.row", String.valueOf(row.line())));
            }
            if (table.isShifted(row)) {
                // Fewer cells than the header: they cannot be matched to the columns (the reader says so).
                c.problems.add(table.problemOf(row).orElseThrow());
                c.leftOut.set(row.line());
                totals.record(null);
                continue;
            }
            ImportRow<F> r = row(table, row, c, cells, messages);
            if (isTotalRow(r, c, totals, locale, messages)) {
                c.leftOut.set(row.line());
                continue;
            }
            R record = c.run.convert(r);
            Duplicate<R> duplicate = r.hasProblems() ? null : c.run.check(record, r);
            c.notes.addAll(r.notes());
            if (r.hasProblems()) {
                c.problems.addAll(r.problems());
                c.leftOut.set(row.line());
                totals.record(null);
            } else {
                c.readyCount++;
                if (duplicate != null && (c.plan == null || !c.plan.place(duplicate, c.leftOut))) {
                    c.duplicates.add(duplicate);
                }
                totals.record(spec.amountForTotals(record));
            }
        }
        // A new value is named at its first row, before that row's other problems (it stands for many rows).
        Set<ImportProblem> valueProblems = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        valueProblems.addAll(c.newValues.problems(table.file(), messages));
        c.problems.addAll(valueProblems);
        c.problems.addAll(unknownValueColumns(table, c.columns, options, messages));
        if (broken != null) {
            c.problems.add(broken);
        }
        c.problems.sort(Comparator.comparingInt(ImportProblem::line).thenComparing(p -> !valueProblems.contains(p)));
        c.kept = total <= keepRows;
        if (!c.kept || preview) {
            c.table = table.withRows(List.of());
        }
        c.readingRows = List.of();
        return c;
    }

    private SpreadsheetTable read(Path file, ImportOptions options, Locale locale, ProgressMonitor monitor) {
        return new SpreadsheetReader(locale, Math.min(keepRows, SpreadsheetReader.KEEP_ROWS))
                .read(file, options.encoding(), options.delimiter(), options.sheet(), monitor);
    }

    /** The row as the converter sees it, after the checks every row gets whatever its type. */
    private ImportRow<F> row(SpreadsheetTable table, SpreadsheetRow row, Checked c, CellReader cells, Messages messages) {
        Map<F, AmountUnit> units = c.units;
        int unitColumn = c.columns.unitColumn();
        String unitCell = unitColumn < 0 ? "" : row.cell(unitColumn).strip();
        AmountUnit rowUnit = null;
        String unitProblem = null;
        if (!unitCell.isEmpty()) {
            rowUnit = AmountUnit.of(unitCell);
            if (rowUnit == null) {
                unitProblem = messages.get("row.unit.unknown", unitCell);
            } else {
                units = new EnumMap<>(fieldType);
                for (F field : spec.amountFields()) {
                    AmountUnit column = c.units.get(field);
                    if (column != null && !column.agreesWith(rowUnit)) {
                        unitProblem = messages.get("row.unit.disagrees", unitCell, c.columns.header(field), column.written());
                    }
                    units.put(field, rowUnit);
                }
            }
        }
        ImportRow<F> r = new ImportRow<>(table.file(), row, c.columns, cells, units, c::reading, fieldType, c.decimalMark,
                c.newValues);
        if (unitProblem != null) {
            r.problemInColumn(table.header().cell(unitColumn), unitProblem);
        }
        // Cells beyond the header (found by the reader) would be lost without a word.
        table.problemOf(row).ifPresent(r::problem);
        for (Columns.Column<F> column : c.columns.all()) {
            if (column.kind() == Columns.Kind.BLANK && !row.cell(column.index()).isBlank()) {
                r.problem(messages.get("row.blankHeaderData", row.cell(column.index()).strip(), column.index() + 1));
            }
        }
        return r;
    }

    /** A {@code --map-value} naming a column the file does not have: refused, as a {@code --map} would be. */
    private List<ImportProblem> unknownValueColumns(SpreadsheetTable table, Columns<F> columns, ImportOptions options,
                                                    Messages messages) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String key : options.values().mapped().keySet()) {
            boolean found = false;
            for (F field : fieldType.getEnumConstants()) {
                if (columns.index(field) >= 0 && ValueAnswers.names(key, field, columns.header(field))) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                problems.add(new ImportProblem(table.file(), 0, null, messages.get("value.columnUnknown", key,
                        String.join(" | ", table.header().cells()))));
            }
        }
        return problems;
    }

    /** Leaves a total row out with its notes; true if {@code r} is one. */
    private boolean isTotalRow(ImportRow<F> r, Checked c, TotalRows totals, Locale locale, Messages messages) {
        F nameField = spec.nameField();
        String name = r.cell(nameField).strip();
        String word = name;
        if (word.isEmpty()) {
            for (String cell : r.row().cells()) {
                if (!cell.isBlank()) {
                    word = cell.strip();
                    break;
                }
            }
        }
        TotalRows.Kind kind = TotalRows.kindOf(word);
        // A row without a name whose formula has no saved result (=SUM written by a program other than
        // Excel) is a total row; a named row keeps the reader's own calculation of its formula.
        boolean formula = kind == null && name.isEmpty() && r.row().hasFormulaWithoutResult();
        if (formula) {
            kind = TotalRows.Kind.TOTAL;
        }
        F amountField = spec.amountFields().stream().findFirst().orElse(null);
        BigDecimal amount = null;
        String amountText = null;
        if (amountField != null && (kind != null || name.isEmpty())) {
            Amount read = r.copy().amount(amountField, Amount.CNY);
            if (read != null && read.isCny()) {
                amount = read.value();
                amountText = MoneyFormat.full(amount, locale);
            }
        }
        String file = c.table.file();
        if (kind == null) {
            if (!name.isEmpty() || amount == null || !totals.sumsRowsAbove(amount)) {
                return false;
            }
            totals.expected(TotalRows.Kind.SUBTOTAL, amount);
            c.notes.add(new ImportNote(file, r.line(), c.columns.header(amountField),
                    messages.get("total.byAmount", amountText)));
            return true;
        }
        c.notes.add(new ImportNote(file, r.line(), null, formula ? messages.get("total.formula", word)
                : messages.get("total.leftOut", word)));
        BigDecimal expected = totals.expected(kind, amount);
        if (expected != null) {
            c.notes.add(new ImportNote(file, r.line(), c.columns.header(amountField),
                    messages.get("total.disagrees", word, amountText, MoneyFormat.full(expected, locale))));
        }
        return true;
    }

    /**
     * The unit each amount column carries: in its header ({@code 金额（万元）}, {@code 金额/万元}) or in a
     * title row above the header ({@code (单位：亿元)}); both must agree.
     */
    /**
     * The decimal mark of the file's numbers (amount and decimal fields): the user's choice, else what
     * the cells say ({@link DecimalMark#of}). A file whose numbers only read two ways ({@code 1.500})
     * or read both ways ({@code 12,5} and {@code 12.5}) gets a problem naming the cells: the user chooses.
     */
    private DecimalMark decimalMark(SpreadsheetTable table, Columns<F> columns, ImportOptions options, Messages messages,
                                    List<ImportProblem> problems) {
        if (options.decimalMark() != null) {
            return options.decimalMark();
        }
        List<Integer> numberColumns = new ArrayList<>();
        for (F field : spec.amountFields()) {
            numberColumns.add(columns.index(field));
        }
        for (F field : spec.decimalFields()) {
            numberColumns.add(columns.index(field));
        }
        numberColumns.removeIf(i -> i < 0);
        DecimalMark.Evidence evidence = DecimalMark.Evidence.NONE;
        String[] first = new String[DecimalMark.Evidence.values().length];
        for (SpreadsheetRow row : table.rows()) {
            for (int column : numberColumns) {
                String cell = row.cell(column);
                DecimalMark.Evidence e = DecimalMark.of(cell);
                if (e != DecimalMark.Evidence.NONE && first[e.ordinal()] == null) {
                    first[e.ordinal()] = messages.get("number.cell", cell.strip(), table.header().cell(column), row.line());
                }
                evidence = DecimalMark.combine(evidence, e);
            }
        }
        switch (evidence) {
            case COMMA:
                return DecimalMark.COMMA;
            case AMBIGUOUS:
                problems.add(new ImportProblem(table.file(), 0, null,
                        messages.get("number.ambiguous", first[DecimalMark.Evidence.AMBIGUOUS.ordinal()])));
                return DecimalMark.POINT;
            case MIXED:
                problems.add(new ImportProblem(table.file(), 0, null, messages.get("number.mixed",
                        first[DecimalMark.Evidence.POINT.ordinal()], first[DecimalMark.Evidence.COMMA.ordinal()])));
                return DecimalMark.POINT;
            default:
                return DecimalMark.POINT;
        }
    }

    private Map<F, AmountUnit> units(SpreadsheetTable table, Columns<F> columns, Messages messages,
                                     List<ImportProblem> problems) {
        Map<F, AmountUnit> units = new EnumMap<>(fieldType);
        AmountUnit title = titleUnit(table);
        for (F field : spec.amountFields()) {
            String header = columns.header(field);
            if (header == null) {
                continue;
            }
            AmountUnit inHeader = AmountUnit.inHeader(header);
            if (inHeader != null && title != null && !inHeader.agreesWith(title)) {
                problems.add(new ImportProblem(table.file(), table.header().line(), header,
                        messages.get("header.unitsDisagree", header, inHeader.written(), title.written())));
            }
            AmountUnit unit = inHeader != null ? inHeader : title;
            if (unit != null) {
                units.put(field, unit);
            }
        }
        return units;
    }

    /**
     * The unit a title row above the header gives: the whole title ({@code (单位：亿元)}) or a part of it
     * ({@code 2020年签约项目一览（单位：万元）}, {@code Unit: RMB 100m}); null if none does.
     */
    private static AmountUnit titleUnit(SpreadsheetTable table) {
        for (String title : table.titles()) {
            AmountUnit whole = AmountUnit.of(title);
            if (whole != null) {
                return whole;
            }
            java.util.regex.Matcher m = UNIT_IN_TITLE.matcher(java.text.Normalizer.normalize(title,
                    java.text.Normalizer.Form.NFKC));
            if (m.find()) {
                AmountUnit part = AmountUnit.of(m.group(1));
                if (part != null) {
                    return part;
                }
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern UNIT_IN_TITLE = java.util.regex.Pattern.compile(
            "(?:单位|金额单位|unit|units)\\s*[:：]\\s*([^)）\\]】,，;；]+)", java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * A note for each cell merged across more than one column below the header: the reader keeps its
     * text in the first column only, so a value spanning two fields is not imported twice.
     */
    private void mergedAcrossFields(SpreadsheetTable table, Checked c, Messages messages) {
        for (SpreadsheetTable.MergedCell merged : table.mergedCells()) {
            if (merged.lastColumn() > merged.firstColumn()) {
                c.notes.add(new ImportNote(table.file(), merged.firstLine(), table.header().cell(merged.firstColumn()),
                        messages.get("merged.acrossColumns", merged.text(), merged.firstColumn() + 1,
                                merged.lastColumn() + 1, merged.firstLine(), merged.lastLine())));
            }
        }
    }

    // ------------------------------------------------------------------------------ The header

    private List<ImportProblem> headerProblems(SpreadsheetTable table, Columns<F> columns, Messages messages,
                                               Locale locale) {
        List<ImportProblem> problems = new ArrayList<>();
        int line = table.header().line();
        String file = table.file();
        String found = table.header().cells().stream().filter(h -> !h.isBlank())
                .map(h -> "“" + h + "”").collect(Collectors.joining(", "));
        for (String unknown : columns.unknownOverrides()) {
            problems.add(new ImportProblem(file, line, null, messages.get("header.mapUnknown", unknown, found)));
        }
        List<F> missing = spec.required().stream().filter(f -> columns.index(f) < 0).sorted().toList();
        if (!missing.isEmpty()) {
            // Big5 text decodes as GB18030 too, into other characters: say so when the headers may be garbled.
            String hint = "GB18030".equals(table.encoding()) ? messages.get("header.encodingHint") : "";
            // One header cell holding the whole line: the columns are separated by a pipe, which is not detected.
            String cell = table.header().cells().size() == 1 ? table.header().cell(0).strip() : "";
            if (hint.isEmpty() && table.format() == SpreadsheetTable.Format.CSV && cell.indexOf('|') > 0) {
                hint = messages.get("header.delimiterHint", "|");
            }
            String labels = missing.stream().map(f -> "“" + f.label(locale) + "”").collect(Collectors.joining(", "));
            problems.add(new ImportProblem(file, line, null,
                    messages.get("header.missing", labels, found, missing.get(0).jsonName()) + hint));
        }
        for (Columns.Column<F> column : columns.all()) {
            if (column.kind() == Columns.Kind.UNKNOWN) {
                String could = column.couldBe().stream().limit(4)
                        .map(f -> f.label(locale) + " (" + f.jsonName() + ")").collect(Collectors.joining(", "));
                String first = column.couldBe().isEmpty() ? "field" : column.couldBe().get(0).jsonName();
                problems.add(new ImportProblem(file, line, column.header(),
                        messages.get(column.couldBe().isEmpty() ? "header.unknownNoField" : "header.unknown",
                                column.header(), could, first)));
            } else if (column.kind() == Columns.Kind.TWICE) {
                Columns.Column<F> firstColumn = columns.all().get(column.firstWithField());
                boolean same = firstColumn.header().strip().equals(column.header().strip());
                problems.add(new ImportProblem(file, line, column.header(),
                        messages.get(same ? "header.sameTwice" : "header.twice", column.field().label(locale),
                                firstColumn.header(), firstColumn.index() + 1, column.header(), column.index() + 1)));
            }
        }
        return problems;
    }

    // --------------------------------------------------------------------------------- The save

    /**
     * Reads, checks and imports {@code file} into the event in one transaction, with the answer for
     * duplicates in {@code options} only.
     *
     * @see #importFile(long, Path, ImportOptions, Map, ProgressMonitor, Locale)
     */
    public ImportResult<R> importFile(long eventId, Path file, ImportOptions options, ProgressMonitor monitor,
                                      Locale locale) {
        return importFile(eventId, file, options, Map.of(), monitor, locale);
    }

    /**
     * Reads, checks and imports {@code file} into the event in one transaction: first every row is
     * checked, then, if nothing stands in the way, the file is read again and saved in chunks.
     *
     * @param decisions the user's answer for single duplicate rows, by line; a row without one takes
     *                  {@link ImportOptions#duplicates()} ({@link Duplicate#forAll})
     * @param locale the language of the problems, notes and progress texts
     * @return how many records were added, merged and skipped, the rows a partial import left out,
     *         and the notes
     * @throws ImportRejectedException listing every problem (all or nothing), or the problem of the
     *         whole file, or when a partial import has no good row or an unusable header; nothing is imported
     * @throws DuplicateRowsException if rows look like records already there and some have no answer;
     *         nothing is imported
     * @throws org.conferencedesk.shared.OperationCancelledException if cancelled; nothing is imported
     * @throws RuntimeException the record type's own exception if its service refuses a record
     *         (e.g. one deleted meanwhile); nothing is imported
     */
    public ImportResult<R> importFile(long eventId, Path file, ImportOptions options,
                                      Map<Integer, DuplicateAction> decisions, ProgressMonitor monitor, Locale locale) {
        Messages messages = Messages.of("importexport", locale);
        byte[] digest = digest(file, messages);
        Checked c = check(eventId, file, options, decisions, monitor, locale, false);
        List<ImportProblem> problems = c.problems;
        if (!problems.isEmpty() && (!options.partial() || !c.headerUsable || c.readyCount == 0)) {
            throw new ImportRejectedException(problems);
        }
        if (c.readyCount == 0) {
            throw new ImportRejectedException(List.of(new ImportProblem(c.table.file(), 0, null,
                    Messages.of(spec.bundle(), locale).get("io.noRows", c.table.file()))));
        }
        List<Duplicate<R>> unanswered = c.duplicates.stream()
                .filter(d -> !decisions.containsKey(d.line()) && options.duplicates() == null).toList();
        if (!unanswered.isEmpty()) {
            throw new DuplicateRowsException(unanswered, unanswered.stream().map(d -> new ImportProblem(c.table.file(),
                    d.line(), c.columns.header(spec.nameField()), spec.describe(d, locale, true))).toList());
        }
        Plan plan = c.plan;
        monitor.throwIfCancelled();
        long total = 2L * c.rowCount + 1;
        Saver saver = new Saver(plan, locale);
        String source = fileName(file);
        try {
            spec.write(eventId, source, batch -> {
                saver.batch = batch;
                SpreadsheetTable table = c.kept ? c.table : read(file, options, locale, monitor);
                try {
                    save(table, c, saver, file, messages, monitor, total);
                } finally {
                    TableBuilder.release(table);
                }
                monitor.throwIfCancelled();
                if (!Arrays.equals(digest, digest(file, messages))) {
                    throw changed(file, messages);
                }
            });
        } catch (MergeFailed e) {
            throw new ImportRejectedException(List.of(new ImportProblem(c.table.file(), e.line,
                    c.columns.header(spec.nameField()), e.reason)));
        }
        monitor.progress(total, total, messages.get("progress.done",
                Messages.of(spec.bundle(), locale).get("io.count", saver.added)));
        return new ImportResult<>(saver.added, saver.merged, saver.skipped, options.partial() ? problems : List.of(),
                plan.addedForReview, c.notes);
    }

    /** Converts the rows of {@code table} (the file read again for the save, or the rows kept) and hands the good ones to {@code saver}. */
    private void save(SpreadsheetTable table, Checked c, Saver saver, Path file, Messages messages, ProgressMonitor monitor,
                      long total) {
        if (table.rows().size() != c.rowCount) {
            throw changed(file, messages);
        }
        CellReader cells = new CellReader(saver.locale);
        c.readingRows = table.rows();
        // The same answers as the check: every row reads as it did there.
        c.newValues = new NewValues(saver.plan.options.values());
        int n = table.rows().size();
        for (int i = 0; i < n; i++) {
            SpreadsheetRow row = table.rows().get(i);
            if (i % PROGRESS_EVERY == 0) {
                monitor.throwIfCancelled();
                monitor.progress(c.rowCount + i, total, messages.get("progress.saving", i, n));
            }
            if (c.leftOut.get(row.line()) || table.isShifted(row)) {
                continue;
            }
            ImportRow<F> r = row(table, row, c, cells, messages);
            R record = c.run.convert(r);
            if (r.hasProblems()) {
                throw changed(file, messages);
            }
            saver.accept(row.line(), c.run.beforeSaving(record));
        }
        saver.finish();
    }

    /**
     * Where each answered duplicate row goes, built row by row in file order during the check, so that
     * only the lines are kept, not the rows' records.
     */
    private final class Plan {
        final BitSet skip = new BitSet();
        /** Line → the line of the row it merges into (a row that is added). */
        final Map<Integer, Integer> intoLine = new HashMap<>();
        /** Line → the existing record it merges into. */
        final Map<Integer, R> intoExisting = new HashMap<>();
        /** Line of a row others merge into → the last line merging into it. */
        final Map<Integer, Integer> lastMerger = new HashMap<>();
        final List<Duplicate<R>> addedForReview = new ArrayList<>();
        /**
         * Line of a skipped or merged row → where its record went. A row that is added is its own
         * destination and is not listed (that is what a line without an entry means).
         */
        private final Map<Integer, Destination<R>> destinations = new HashMap<>();
        private final ImportOptions options;
        private final Map<Integer, DuplicateAction> decisions;
        private final Set<DuplicateAction> offered = spec.duplicateActions();

        Plan(ImportOptions options, Map<Integer, DuplicateAction> decisions) {
            this.options = options;
            this.decisions = decisions;
        }

        /**
         * Places {@code d}, found after every earlier row was checked.
         *
         * @param leftOut the lines left out so far (rows with problems, total rows)
         * @return false if the row has no answer yet (nothing placed: the import will ask)
         */
        boolean place(Duplicate<R> d, BitSet leftOut) {
            DuplicateAction action = decisions.get(d.line());
            if (action == null) {
                if (options.duplicates() == null) {
                    return false;
                }
                action = d.forAll(options.duplicates());
                if (action == DuplicateAction.ADD && options.duplicates() == DuplicateAction.MERGE) {
                    addedForReview.add(d);
                }
            }
            if (!offered.contains(action)) {
                action = offered.contains(DuplicateAction.SKIP) ? DuplicateAction.SKIP : DuplicateAction.ADD;
            }
            Destination<R> target;
            if (d.inFile()) {
                target = destinations.get(d.earlierLine());
                if (target == null && !leftOut.get(d.earlierLine())) {
                    target = new Destination<>(d.earlierLine(), null);
                }
            } else {
                target = new Destination<>(0, d.existing());
            }
            switch (action) {
                case ADD -> {
                    // Its own destination: nothing to note.
                }
                case SKIP -> {
                    skip.set(d.line());
                    if (target != null) {
                        destinations.put(d.line(), target);
                    }
                }
                case MERGE -> {
                    if (target != null) {
                        destinations.put(d.line(), target);
                        if (target.existing() != null) {
                            intoExisting.put(d.line(), target.existing());
                        } else {
                            intoLine.put(d.line(), target.line());
                            lastMerger.merge(target.line(), d.line(), Math::max);
                        }
                    }
                    // else the earlier row was itself left out by a problem (partial import): this one is added.
                }
                default -> throw new IllegalStateException(action.name());
            }
            return true;
        }
    }

    /** A destination: a row of the file (by line) or an existing record. */
    private record Destination<T>(int line, T existing) {
    }

    /** A merge the record type refused (e.g. the merged notes would be too long). */
    private static final class MergeFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int line;
        final String reason;

        MergeFailed(int line, String reason, Throwable cause) {
            super(reason, cause);
            this.line = line;
            this.reason = reason;
        }
    }

    /**
     * Hands the rows to the writer in chunks, in file order. A row others merge into is held until the
     * last of them has been read (only then is it complete); rows after it wait with it so that the
     * order of the file is kept.
     */
    private final class Saver {
        private final Plan plan;
        private final Locale locale;
        RecordBatch<R> batch;
        private final List<R> pending = new ArrayList<>();
        private final Map<Integer, Integer> pendingIndex = new HashMap<>();
        private final Map<R, R> mergedExisting = new LinkedHashMap<>();
        private int holdUntil;
        int added;
        int merged;
        int skipped;

        Saver(Plan plan, Locale locale) {
            this.plan = plan;
            this.locale = locale;
        }

        void accept(int line, R record) {
            if (plan.skip.get(line)) {
                skipped++;
            } else if (plan.intoLine.containsKey(line)) {
                int index = pendingIndex.get(plan.intoLine.get(line));
                pending.set(index, merge(pending.get(index), record, line));
                merged++;
            } else if (plan.intoExisting.containsKey(line)) {
                R existing = plan.intoExisting.get(line);
                R into = mergedExisting.getOrDefault(existing, existing);
                mergedExisting.put(existing, merge(into, record, line));
                merged++;
            } else {
                Integer last = plan.lastMerger.get(line);
                if (last != null) {
                    pendingIndex.put(line, pending.size());
                    holdUntil = Math.max(holdUntil, last);
                }
                pending.add(record);
                added++;
            }
            if (line >= holdUntil && pending.size() >= CHUNK) {
                flush();
            }
        }

        private R merge(R into, R row, int line) {
            try {
                return spec.merge(into, row, locale);
            } catch (RuntimeException e) {
                throw new MergeFailed(line, e.getMessage(), e);
            }
        }

        private void flush() {
            for (int from = 0; from < pending.size(); from += CHUNK) {
                batch.add(List.copyOf(pending.subList(from, Math.min(pending.size(), from + CHUNK))));
            }
            pending.clear();
            pendingIndex.clear();
        }

        void finish() {
            if (!pending.isEmpty()) {
                flush();
            }
            for (R merged : mergedExisting.values()) {
                batch.update(merged);
            }
        }
    }

    // ------------------------------------------------------------------------------- Helpers

    private static ImportRejectedException changed(Path file, Messages messages) {
        return new ImportRejectedException(List.of(new ImportProblem(fileName(file), 0, null,
                messages.get("file.changed", fileName(file)))));
    }

    /** The SHA-256 of the file's bytes, to tell whether it changed between the check and the save. */
    private static byte[] digest(Path file, Messages messages) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return ((DigestInputStream) in).getMessageDigest().digest();
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(fileName(file), 0, null,
                    messages.get("file.missing", file.toAbsolutePath().toString()))));
        } catch (IOException e) {
            throw new ImportRejectedException(List.of(new ImportProblem(fileName(file), 0, null,
                    messages.get("file.unreadable", file.toAbsolutePath().toString(), e.getMessage()))));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    private static String fileName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }
}
