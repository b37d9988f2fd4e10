package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.Locale;
import org.conferencedesk.importexport.ContractImportService;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.shared.ProgressMonitor;

/**
 * What the import dialog needs from the import service: a preview of a file and the import
 * itself, with sentences in the window's language. The window adapts {@code ContractImportService}
 * to it ({@link #of}); view model tests pass a fake.
 */
public interface ContractImporter {

    /**
     * Reads the file's first rows and how its columns map to contract fields, and lists the rows
     * already in the event; imports nothing. A file that cannot be read gives a preview with no
     * headers and its problem.
     */
    ImportPreview preview(long eventId, Path file, ImportOptions options);

    /**
     * Imports every row into the event, all or nothing.
     *
     * @return the number of contracts imported
     * @throws org.conferencedesk.importexport.ImportRejectedException listing every bad row; nothing imported
     * @throws org.conferencedesk.shared.OperationCancelledException if the monitor cancelled; nothing imported
     */
    int importContracts(long eventId, Path file, ImportOptions options, ProgressMonitor monitor);

    /** The import service speaking {@code locale} (problems and progress in Chinese or English). */
    static ContractImporter of(ContractImportService service, Locale locale) {
        return new ContractImporter() {
            @Override
            public ImportPreview preview(long eventId, Path file, ImportOptions options) {
                return service.preview(eventId, file, options, locale);
            }

            @Override
            public int importContracts(long eventId, Path file, ImportOptions options, ProgressMonitor monitor) {
                return service.importContracts(eventId, file, options, monitor, locale);
            }
        };
    }
}
