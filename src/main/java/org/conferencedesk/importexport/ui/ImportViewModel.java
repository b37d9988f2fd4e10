package org.conferencedesk.importexport.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.importexport.Columns;
import org.conferencedesk.importexport.Duplicate;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.ImportNote;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.ImportResult;
import org.conferencedesk.importexport.SpreadsheetRow;
import org.conferencedesk.importexport.ValueAnswers;
import org.conferencedesk.shared.OperationCancelledException;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.record.RecordField;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The import window of every record type: choose a file, read its preview in the background, decide
 * what each column is (a field, or not imported; a column nobody recognised waits for the user's
 * word), answer once for each value the event's lists do not know (map it to a known value or add it),
 * answer for the rows that look like records already there (skip, merge or add, per row or
 * for all; types that ask), optionally import only the good rows, import with progress and Cancel,
 * then read the result, the notes and every problem. Imports nothing from {@code javafx.scene};
 * call on the UI thread; file work runs through the {@link TaskExecutor}.
 *
 * <p>Steps: {@link Step#CHOOSE_FILE} → {@link Step#LOADING} → {@link Step#PREVIEW} →
 * {@link Step#IMPORTING} → {@link Step#DONE}, or {@link Step#REJECTED} (every problem listed,
 * nothing imported), or back to {@link Step#PREVIEW} when cancelled (nothing imported).
 *
 * <p>Sentences: the {@code dialog.*} keys of the {@code importexport} bundle, and the type's own
 * {@code io.*} keys ({@link Importer#bundle()}).
 *
 * @param <R> the record type
 */
public final class ImportViewModel<R> {

    /** Where the window is. */
    public enum Step { CHOOSE_FILE, LOADING, PREVIEW, IMPORTING, DONE, REJECTED }

    /** One column of the file: whether it is imported and into which field. */
    public static final class ColumnMapping {
        private final String header;
        private final Columns.Kind kind;
        private final List<RecordField> couldBe;
        private final BooleanProperty imported;
        private final ObjectProperty<RecordField> field;

        ColumnMapping(ImportPreview.Column column) {
            this.header = column.header();
            this.kind = column.kind();
            this.couldBe = column.couldBe();
            boolean ignored = kind == Columns.Kind.IGNORED || kind == Columns.Kind.BLANK;
            this.imported = new SimpleBooleanProperty(this, "imported", !ignored);
            this.field = new SimpleObjectProperty<>(this, "field", kind == Columns.Kind.FIELD ? column.field() : null);
        }

        /** The column's header as written in the file. */
        public String header() {
            return header;
        }

        /** What the preview found the column to be. */
        public Columns.Kind kind() {
            return kind;
        }

        /** For a column nobody recognised: the fields it could be, best first. */
        public List<RecordField> couldBe() {
            return couldBe;
        }

        /** True if the column is imported; untick it to leave it out. */
        public BooleanProperty importedProperty() {
            return imported;
        }

        /** The field it fills; null while nobody said (the import waits), or for the unit column. */
        public ObjectProperty<RecordField> fieldProperty() {
            return field;
        }

        /** True if the import waits for the user's word on this column. */
        public boolean undecided() {
            return imported.get() && field.get() == null && kind != Columns.Kind.UNIT;
        }
    }

    /** A row that looks like a record already there (or an earlier row), and what to do with it. */
    public static final class DuplicateRow<R> {
        private final Duplicate<R> duplicate;
        private final String name;
        private final String description;
        private final ObjectProperty<DuplicateAction> action;

        DuplicateRow(Duplicate<R> duplicate, String name, String description) {
            this.duplicate = duplicate;
            this.name = name;
            this.description = description;
            this.action = new SimpleObjectProperty<>(this, "action", duplicate.suggested());
        }

        /** The duplicate found. */
        public Duplicate<R> duplicate() {
            return duplicate;
        }

        /** The row's line in the file. */
        public int line() {
            return duplicate.line();
        }

        /** The row's record as the user knows it (its name). */
        public String name() {
            return name;
        }

        /** Who the row looks like and why, in the window's language. */
        public String description() {
            return description;
        }

        /** Skip, merge or add; starts as {@link Duplicate#suggested()} (a weak match is never merged by default). */
        public ObjectProperty<DuplicateAction> actionProperty() {
            return action;
        }
    }

    private final Importer<R> importer;
    private final long eventId;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Messages words;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE_FILE);
    private final ReadOnlyObjectWrapper<ImportPreview<R>> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<ColumnMapping> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ObservableList<DuplicateRow<R>> duplicates = FXCollections.observableArrayList();
    private final ObservableList<NewValueChoice> newValues = FXCollections.observableArrayList();
    private final BooleanProperty goodRowsOnly = new SimpleBooleanProperty(this, "goodRowsOnly", false);
    private final javafx.beans.property.ObjectProperty<org.conferencedesk.importexport.DecimalMark> decimalMark =
            new javafx.beans.property.SimpleObjectProperty<>(this, "decimalMark");
    private boolean openingFile;
    private final ReadOnlyStringWrapper fileDescription = new ReadOnlyStringWrapper(this, "fileDescription", "");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final BooleanBinding canImport;
    private Path file;
    private volatile boolean cancelRequested;

    /**
     * @param importer reads previews and imports (in the background, through {@code executor})
     * @param eventId the event the records go into
     * @param executor runs file work off the UI thread
     */
    public ImportViewModel(Importer<R> importer, long eventId, TaskExecutor executor) {
        this.importer = importer;
        this.eventId = eventId;
        this.executor = executor;
        this.messages = Messages.of("importexport", importer.locale());
        this.words = Messages.of(importer.bundle(), importer.locale());
        // No problems, or good rows only chosen and some good rows (and every column decided).
        this.canImport = Bindings.createBooleanBinding(() -> {
            ImportPreview<R> p = preview.get();
            return step.get() == Step.PREVIEW && p != null
                    && (p.canImport() || goodRowsOnly.get() && p.canImportGoodRows());
        }, step, preview, goodRowsOnly);
        // Another decimal mark reads the file's numbers again (decision 0025: never guessed silently).
        decimalMark.addListener((o, was, now) -> {
            if (!openingFile && file != null && step.get() == Step.PREVIEW) {
                loadPreview(currentOptions());
            }
        });
    }

    /** The window's title ("Import contracts"). */
    public String title() {
        return words.get("io.title");
    }

    /** The file chooser's title. */
    public String chooseFileTitle() {
        return words.get("io.chooseFile");
    }

    /** The fields a column can fill, in the order the boxes list them. */
    public List<RecordField> fields() {
        return importer.fields();
    }

    /** The answers a duplicate row may get; empty if the record type refuses such rows instead. */
    public Set<DuplicateAction> duplicateActions() {
        return importer.duplicateActions();
    }

    /** The window's sentences ({@code importexport} bundle). */
    public Messages messages() {
        return messages;
    }

    /** The current step. */
    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The preview of the chosen file, or null. */
    public ReadOnlyObjectProperty<ImportPreview<R>> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Each column of the file with its field; after a change call {@link #applyMapping()}. */
    public ObservableList<ColumnMapping> mapping() {
        return mapping;
    }

    /** Problems in the preview or of a refused import, one sentence each, with line and column. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** What the user should know (total rows left out, unlikely values), one sentence each. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** The rows that look like records already there (or earlier rows), each with its choice. */
    public ObservableList<DuplicateRow<R>> duplicates() {
        return duplicates;
    }

    /**
     * The values of the file that the event's lists do not know, each once with its answer (one of the
     * event's values, or added); after a change call {@link #applyMapping()}.
     */
    public ObservableList<NewValueChoice> newValues() {
        return newValues;
    }

    /** "Import the good rows and report the rest" (off: all or nothing). */
    public BooleanProperty goodRowsOnlyProperty() {
        return goodRowsOnly;
    }

    /**
     * The decimal mark of the file's numbers: null to decide from the file (the default), or the one
     * the user chose when the preview says the numbers read two ways ({@code 1.500}); the preview is
     * read again when it changes.
     */
    public javafx.beans.property.ObjectProperty<org.conferencedesk.importexport.DecimalMark> decimalMarkProperty() {
        return decimalMark;
    }

    /** "contracts.csv · encoding UTF-8 (BOM) · delimiter “,” · 30 rows, 30 ready". */
    public ReadOnlyStringProperty fileDescriptionProperty() {
        return fileDescription.getReadOnlyProperty();
    }

    /** After the import: what was imported, or "Nothing was imported: 3 problems." */
    public ReadOnlyStringProperty resultTextProperty() {
        return resultText.getReadOnlyProperty();
    }

    /** What the import is doing now. */
    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    /** Fraction of the import done (0–1), or -1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** True when the import can start. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Reads the preview of {@code chosen} with everything detected. */
    public void open(Path chosen) {
        this.file = chosen;
        mapping.clear();
        duplicates.clear();
        newValues.clear();
        openingFile = true;
        try {
            decimalMark.set(null);
        } finally {
            openingFile = false;
        }
        loadPreview(ImportOptions.DETECT);
    }

    /** Reads the preview again with the columns as the user set them. */
    public void applyMapping() {
        if (file != null) {
            loadPreview(currentOptions());
        }
    }

    /**
     * The options the import will use: detected encoding and delimiter, the sheet shown, the user's
     * columns (a field chosen, or left out), the decimal mark chosen and the "good rows only" choice.
     */
    public ImportOptions currentOptions() {
        Map<String, RecordField> chosen = new LinkedHashMap<>();
        Set<String> ignored = new LinkedHashSet<>();
        for (ColumnMapping m : mapping) {
            if (m.header().isBlank()) {
                continue;
            }
            if (!m.importedProperty().get()) {
                ignored.add(m.header());
            } else if (m.fieldProperty().get() != null) {
                chosen.put(m.header(), m.fieldProperty().get());
            }
        }
        ImportPreview<R> p = preview.get();
        ValueAnswers answers = ValueAnswers.NONE;
        for (NewValueChoice v : newValues) {
            answers = v.addTo(answers);
        }
        return new ImportOptions(null, null, p == null ? null : p.sheet(), chosen, ignored, goodRowsOnly.get(), null)
                .withValues(answers).withDecimalMark(decimalMark.get());
    }

    /** The user's choice for each duplicate row, by line. */
    public Map<Integer, DuplicateAction> decisions() {
        Map<Integer, DuplicateAction> decisions = new LinkedHashMap<>();
        for (DuplicateRow<R> row : duplicates) {
            decisions.put(row.line(), row.actionProperty().get());
        }
        return decisions;
    }

    /** Sets every duplicate row's choice; "merge" leaves a weak match on "add" ({@link Duplicate#forAll}). */
    public void setAllDuplicates(DuplicateAction action) {
        for (DuplicateRow<R> row : duplicates) {
            row.actionProperty().set(row.duplicate().forAll(action));
        }
    }

    /** The first rows as written, each as wide as the header, line number first, for the preview table. */
    public List<List<String>> firstRows() {
        ImportPreview<R> p = preview.get();
        if (p == null) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (SpreadsheetRow row : p.firstRows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(row.line()));
            for (int i = 0; i < p.headers().size(); i++) {
                cells.add(row.cell(i));
            }
            rows.add(cells);
        }
        return rows;
    }

    /** Starts the import in the background; progress and Cancel work until it ends. */
    public void importNow() {
        if (!canImport.get()) {
            return;
        }
        cancelRequested = false;
        // Rows are reported from the import thread; only the latest reaches the UI thread, so 100,000
        // rows do not queue 100,000 updates.
        AtomicReference<Object[]> pending = new AtomicReference<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                double fraction = total <= 0 ? -1 : (double) done / total;
                if (pending.getAndSet(new Object[] {fraction, what == null ? "" : what}) == null) {
                    executor.runOnUiThread(() -> {
                        Object[] latest = pending.getAndSet(null);
                        if (latest != null && step.get() == Step.IMPORTING) {
                            progress.set((Double) latest[0]);
                            progressText.set((String) latest[1]);
                        }
                    });
                }
            }

            @Override
            public boolean isCancelled() {
                return cancelRequested;
            }
        };
        ImportOptions options = currentOptions();
        Map<Integer, DuplicateAction> decisions = decisions();
        Path importing = file;
        step.set(Step.IMPORTING);
        progress.set(-1);
        progressText.set(messages.get("dialog.starting", file.getFileName()));
        executor.execute(() -> importer.importFile(eventId, importing, options, decisions, monitor),
                this::imported, this::importFailed);
    }

    /** Asks a running import to stop; nothing is imported. */
    public void cancel() {
        cancelRequested = true;
        progressText.set(messages.get("dialog.cancelling"));
    }

    /** Every problem as plain text, one per line, for the clipboard. */
    public String problemsAsText() {
        return String.join(System.lineSeparator(), problems);
    }

    private void imported(ImportResult<R> result) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("dialog.done", words.get("io.count", result.added()), file.getFileName()));
        if (result.merged() > 0 || result.skipped() > 0) {
            parts.add(messages.get("dialog.doneDuplicates", result.merged(), result.skipped()));
        }
        if (!result.notImported().isEmpty()) {
            long rows = result.notImported().stream().mapToInt(ImportProblem::line).distinct().count();
            parts.add(messages.get("dialog.doneLeftOut", rows));
        }
        problems.setAll(describe(result.notImported()));
        notes.setAll(result.notes().stream().map(n -> n.describe(importer.locale(), false)).toList());
        resultText.set(String.join(messages.get("dialog.sentenceSeparator"), parts));
        step.set(Step.DONE);
    }

    private List<String> describe(List<ImportProblem> list) {
        return list.stream().map(p -> p.describe(importer.locale(), false)).toList();
    }

    private void importFailed(Throwable failure) {
        if (failure instanceof OperationCancelledException) {
            resultText.set(messages.get("dialog.cancelled"));
            step.set(Step.PREVIEW);
        } else if (failure instanceof ImportRejectedException rejected) {
            problems.setAll(describe(rejected.problems()));
            resultText.set(messages.get("dialog.rejected", rejected.problems().size()));
            step.set(Step.REJECTED);
        } else {
            problems.setAll(List.of(messages.get("dialog.failed", file, reason(failure))));
            resultText.set(messages.get("dialog.rejected", 1));
            step.set(Step.REJECTED);
        }
    }

    private void loadPreview(ImportOptions options) {
        step.set(Step.LOADING);
        resultText.set("");
        Path reading = file;
        executor.execute(() -> importer.preview(eventId, reading, options), loaded -> {
            preview.set(loaded);
            mapping.setAll(loaded.columns().stream().map(ColumnMapping::new).toList());
            Map<Integer, DuplicateAction> earlier = decisions();
            duplicates.setAll(loaded.duplicates().stream().map(d -> {
                DuplicateRow<R> row = new DuplicateRow<>(d, importer.displayName(d.incoming()), importer.describe(d));
                if (earlier.containsKey(d.line())) {
                    // Keeps the choices already made for rows still found at the same line.
                    row.actionProperty().set(earlier.get(d.line()));
                }
                return row;
            }).toList());
            newValues.setAll(loaded.newValues().stream().map(NewValueChoice::new).toList());
            problems.setAll(describe(loaded.problems()));
            notes.setAll(loaded.notes().stream().map((ImportNote n) -> n.describe(importer.locale(), false)).toList());
            fileDescription.set(describeFile(loaded));
            step.set(loaded.headers().isEmpty() ? Step.CHOOSE_FILE : Step.PREVIEW);
        }, failure -> {
            preview.set(null);
            mapping.clear();
            duplicates.clear();
            newValues.clear();
            notes.clear();
            if (failure instanceof ImportRejectedException rejected) {
                problems.setAll(describe(rejected.problems()));
            } else {
                problems.setAll(List.of(messages.get("dialog.unreadable", file, reason(failure))));
            }
            fileDescription.set(file.getFileName().toString());
            step.set(Step.CHOOSE_FILE);
        });
    }

    private String describeFile(ImportPreview<R> p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.file());
        if (p.encoding() != null) {
            parts.add(messages.get("dialog.encoding", p.encoding()));
        }
        if (p.delimiter() != null) {
            parts.add(messages.get("dialog.delimiter", p.delimiter() == '\t' ? "Tab" : p.delimiter().toString()));
        }
        if (p.sheet() != null) {
            parts.add(messages.get("dialog.sheet", p.sheet()));
        }
        if (p.format() != null) {
            parts.add(messages.get("dialog.rows", p.rowCount(), p.readyCount()));
        }
        if (!p.duplicates().isEmpty()) {
            parts.add(messages.get("dialog.duplicateCount", p.duplicates().size()));
        }
        return String.join(" · ", parts);
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
