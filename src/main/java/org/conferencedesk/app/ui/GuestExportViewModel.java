package org.conferencedesk.app.ui;

import java.nio.file.Path;
import javafx.beans.value.ObservableValue;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.GuestExportService;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * File → Export guests to CSV / Excel: writes the current event's guests in the background (headers
 * and choices in the window's language) and shows it in the status bar, which then offers to open
 * the file. Imports nothing from {@code javafx.scene}.
 */
public final class GuestExportViewModel {

    private final GuestExportService exporter;
    private final ObservableValue<Event> currentEvent;
    private final StatusBarViewModel status;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;

    /**
     * @param exporter writes CSV and XLSX
     * @param currentEvent the event shown (exports are of this event)
     * @param status shows progress and the file written
     * @param executor runs the export in the background
     * @param dialogs shows failures
     * @param messages the {@code importexport} sentences; their locale is the file's language
     */
    public GuestExportViewModel(GuestExportService exporter, ObservableValue<Event> currentEvent, StatusBarViewModel status,
                                TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.exporter = exporter;
        this.currentEvent = currentEvent;
        this.status = status;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** A file name to suggest: the event's short name, "guests" and the extension, e.g. "WIMC 2020 guests.csv". */
    public String suggestedFileName(String extension) {
        Event event = currentEvent.getValue();
        String base = event == null ? "" : event.displayName().replaceAll("[\\\\/:*?\"<>|]", "_");
        return messages.get("guestExport.fileName", base).strip() + extension;
    }

    /** Writes the current event's guests to {@code out}: CSV (UTF-8 with BOM) if it ends in .csv, XLSX if .xlsx. */
    public void exportGuests(Path out) {
        Event event = currentEvent.getValue();
        if (event == null || status.workingProperty().get()) {
            return;
        }
        status.beginWork(messages.get("guestExport.running", out.getFileName()));
        executor.execute(() -> exporter.export(event.id(), out, messages.locale()),
                count -> status.endWork(messages.get("guestExport.done", count, out.getFileName()), out),
                failure -> {
                    status.endWork(messages.get("guestExport.failedShort", out.getFileName()));
                    String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
                    // The exporter's own sentence already names the file, why and what to do.
                    dialogs.showError(messages.get("guestExport.failedTitle"), failure instanceof java.io.UncheckedIOException
                            ? reason : messages.get("guestExport.failed", out, reason));
                });
    }
}
