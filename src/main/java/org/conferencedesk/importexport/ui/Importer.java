package org.conferencedesk.importexport.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.importexport.Duplicate;
import org.conferencedesk.importexport.DuplicateAction;
import org.conferencedesk.importexport.ImportOptions;
import org.conferencedesk.importexport.ImportPreview;
import org.conferencedesk.importexport.ImportResult;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.record.RecordField;

/**
 * What the import window needs from a record type's import pipeline, in the window's language: the
 * preview, the import itself, and the type's words (fields, the answers it offers for duplicate
 * rows, how it names a record and a duplicate). The window adapts an {@link ImportService} to it
 * ({@link #of}); view model tests may pass a fake.
 *
 * @param <R> the record type
 */
public interface Importer<R> {

    /** Reads and checks the file (columns, problems, duplicates, notes); imports nothing. */
    ImportPreview<R> preview(long eventId, Path file, ImportOptions options);

    /**
     * Imports the file into the event, with the user's answer for each duplicate row (by line).
     *
     * @throws org.conferencedesk.importexport.ImportRejectedException listing every problem; nothing imported
     * @throws org.conferencedesk.shared.OperationCancelledException if the monitor cancelled; nothing imported
     */
    ImportResult<R> importFile(long eventId, Path file, ImportOptions options, Map<Integer, DuplicateAction> decisions,
                               ProgressMonitor monitor);

    /** The record type's i18n area ({@code io.title}, {@code io.chooseFile}, {@code io.count}). */
    String bundle();

    /** The fields a column can fill, in the order the boxes list them. */
    List<RecordField> fields();

    /** The answers a duplicate row may get (empty: the type refuses such rows instead of asking). */
    Set<DuplicateAction> duplicateActions();

    /** The record's name as the user knows it. */
    String displayName(R record);

    /** Who a duplicate row looks like and why, short, for the window's list. */
    String describe(Duplicate<R> duplicate);

    /** The language of the sentences. */
    Locale locale();

    /** The pipeline {@code service} speaking {@code locale}. */
    static <R> Importer<R> of(ImportService<R, ?> service, Locale locale) {
        return new Importer<>() {
            @Override
            public ImportPreview<R> preview(long eventId, Path file, ImportOptions options) {
                return service.preview(eventId, file, options, locale);
            }

            @Override
            public ImportResult<R> importFile(long eventId, Path file, ImportOptions options,
                                              Map<Integer, DuplicateAction> decisions, ProgressMonitor monitor) {
                return service.importFile(eventId, file, options, decisions, monitor, locale);
            }

            @Override
            public String bundle() {
                return service.spec().bundle();
            }

            @Override
            public List<RecordField> fields() {
                return List.of(service.spec().headers().type().getEnumConstants());
            }

            @Override
            public Set<DuplicateAction> duplicateActions() {
                return service.spec().duplicateActions();
            }

            @Override
            public String displayName(R record) {
                return service.spec().displayName(record);
            }

            @Override
            public String describe(Duplicate<R> duplicate) {
                return service.spec().describe(duplicate, locale, false);
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }
}
