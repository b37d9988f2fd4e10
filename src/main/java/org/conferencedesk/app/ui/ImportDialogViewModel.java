package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * File → Import contracts…: choose a file, check the preview and the column mapping, import all or
 * nothing with progress and Cancel, then read the result or every problem. Imports nothing from
 * {@code javafx.scene}; call on the UI thread. The steps are those of every spreadsheet import
 * ({@link SpreadsheetImportViewModel}); this class supplies the contract fields, the preview and the
 * import call, with the {@code import.*} sentences of the {@code ui} bundle.
 *
 * <p>Steps: {@link Step#CHOOSE_FILE} → {@link Step#PREVIEW} (after {@link #open}) →
 * {@link Step#IMPORTING} → {@link Step#DONE}, or {@link Step#REJECTED} (every bad row listed,
 * nothing imported), or back to {@link Step#PREVIEW} when cancelled (nothing imported).
 */
public final class ImportDialogViewModel
        extends SpreadsheetImportViewModel<ContractField, ImportPreview, ImportOptions, Integer> {

    private final ContractImporter importer;
    private final long eventId;

    /**
     * @param importer reads previews and imports (in the background, through {@code executor})
     * @param eventId the event the contracts go into
     * @param executor runs file work off the UI thread
     * @param messages the {@code ui} sentences
     */
    public ImportDialogViewModel(ContractImporter importer, long eventId, TaskExecutor executor, Messages messages) {
        super(executor, messages, "import.");
        this.importer = importer;
        this.eventId = eventId;
        // True when the preview has no problems and at least one contract.
        importableWhen(ImportPreview::canImport);
    }

    /** The options the import will use: detected encoding, delimiter and sheet, and the user's mapping. */
    @Override
    public ImportOptions currentOptions() {
        ChosenMapping<ContractField> m = chosenMapping();
        return new ImportOptions(null, null, previewSheet(), m.chosen(), m.ignored());
    }

    @Override
    protected PreviewFacts<ContractField> facts(ImportPreview p) {
        return new PreviewFacts<>(p.file(), p.encoding(), p.delimiter(), p.sheet(), p.headers(), p.mapping(),
                p.firstRows(), p.rowCount(), p.contractCount(), p.problems());
    }

    @Override
    protected ImportPreview readPreview(Path file, ImportOptions options) {
        return importer.preview(eventId, file, options);
    }

    @Override
    protected ImportOptions detectEverything() {
        return ImportOptions.DETECT;
    }

    @Override
    protected Callable<Integer> importTask(Path file, ProgressMonitor monitor) {
        ImportOptions options = currentOptions();
        return () -> importer.importContracts(eventId, file, options, monitor);
    }

    @Override
    protected void imported(Integer count) {
        finish(messages().get("import.done", count, file().getFileName()), List.of());
    }

    @Override
    protected String progressWithoutText(long done, long total) {
        return messages().get("import.progress", done, total);
    }
}
