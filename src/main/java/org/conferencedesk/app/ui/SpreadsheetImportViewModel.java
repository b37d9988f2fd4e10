package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.SpreadsheetRow;
import org.conferencedesk.shared.OperationCancelledException;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The steps every spreadsheet import dialog walks through, whatever it imports: choose a file, read
 * its preview in the background, let the user change the column mapping (which reads the preview
 * again), import all or nothing with progress and Cancel, then show the result or every problem.
 * {@link ImportDialogViewModel} (contracts) and {@link GuestImportDialogViewModel} (guests) supply
 * what differs: the field enum, the preview and options types, the import call, the result sentence
 * and, for guests, the duplicates step. Imports nothing from {@code javafx.scene}; call on the UI
 * thread; file work runs through the {@link TaskExecutor}.
 *
 * <p>Steps: {@link Step#CHOOSE_FILE} → {@link Step#LOADING} → {@link Step#PREVIEW} →
 * {@link Step#IMPORTING} → {@link Step#DONE}, or {@link Step#REJECTED} (every problem listed,
 * nothing imported), or back to {@link Step#PREVIEW} when cancelled (nothing imported).
 *
 * <p>Sentences come from {@code messages} under one key prefix ({@code import.} for contracts in the
 * {@code ui} bundle, {@code guestDialog.} for guests in the {@code importexport} bundle): {@code
 * starting}, {@code cancelling}, {@code cancelled}, {@code rejected}, {@code failed}, {@code
 * unreadable}, {@code encoding}, {@code delimiter}, {@code sheet}, {@code rows}.
 *
 * @param <F> the field enum a column can fill
 * @param <P> the preview type the importer returns
 * @param <O> the options type the importer reads with
 * @param <R> what a finished import returns
 */
abstract class SpreadsheetImportViewModel<F, P, O, R> {

    /** Where the dialog is. */
    public enum Step { CHOOSE_FILE, LOADING, PREVIEW, IMPORTING, DONE, REJECTED }

    /**
     * One column of the file and the field it fills (null = ignored).
     *
     * @param <F> the field enum
     */
    public static final class ColumnMapping<F> {
        private final String header;
        private final ObjectProperty<F> field;

        ColumnMapping(String header, F field) {
            this.header = header;
            this.field = new SimpleObjectProperty<>(this, "field", field);
        }

        /** The column's header as written in the file. */
        public String header() {
            return header;
        }

        /** The field it fills, or null to ignore the column. */
        public ObjectProperty<F> fieldProperty() {
            return field;
        }
    }

    /**
     * What the shared steps read from a preview, whatever its type.
     *
     * @param file the file's name
     * @param encoding the CSV encoding, or null
     * @param delimiter the CSV delimiter, or null
     * @param sheet the sheet read, or null for CSV
     * @param headers the header row as written
     * @param mapping header as written → field, in column order
     * @param firstRows the first data rows as written
     * @param rowCount the number of non-blank data rows
     * @param readyCount the number of rows that convert without problems
     * @param problems every problem found, in file order
     */
    protected record PreviewFacts<F>(String file, String encoding, Character delimiter, String sheet,
                                     List<String> headers, Map<String, F> mapping, List<SpreadsheetRow> firstRows,
                                     int rowCount, int readyCount, List<ImportProblem> problems) {
    }

    /** The header → field choices of the mapping and the headers set to "ignore". */
    protected record ChosenMapping<F>(Map<String, F> chosen, Set<String> ignored) {
    }

    private final TaskExecutor executor;
    private final Messages messages;
    private final String keyPrefix;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE_FILE);
    private final ReadOnlyObjectWrapper<P> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<ColumnMapping<F>> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fileDescription = new ReadOnlyStringWrapper(this, "fileDescription", "");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private BooleanBinding canImport;
    private Path file;
    private volatile boolean cancelRequested;

    /**
     * @param executor runs file work off the UI thread
     * @param messages the bundle holding the dialog's sentences
     * @param keyPrefix the prefix of those sentences' keys, with its dot ({@code "import."})
     */
    SpreadsheetImportViewModel(TaskExecutor executor, Messages messages, String keyPrefix) {
        this.executor = executor;
        this.messages = messages;
        this.keyPrefix = keyPrefix;
    }

    /**
     * Sets when the import can start: in {@link Step#PREVIEW}, with a preview that {@code ready}
     * accepts. Each subclass calls it once from its constructor.
     *
     * @param alsoDependsOn further properties {@code ready} reads
     */
    protected final void importableWhen(Predicate<P> ready, Observable... alsoDependsOn) {
        List<Observable> dependencies = new ArrayList<>(List.of(step, preview));
        dependencies.addAll(List.of(alsoDependsOn));
        this.canImport = Bindings.createBooleanBinding(
                () -> step.get() == Step.PREVIEW && preview.get() != null && ready.test(preview.get()),
                dependencies.toArray(Observable[]::new));
    }

    /** The shared facts of a preview. */
    protected abstract PreviewFacts<F> facts(P preview);

    /** Reads the preview of the chosen file in the background (called off the UI thread). */
    protected abstract P readPreview(Path file, O options);

    /** The options that detect everything. */
    protected abstract O detectEverything();

    /** The options the import will use now; see {@link #chosenMapping()}. */
    public abstract O currentOptions();

    /**
     * Called on the UI thread when the import starts: captures what the import needs from the
     * screen and returns the work to run in the background.
     */
    protected abstract Callable<R> importTask(Path file, ProgressMonitor monitor);

    /** Called on the UI thread when the import succeeded; ends with {@link #finish}. */
    protected abstract void imported(R result);

    /** The progress sentence when the import reports none of its own. */
    protected abstract String progressWithoutText(long done, long total);

    /** Called on the UI thread once a preview is read, after the mapping is set. */
    protected void previewRead(P loaded) {
    }

    /** Called on the UI thread when a preview could not be read, after the mapping is cleared. */
    protected void previewFailed() {
    }

    /** Further parts of the file description after the row count (none by default). */
    protected List<String> moreFileFacts(P loaded) {
        return List.of();
    }

    /** The current step. */
    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The preview of the chosen file, or null. */
    public ReadOnlyObjectProperty<P> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Each column of the file with its field; after a change call {@link #applyMapping()}. */
    public ObservableList<ColumnMapping<F>> mapping() {
        return mapping;
    }

    /** Problems in the preview or of a refused import, one sentence each, with line and column. */
    public ObservableList<String> problems() {
        return problems;
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
        loadPreview(detectEverything());
    }

    /** Reads the preview again with the mapping as the user set it. */
    public void applyMapping() {
        if (file != null) {
            loadPreview(currentOptions());
        }
    }

    /** The first rows as written, each as wide as the header, line number first, for the preview table. */
    public List<List<String>> firstRows() {
        P p = preview.get();
        if (p == null) {
            return List.of();
        }
        PreviewFacts<F> facts = facts(p);
        List<List<String>> rows = new ArrayList<>();
        for (SpreadsheetRow row : facts.firstRows()) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(row.line()));
            for (int i = 0; i < facts.headers().size(); i++) {
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
        // Rows are reported one by one from the import thread; only the latest reaches the UI thread,
        // so 100,000 rows do not queue 100,000 updates.
        AtomicReference<Object[]> pending = new AtomicReference<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                double fraction = total <= 0 ? -1 : (double) done / total;
                String text = what != null ? what : progressWithoutText(done, total);
                if (pending.getAndSet(new Object[] {fraction, text}) == null) {
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
        Callable<R> task = importTask(file, monitor);
        step.set(Step.IMPORTING);
        progress.set(-1);
        progressText.set(text("starting", file.getFileName()));
        executor.execute(task, this::imported, this::importFailed);
    }

    /** Asks a running import to stop; nothing is imported. */
    public void cancel() {
        cancelRequested = true;
        progressText.set(text("cancelling"));
    }

    /** Every problem as plain text, one per line, for the clipboard. */
    public String problemsAsText() {
        return String.join(System.lineSeparator(), problems);
    }

    /** The mapping as the user set it: the fields chosen, by header, and the headers ignored. */
    protected final ChosenMapping<F> chosenMapping() {
        Map<String, F> chosen = new LinkedHashMap<>();
        Set<String> ignored = new LinkedHashSet<>();
        for (ColumnMapping<F> m : mapping) {
            if (m.fieldProperty().get() != null) {
                chosen.put(m.header(), m.fieldProperty().get());
            } else {
                ignored.add(m.header());
            }
        }
        return new ChosenMapping<>(chosen, ignored);
    }

    /** The sheet of the preview shown, or null (CSV, or no preview). */
    protected final String previewSheet() {
        P p = preview.get();
        return p == null ? null : facts(p).sheet();
    }

    /** Ends a successful import: the result sentence and the problems of any rows left out. */
    protected final void finish(String result, List<ImportProblem> leftOut) {
        problems.setAll(describe(leftOut));
        resultText.set(result);
        step.set(Step.DONE);
    }

    /** The file chosen, or null before {@link #open}. */
    protected final Path file() {
        return file;
    }

    /** The bundle of the dialog's sentences. */
    protected final Messages messages() {
        return messages;
    }

    private String text(String key, Object... args) {
        return messages.get(keyPrefix + key, args);
    }

    private List<String> describe(List<ImportProblem> list) {
        return list.stream().map(p -> p.describe(messages.locale(), false)).toList();
    }

    private void importFailed(Throwable failure) {
        if (failure instanceof OperationCancelledException) {
            resultText.set(text("cancelled"));
            step.set(Step.PREVIEW);
        } else if (failure instanceof ImportRejectedException rejected) {
            problems.setAll(describe(rejected.problems()));
            resultText.set(text("rejected", rejected.problems().size()));
            step.set(Step.REJECTED);
        } else {
            problems.setAll(List.of(text("failed", file, reason(failure))));
            resultText.set(text("rejected", 1));
            step.set(Step.REJECTED);
        }
    }

    private void loadPreview(O options) {
        step.set(Step.LOADING);
        resultText.set("");
        executor.execute(() -> readPreview(file, options), loaded -> {
            preview.set(loaded);
            PreviewFacts<F> facts = facts(loaded);
            List<ColumnMapping<F>> columns = new ArrayList<>();
            for (String header : facts.headers()) {
                columns.add(new ColumnMapping<>(header, facts.mapping().get(header)));
            }
            mapping.setAll(columns);
            previewRead(loaded);
            problems.setAll(describe(facts.problems()));
            fileDescription.set(describeFile(loaded, facts));
            step.set(facts.headers().isEmpty() ? Step.CHOOSE_FILE : Step.PREVIEW);
        }, failure -> {
            preview.set(null);
            mapping.clear();
            previewFailed();
            if (failure instanceof ImportRejectedException rejected) {
                problems.setAll(describe(rejected.problems()));
            } else {
                problems.setAll(List.of(text("unreadable", file, reason(failure))));
            }
            fileDescription.set(file.getFileName().toString());
            step.set(Step.CHOOSE_FILE);
        });
    }

    private String describeFile(P loaded, PreviewFacts<F> p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.file());
        if (p.encoding() != null) {
            parts.add(text("encoding", p.encoding()));
        }
        if (p.delimiter() != null) {
            parts.add(text("delimiter", p.delimiter() == '\t' ? "Tab" : p.delimiter().toString()));
        }
        if (p.sheet() != null) {
            parts.add(text("sheet", p.sheet()));
        }
        parts.add(text("rows", p.rowCount(), p.readyCount()));
        parts.addAll(moreFileFacts(loaded));
        return String.join(" · ", parts);
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
