package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
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
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.SpreadsheetRow;
import org.conferencedesk.importexport.ImportProblem;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.shared.OperationCancelledException;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * File → Import contracts…: choose a file, check the preview and the column mapping, import all or
 * nothing with progress and Cancel, then read the result or every problem. Imports nothing from
 * {@code javafx.scene}; call on the UI thread.
 *
 * <p>Steps: {@link Step#CHOOSE_FILE} → {@link Step#PREVIEW} (after {@link #open}) →
 * {@link Step#IMPORTING} → {@link Step#DONE}, or {@link Step#REJECTED} (every bad row listed,
 * nothing imported), or back to {@link Step#PREVIEW} when cancelled (nothing imported).
 */
public final class ImportDialogViewModel {

    /** Where the dialog is. */
    public enum Step { CHOOSE_FILE, LOADING, PREVIEW, IMPORTING, DONE, REJECTED }

    /** One column of the file and the field it fills (null = ignored). */
    public static final class ColumnMapping {
        private final String header;
        private final ObjectProperty<ContractField> field;

        ColumnMapping(String header, ContractField field) {
            this.header = header;
            this.field = new SimpleObjectProperty<>(this, "field", field);
        }

        /** The column's header as written in the file. */
        public String header() {
            return header;
        }

        /** The field it fills, or null to ignore the column. */
        public ObjectProperty<ContractField> fieldProperty() {
            return field;
        }
    }

    private final ContractImporter importer;
    private final long eventId;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE_FILE);
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<ColumnMapping> mapping = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper fileDescription = new ReadOnlyStringWrapper(this, "fileDescription", "");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final BooleanBinding canImport;
    private Path file;
    private volatile boolean cancelRequested;

    /**
     * @param importer reads previews and imports (in the background, through {@code executor})
     * @param eventId the event the contracts go into
     * @param executor runs file work off the UI thread
     * @param messages the {@code ui} sentences
     */
    public ImportDialogViewModel(ContractImporter importer, long eventId, TaskExecutor executor, Messages messages) {
        this.importer = importer;
        this.eventId = eventId;
        this.executor = executor;
        this.messages = messages;
        this.canImport = Bindings.createBooleanBinding(
                () -> step.get() == Step.PREVIEW && preview.get() != null && preview.get().canImport(), step, preview);
    }

    /** The current step. */
    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The preview of the chosen file, or null. */
    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Each column of the file with its field; changing a field reads the preview again. */
    public ObservableList<ColumnMapping> mapping() {
        return mapping;
    }

    /** Problems in the preview or of a refused import, one sentence each, with line and column. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** "contracts.csv · UTF-8 (BOM) · delimiter , · 30 rows". */
    public ReadOnlyStringProperty fileDescriptionProperty() {
        return fileDescription.getReadOnlyProperty();
    }

    /** After the import: "30 contracts imported." or "Nothing was imported: 3 problems." */
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

    /** True when the preview has no problems and at least one contract: the import can start. */
    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Reads the preview of {@code chosen} with everything detected. */
    public void open(Path chosen) {
        this.file = chosen;
        mapping.clear();
        loadPreview(ImportOptions.DETECT);
    }

    /** Reads the preview again with the mapping as the user set it in the column boxes. */
    public void applyMapping() {
        if (file != null) {
            loadPreview(currentOptions());
        }
    }

    /** The options the import will use: detected encoding, delimiter and sheet, and the user's mapping. */
    public ImportOptions currentOptions() {
        ImportPreview p = preview.get();
        Map<String, ContractField> chosen = new LinkedHashMap<>();
        java.util.Set<String> ignored = new java.util.LinkedHashSet<>();
        for (ColumnMapping m : mapping) {
            if (m.fieldProperty().get() != null) {
                chosen.put(m.header(), m.fieldProperty().get());
            } else {
                ignored.add(m.header());
            }
        }
        return new ImportOptions(null, null, p == null ? null : p.sheet(), chosen, ignored);
    }

    /** The first rows as written, each as wide as the header, for the preview table. */
    public List<List<String>> firstRows() {
        ImportPreview p = preview.get();
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
        ImportOptions options = currentOptions();
        cancelRequested = false;
        step.set(Step.IMPORTING);
        progress.set(-1);
        progressText.set(messages.get("import.starting", file.getFileName()));
        // Rows are reported one by one from the import thread; only the latest reaches the UI thread,
        // so 10,000 rows do not queue 10,000 updates.
        AtomicReference<Object[]> pending = new AtomicReference<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                double fraction = total <= 0 ? -1 : (double) done / total;
                String text = what != null ? what : messages.get("import.progress", done, total);
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
        executor.execute(() -> importer.importContracts(eventId, file, options, monitor), count -> {
            problems.clear();
            resultText.set(messages.get("import.done", count, file.getFileName()));
            step.set(Step.DONE);
        }, this::importFailed);
    }

    /** Asks a running import to stop; nothing is imported. */
    public void cancel() {
        cancelRequested = true;
        progressText.set(messages.get("import.cancelling"));
    }

    /** Every problem as plain text, one per line, for the clipboard. */
    public String problemsAsText() {
        return String.join(System.lineSeparator(), problems);
    }

    private void importFailed(Throwable failure) {
        if (failure instanceof OperationCancelledException) {
            resultText.set(messages.get("import.cancelled"));
            step.set(Step.PREVIEW);
        } else if (failure instanceof ImportRejectedException rejected) {
            problems.setAll(rejected.problems().stream().map(p -> p.describe(messages.locale(), false)).toList());
            resultText.set(messages.get("import.rejected", rejected.problems().size()));
            step.set(Step.REJECTED);
        } else {
            problems.setAll(List.of(messages.get("import.failed", file, reason(failure))));
            resultText.set(messages.get("import.rejected", 1));
            step.set(Step.REJECTED);
        }
    }

    private void loadPreview(ImportOptions options) {
        step.set(Step.LOADING);
        resultText.set("");
        executor.execute(() -> importer.preview(eventId, file, options), loaded -> {
            preview.set(loaded);
            List<ColumnMapping> columns = new ArrayList<>();
            for (String header : loaded.headers()) {
                columns.add(new ColumnMapping(header, loaded.mapping().get(header)));
            }
            mapping.setAll(columns);
            problems.setAll(loaded.problems().stream().map(p -> p.describe(messages.locale(), false)).toList());
            fileDescription.set(describeFile(loaded));
            step.set(loaded.headers().isEmpty() ? Step.CHOOSE_FILE : Step.PREVIEW);
        }, failure -> {
            preview.set(null);
            mapping.clear();
            if (failure instanceof ImportRejectedException rejected) {
                problems.setAll(rejected.problems().stream().map(p -> p.describe(messages.locale(), false)).toList());
            } else {
                problems.setAll(List.of(messages.get("import.unreadable", file, reason(failure))));
            }
            fileDescription.set(file.getFileName().toString());
            step.set(Step.CHOOSE_FILE);
        });
    }

    private String describeFile(ImportPreview p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.file());
        if (p.encoding() != null) {
            parts.add(messages.get("import.encoding", p.encoding()));
        }
        if (p.delimiter() != null) {
            parts.add(messages.get("import.delimiter", p.delimiter() == '\t' ? "Tab" : p.delimiter().toString()));
        }
        if (p.sheet() != null) {
            parts.add(messages.get("import.sheet", p.sheet()));
        }
        parts.add(messages.get("import.rows", p.rowCount(), p.contractCount()));
        return String.join(" · ", parts);
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
