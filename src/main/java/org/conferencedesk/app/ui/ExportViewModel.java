package org.conferencedesk.app.ui;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableValue;
import org.conferencedesk.events.Event;
import org.conferencedesk.importexport.ExportService;
import org.conferencedesk.reports.ReportOptions;
import org.conferencedesk.reports.SummaryReportService;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.OperationCancelledException;
import org.conferencedesk.shared.ProgressMonitor;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.i18n.Messages;

/**
 * File → Export contracts / guests to CSV / Excel and Export PDF report: runs the export in the
 * background, shows it in the status bar, which then offers to open the file written. The files are
 * written in the window's language, for every record type through its {@link ExportService}.
 * Imports nothing from {@code javafx.scene}.
 */
public final class ExportViewModel {

    /** A file written, with the sentence to show ("Exported 30 contracts to contracts.csv"). */
    public record Written(Path file, String message) {
    }

    private final SummaryReportService reports;
    private final ObservableValue<Event> currentEvent;
    private final StatusBarViewModel status;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final BooleanBinding canExport;
    private final BooleanProperty reportAppendices = new SimpleBooleanProperty(this, "reportAppendices", false);
    private Consumer<Written> onWritten = w -> { };

    /**
     * @param reports writes the PDF report
     * @param currentEvent the event shown (exports are of this event)
     * @param status shows progress; its {@code working} flag disables exports while work runs
     * @param executor runs the export in the background
     * @param dialogs shows failures
     * @param messages the {@code ui} sentences; their locale is the PDF's language
     */
    public ExportViewModel(SummaryReportService reports, ObservableValue<Event> currentEvent,
                           StatusBarViewModel status, TaskExecutor executor, DialogService dialogs, Messages messages) {
        this.reports = reports;
        this.currentEvent = currentEvent;
        this.status = status;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.canExport = Bindings.createBooleanBinding(() -> currentEvent.getValue() != null && !status.workingProperty().get(),
                currentEvent, status.workingProperty());
    }

    /** True when there is an event and no other background work runs. */
    public BooleanBinding canExportProperty() {
        return canExport;
    }

    /** Called on the UI thread after each file is written. */
    public void setOnWritten(Consumer<Written> onWritten) {
        this.onWritten = onWritten == null ? w -> { } : onWritten;
    }

    /** A file name to suggest for the PDF report: the event's short name, e.g. "WIMC 2020 总结报告.pdf". */
    public String suggestedFileName(String extension) {
        return messages.get("export.reportFileName", baseName()) + extension;
    }

    /** A file name to suggest for an export of {@code exporter}'s records, e.g. "WIMC 2020 contracts.csv". */
    public String suggestedFileName(ExportService<?> exporter, String extension) {
        return Messages.of(exporter.spec().bundle(), messages.locale()).get("io.fileName", baseName()).strip() + extension;
    }

    private String baseName() {
        Event event = currentEvent.getValue();
        return event == null ? "" : event.displayName().replaceAll("[\\\\/:*?\"<>|]", "_");
    }

    /**
     * Writes the current event's records of {@code exporter}'s type to {@code out}: CSV (UTF-8 with
     * BOM) if it ends in .csv, XLSX if .xlsx, in the window's language.
     */
    public void export(ExportService<?> exporter, Path out) {
        Event event = currentEvent.getValue();
        if (event == null || !canExport.get()) {
            return;
        }
        status.beginWork(messages.get("export.running", out.getFileName()));
        executor.execute(() -> exporter.export(event.id(), out, messages.locale()), count -> {
            String counted = Messages.of(exporter.spec().bundle(), messages.locale()).get("io.count", count);
            String message = messages.get("export.done", counted, out.getFileName());
            status.endWork(message, out);
            onWritten.accept(new Written(out, message));
        }, failure -> fail(out, failure));
    }

    /**
     * True to print the full lists (guests, exhibitors) at the end of the PDF report: the checkbox File ›
     * "Report with full lists". Off by default: the body holds no personal data.
     */
    public BooleanProperty reportAppendicesProperty() {
        return reportAppendices;
    }

    /**
     * Writes the current event's PDF summary report to {@code out}, in the window's language, with the
     * appendices if {@link #reportAppendicesProperty()} is set, in the background: the status bar shows
     * its progress and its Cancel button stops it; a cancelled report leaves no file (and an existing one
     * as it was) and says so in the status bar.
     */
    public void exportReport(Path out) {
        Event event = currentEvent.getValue();
        if (event == null || !canExport.get()) {
            return;
        }
        ReportOptions options = new ReportOptions(messages.locale(), reportAppendices.get());
        ProgressMonitor monitor = status.beginWork(messages.get("report.running", out.getFileName()));
        executor.execute(() -> {
            reports.writePdf(event.id(), options, out, monitor);
            return out;
        }, written -> {
            String message = messages.get("report.done", out.getFileName());
            status.endWork(message, out);
            onWritten.accept(new Written(out, message));
        }, failure -> {
            if (failure instanceof OperationCancelledException) {
                status.endWork(messages.get("report.cancelled", out.getFileName()));
            } else {
                fail(out, failure);
            }
        });
    }

    private void fail(Path out, Throwable failure) {
        status.endWork(messages.get("export.failedShort", out.getFileName()));
        String reason = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        // The writer's own sentence already names the file, why and what to do, in the user's language.
        dialogs.showError(messages.get("export.failedTitle"), failure instanceof java.io.UncheckedIOException
                ? reason : messages.get("export.failed", out, reason));
    }
}
