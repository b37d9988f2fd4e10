package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
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
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.GuestDuplicate;
import org.conferencedesk.importexport.GuestImportOptions;
import org.conferencedesk.importexport.GuestImportPreview;
import org.conferencedesk.importexport.GuestImportResult;
import org.conferencedesk.importexport.ImportRejectedException;
import org.conferencedesk.importexport.SpreadsheetRow;
import org.conferencedesk.shared.OperationCancelledException;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * File → Import guests…: choose a file, check the preview and the column mapping, choose what to do
 * with rows that look like guests already on the list (skip, merge or add, per row or for all),
 * optionally import only the good rows, import with progress and Cancel, then read the result or
 * every problem. Imports nothing from {@code javafx.scene}; call on the UI thread; file work runs
 * through the {@link TaskExecutor}.
 *
 * <p>Steps: {@link Step#CHOOSE_FILE} → {@link Step#PREVIEW} → {@link Step#IMPORTING} →
 * {@link Step#DONE}, or {@link Step#REJECTED} (every problem listed, nothing imported), or back to
 * {@link Step#PREVIEW} when cancelled (nothing imported).
 */
public final class GuestImportDialogViewModel {

    /** Where the dialog is. */
    public enum Step { CHOOSE_FILE, LOADING, PREVIEW, IMPORTING, DONE, REJECTED }

    /** One column of the file and the field it fills (null = ignored). */
    public static final class ColumnMapping {
        private final String header;
        private final ObjectProperty<GuestField> field;

        ColumnMapping(String header, GuestField field) {
            this.header = header;
            this.field = new SimpleObjectProperty<>(this, "field", field);
        }

        /** The column's header as written in the file. */
        public String header() {
            return header;
        }

        /** The field it fills, or null to ignore the column. */
        public ObjectProperty<GuestField> fieldProperty() {
            return field;
        }
    }

    /** A row that looks like a guest already on the list (or an earlier row), and what to do with it. */
    public static final class DuplicateRow {
        private final GuestDuplicate duplicate;
        private final String description;
        private final ObjectProperty<DuplicateAction> action;

        DuplicateRow(GuestDuplicate duplicate, String description) {
            this.duplicate = duplicate;
            this.description = description;
            this.action = new SimpleObjectProperty<>(this, "action", duplicate.suggested());
        }

        /** The duplicate found. */
        public GuestDuplicate duplicate() {
            return duplicate;
        }

        /** The row's line in the file. */
        public int line() {
            return duplicate.line();
        }

        /** The row's name as written. */
        public String name() {
            return duplicate.incoming().fullName();
        }

        /** Who the row looks like and why, in the window's language. */
        public String description() {
            return description;
        }

        /** Skip, merge or add; starts as {@link GuestDuplicate#suggested()} (a name-only match is never merged by default). */
        public ObjectProperty<DuplicateAction> actionProperty() {
            return action;
        }
    }

    private final GuestImporter importer;
    private final long eventId;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.CHOOSE_FILE);
    private final ReadOnlyObjectWrapper<GuestImportPreview> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    private final ObservableList<ColumnMapping> mapping = FXCollections.observableArrayList();
    private final ObservableList<DuplicateRow> duplicates = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final BooleanProperty goodRowsOnly = new SimpleBooleanProperty(this, "goodRowsOnly", false);
    private final ReadOnlyStringWrapper fileDescription = new ReadOnlyStringWrapper(this, "fileDescription", "");
    private final ReadOnlyStringWrapper resultText = new ReadOnlyStringWrapper(this, "resultText", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final BooleanBinding canImport;
    private Path file;
    private volatile boolean cancelRequested;

    /**
     * @param importer reads previews and imports (in the background, through {@code executor})
     * @param eventId the event the guests go into
     * @param executor runs file work off the UI thread
     * @param messages the {@code importexport} sentences
     */
    public GuestImportDialogViewModel(GuestImporter importer, long eventId, TaskExecutor executor, Messages messages) {
        this.importer = importer;
        this.eventId = eventId;
        this.executor = executor;
        this.messages = messages;
        this.canImport = Bindings.createBooleanBinding(() -> {
            GuestImportPreview p = preview.get();
            return step.get() == Step.PREVIEW && p != null
                    && (p.canImport() || (goodRowsOnly.get() && p.canImportGoodRows() && headerOk(p)));
        }, step, preview, goodRowsOnly);
    }

    private static boolean headerOk(GuestImportPreview p) {
        return p.mapping().containsValue(GuestField.FULL_NAME);
    }

    /** The current step. */
    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The preview of the chosen file, or null. */
    public ReadOnlyObjectProperty<GuestImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    /** Each column of the file with its field; after a change call {@link #applyMapping()}. */
    public ObservableList<ColumnMapping> mapping() {
        return mapping;
    }

    /** The rows that look like guests already on the list (or earlier rows), each with its choice. */
    public ObservableList<DuplicateRow> duplicates() {
        return duplicates;
    }

    /** Problems in the preview, of a refused import, or of the rows a partial import left out. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** "Import the good rows and report the rest" (off: all or nothing). */
    public BooleanProperty goodRowsOnlyProperty() {
        return goodRowsOnly;
    }

    /** "guests.csv · encoding UTF-8 (BOM) · delimiter “,” · 326 rows, 326 ready". */
    public ReadOnlyStringProperty fileDescriptionProperty() {
        return fileDescription.getReadOnlyProperty();
    }

    /** After the import: "Imported 326 guests …" or "Nothing was imported: 3 problems." */
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

    /** True when the import can start: no problems (or good rows only chosen and some good rows). */
    public BooleanBinding canImportProperty() {
        return canImport;
    }

    /** Reads the preview of {@code chosen} with everything detected. */
    public void open(Path chosen) {
        this.file = chosen;
        mapping.clear();
        loadPreview(GuestImportOptions.DETECT);
    }

    /** Reads the preview again with the mapping as the user set it. */
    public void applyMapping() {
        if (file != null) {
            loadPreview(currentOptions());
        }
    }

    /** Sets every duplicate row's choice; "merge" leaves a name-only match on "add" ({@link GuestDuplicate#forAll}). */
    public void setAllDuplicates(DuplicateAction action) {
        for (DuplicateRow row : duplicates) {
            row.actionProperty().set(row.duplicate().forAll(action));
        }
    }

    /** The options the import will use: detected encoding, delimiter and sheet, the user's mapping and partial choice. */
    public GuestImportOptions currentOptions() {
        GuestImportPreview p = preview.get();
        Map<String, GuestField> chosen = new LinkedHashMap<>();
        Set<String> ignored = new LinkedHashSet<>();
        for (ColumnMapping m : mapping) {
            if (m.fieldProperty().get() != null) {
                chosen.put(m.header(), m.fieldProperty().get());
            } else {
                ignored.add(m.header());
            }
        }
        return new GuestImportOptions(null, null, p == null ? null : p.sheet(), chosen, ignored, goodRowsOnly.get(), null);
    }

    /** The user's choice for each duplicate row, by line. */
    public Map<Integer, DuplicateAction> decisions() {
        Map<Integer, DuplicateAction> decisions = new LinkedHashMap<>();
        for (DuplicateRow row : duplicates) {
            decisions.put(row.line(), row.actionProperty().get());
        }
        return decisions;
    }

    /** The first rows as written, each as wide as the header, line number first, for the preview table. */
    public List<List<String>> firstRows() {
        GuestImportPreview p = preview.get();
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
        GuestImportOptions options = currentOptions();
        Map<Integer, DuplicateAction> decisions = decisions();
        cancelRequested = false;
        step.set(Step.IMPORTING);
        progress.set(-1);
        progressText.set(messages.get("guestDialog.starting", file.getFileName()));
        AtomicReference<Object[]> pending = new AtomicReference<>();
        ProgressMonitor monitor = new ProgressMonitor() {
            @Override
            public void progress(long done, long total, String what) {
                double fraction = total <= 0 ? -1 : (double) done / total;
                String text = what != null ? what : "";
                // Only the latest update reaches the UI thread, so 100,000 rows do not queue 100,000 updates.
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
        executor.execute(() -> importer.importGuests(eventId, file, options, decisions, monitor), this::imported,
                this::importFailed);
    }

    /** Asks a running import to stop; nothing is imported. */
    public void cancel() {
        cancelRequested = true;
        progressText.set(messages.get("guestDialog.cancelling"));
    }

    /** Every problem as plain text, one per line, for the clipboard. */
    public String problemsAsText() {
        return String.join(System.lineSeparator(), problems);
    }

    private void imported(GuestImportResult result) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("guestDialog.done", result.added(), file.getFileName()));
        if (result.merged() > 0 || result.skipped() > 0) {
            parts.add(messages.get("guestDialog.doneDuplicates", result.merged(), result.skipped()));
        }
        if (!result.notImported().isEmpty()) {
            long rows = result.notImported().stream().mapToInt(p -> p.line()).distinct().count();
            parts.add(messages.get("guestDialog.doneLeftOut", rows));
        }
        problems.setAll(result.notImported().stream().map(p -> p.describe(messages.locale(), false)).toList());
        resultText.set(String.join(messages.get("guestDialog.sentenceSeparator"), parts));
        step.set(Step.DONE);
    }

    private void importFailed(Throwable failure) {
        if (failure instanceof OperationCancelledException) {
            resultText.set(messages.get("guestDialog.cancelled"));
            step.set(Step.PREVIEW);
        } else if (failure instanceof ImportRejectedException rejected) {
            problems.setAll(rejected.problems().stream().map(p -> p.describe(messages.locale(), false)).toList());
            resultText.set(messages.get("guestDialog.rejected", rejected.problems().size()));
            step.set(Step.REJECTED);
        } else {
            problems.setAll(List.of(messages.get("guestDialog.failed", file, reason(failure))));
            resultText.set(messages.get("guestDialog.rejected", 1));
            step.set(Step.REJECTED);
        }
    }

    private void loadPreview(GuestImportOptions options) {
        step.set(Step.LOADING);
        resultText.set("");
        executor.execute(() -> importer.preview(eventId, file, options), loaded -> {
            preview.set(loaded);
            List<ColumnMapping> columns = new ArrayList<>();
            for (String header : loaded.headers()) {
                columns.add(new ColumnMapping(header, loaded.mapping().get(header)));
            }
            mapping.setAll(columns);
            Map<Integer, DuplicateAction> earlier = decisions();
            duplicates.setAll(loaded.duplicates().stream().map(d -> {
                DuplicateRow row = new DuplicateRow(d, describe(d));
                if (earlier.containsKey(d.line())) {
                    row.actionProperty().set(earlier.get(d.line()));
                }
                return row;
            }).toList());
            problems.setAll(loaded.problems().stream().map(p -> p.describe(messages.locale(), false)).toList());
            fileDescription.set(describeFile(loaded));
            step.set(loaded.headers().isEmpty() ? Step.CHOOSE_FILE : Step.PREVIEW);
        }, failure -> {
            preview.set(null);
            mapping.clear();
            duplicates.clear();
            problems.setAll(List.of(messages.get("guestDialog.unreadable", file, reason(failure))));
            fileDescription.set(file.getFileName().toString());
            step.set(Step.CHOOSE_FILE);
        });
    }

    private String describe(GuestDuplicate d) {
        String reasons = d.reasons().stream().sorted().map(r -> messages.get("guest.duplicate.reason." + r.name()))
                .collect(Collectors.joining(messages.get("guest.duplicate.reasonSeparator")));
        if (d.inFile()) {
            return messages.get("guestDialog.duplicate.inFile", d.earlierLine(), reasons);
        }
        List<String> about = new ArrayList<>();
        about.add(d.existing().fullName());
        for (String s : new String[] {d.existing().organisation(), d.existing().email(), d.existing().phone()}) {
            if (s != null && !s.isBlank()) {
                about.add(s);
            }
        }
        return messages.get("guestDialog.duplicate.existing", String.join(", ", about), reasons);
    }

    private String describeFile(GuestImportPreview p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.file());
        if (p.encoding() != null) {
            parts.add(messages.get("guestDialog.encoding", p.encoding()));
        }
        if (p.delimiter() != null) {
            parts.add(messages.get("guestDialog.delimiter", p.delimiter() == '\t' ? "Tab" : p.delimiter().toString()));
        }
        if (p.sheet() != null) {
            parts.add(messages.get("guestDialog.sheet", p.sheet()));
        }
        parts.add(messages.get("guestDialog.rows", p.rowCount(), p.guestCount()));
        if (!p.duplicates().isEmpty()) {
            parts.add(messages.get("guestDialog.duplicateCount", p.duplicates().size()));
        }
        return String.join(" · ", parts);
    }

    private static String reason(Throwable failure) {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
