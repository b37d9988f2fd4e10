package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.GuestImportOptions;
import org.conferencedesk.importexport.GuestImportPreview;
import org.conferencedesk.importexport.GuestImportResult;
import org.conferencedesk.importexport.GuestImportService;
import org.conferencedesk.shared.ProgressMonitor;

/**
 * What the guest import dialog needs from the import service, with sentences in the window's
 * language. The window adapts {@link GuestImportService} to it ({@link #of}); view model tests pass a fake.
 */
public interface GuestImporter {

    /** Reads and checks the file (mapping, problems, duplicates); imports nothing. */
    GuestImportPreview preview(long eventId, Path file, GuestImportOptions options);

    /**
     * Imports the file into the event, with the user's answer for each duplicate row (by line).
     *
     * @throws org.conferencedesk.importexport.ImportRejectedException listing every problem; nothing imported
     * @throws org.conferencedesk.shared.OperationCancelledException if the monitor cancelled; nothing imported
     */
    GuestImportResult importGuests(long eventId, Path file, GuestImportOptions options,
                                   Map<Integer, DuplicateAction> decisions, ProgressMonitor monitor);

    /** The import service speaking {@code locale}. */
    static GuestImporter of(GuestImportService service, Locale locale) {
        return new GuestImporter() {
            @Override
            public GuestImportPreview preview(long eventId, Path file, GuestImportOptions options) {
                return service.preview(eventId, file, options, locale);
            }

            @Override
            public GuestImportResult importGuests(long eventId, Path file, GuestImportOptions options,
                                                  Map<Integer, DuplicateAction> decisions, ProgressMonitor monitor) {
                return service.importGuests(eventId, file, options, decisions, monitor, locale);
            }
        };
    }
}
