package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
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
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * File → Import guests…: choose a file, check the preview and the column mapping, choose what to do
 * with rows that look like guests already on the list (skip, merge or add, per row or for all),
 * optionally import only the good rows, import with progress and Cancel, then read the result or
 * every problem. Imports nothing from {@code javafx.scene}; call on the UI thread; file work runs
 * through the {@link TaskExecutor}. The steps are those of every spreadsheet import
 * ({@link SpreadsheetImportViewModel}); this class adds the duplicates step and "good rows only",
 * with the {@code guestDialog.*} sentences of the {@code importexport} bundle.
 *
 * <p>Steps: {@link Step#CHOOSE_FILE} → {@link Step#PREVIEW} → {@link Step#IMPORTING} →
 * {@link Step#DONE}, or {@link Step#REJECTED} (every problem listed, nothing imported), or back to
 * {@link Step#PREVIEW} when cancelled (nothing imported).
 */
public final class GuestImportDialogViewModel
        extends SpreadsheetImportViewModel<GuestField, GuestImportPreview, GuestImportOptions, GuestImportResult> {

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
    private final ObservableList<DuplicateRow> duplicates = FXCollections.observableArrayList();
    private final BooleanProperty goodRowsOnly = new SimpleBooleanProperty(this, "goodRowsOnly", false);

    /**
     * @param importer reads previews and imports (in the background, through {@code executor})
     * @param eventId the event the guests go into
     * @param executor runs file work off the UI thread
     * @param messages the {@code importexport} sentences
     */
    public GuestImportDialogViewModel(GuestImporter importer, long eventId, TaskExecutor executor, Messages messages) {
        super(executor, messages, "guestDialog.");
        this.importer = importer;
        this.eventId = eventId;
        // No problems, or good rows only chosen and some good rows (and the name column found).
        importableWhen(p -> p.canImport() || (goodRowsOnly.get() && p.canImportGoodRows() && headerOk(p)), goodRowsOnly);
    }

    private static boolean headerOk(GuestImportPreview p) {
        return p.mapping().containsValue(GuestField.FULL_NAME);
    }

    /** The rows that look like guests already on the list (or earlier rows), each with its choice. */
    public ObservableList<DuplicateRow> duplicates() {
        return duplicates;
    }

    /** "Import the good rows and report the rest" (off: all or nothing). */
    public BooleanProperty goodRowsOnlyProperty() {
        return goodRowsOnly;
    }

    /** Sets every duplicate row's choice; "merge" leaves a name-only match on "add" ({@link GuestDuplicate#forAll}). */
    public void setAllDuplicates(DuplicateAction action) {
        for (DuplicateRow row : duplicates) {
            row.actionProperty().set(row.duplicate().forAll(action));
        }
    }

    /** The options the import will use: detected encoding, delimiter and sheet, the user's mapping and partial choice. */
    @Override
    public GuestImportOptions currentOptions() {
        ChosenMapping<GuestField> m = chosenMapping();
        return new GuestImportOptions(null, null, previewSheet(), m.chosen(), m.ignored(), goodRowsOnly.get(), null);
    }

    /** The user's choice for each duplicate row, by line. */
    public Map<Integer, DuplicateAction> decisions() {
        Map<Integer, DuplicateAction> decisions = new LinkedHashMap<>();
        for (DuplicateRow row : duplicates) {
            decisions.put(row.line(), row.actionProperty().get());
        }
        return decisions;
    }

    @Override
    protected PreviewFacts<GuestField> facts(GuestImportPreview p) {
        return new PreviewFacts<>(p.file(), p.encoding(), p.delimiter(), p.sheet(), p.headers(), p.mapping(),
                p.firstRows(), p.rowCount(), p.guestCount(), p.problems());
    }

    @Override
    protected GuestImportPreview readPreview(Path file, GuestImportOptions options) {
        return importer.preview(eventId, file, options);
    }

    @Override
    protected GuestImportOptions detectEverything() {
        return GuestImportOptions.DETECT;
    }

    @Override
    protected Callable<GuestImportResult> importTask(Path file, ProgressMonitor monitor) {
        GuestImportOptions options = currentOptions();
        Map<Integer, DuplicateAction> decisions = decisions();
        return () -> importer.importGuests(eventId, file, options, decisions, monitor);
    }

    @Override
    protected String progressWithoutText(long done, long total) {
        return "";
    }

    @Override
    protected void imported(GuestImportResult result) {
        Messages messages = messages();
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("guestDialog.done", result.added(), file().getFileName()));
        if (result.merged() > 0 || result.skipped() > 0) {
            parts.add(messages.get("guestDialog.doneDuplicates", result.merged(), result.skipped()));
        }
        if (!result.notImported().isEmpty()) {
            long rows = result.notImported().stream().mapToInt(p -> p.line()).distinct().count();
            parts.add(messages.get("guestDialog.doneLeftOut", rows));
        }
        finish(String.join(messages.get("guestDialog.sentenceSeparator"), parts), result.notImported());
    }

    /** Keeps the choices already made for rows still found at the same line. */
    @Override
    protected void previewRead(GuestImportPreview loaded) {
        Map<Integer, DuplicateAction> earlier = decisions();
        duplicates.setAll(loaded.duplicates().stream().map(d -> {
            DuplicateRow row = new DuplicateRow(d, describe(d));
            if (earlier.containsKey(d.line())) {
                row.actionProperty().set(earlier.get(d.line()));
            }
            return row;
        }).toList());
    }

    @Override
    protected void previewFailed() {
        duplicates.clear();
    }

    @Override
    protected List<String> moreFileFacts(GuestImportPreview p) {
        return p.duplicates().isEmpty() ? List.of() : List.of(messages().get("guestDialog.duplicateCount", p.duplicates().size()));
    }

    private String describe(GuestDuplicate d) {
        Messages messages = messages();
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
}
