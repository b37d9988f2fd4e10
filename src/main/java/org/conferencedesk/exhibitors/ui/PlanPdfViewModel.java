package org.conferencedesk.exhibitors.ui;

import java.nio.file.Path;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.PlanWords;
import org.conferencedesk.exhibitors.io.HallPlanPdf;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;

/**
 * The plan's "PDF…" button: every hall of the event, one page each, on A3, in the screen's language,
 * written on the {@link TaskExecutor} ({@link HallPlanPdf}); says where it went, or why not. UI
 * thread; no {@code javafx.scene}.
 */
public final class PlanPdfViewModel {

    private final HallPlanPdf pdf;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final PlanWords words;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param pdf writes the plans
     * @param executor runs the writing off the UI thread
     * @param dialogs says where the file went, or why it could not be written
     * @param locale the language of the PDF
     */
    public PlanPdfViewModel(HallPlanPdf pdf, TaskExecutor executor, DialogService dialogs, Locale locale) {
        this.pdf = pdf;
        this.executor = executor;
        this.dialogs = dialogs;
        this.words = new PlanWords(locale);
    }

    /** True while a PDF is being written (the button is disabled). */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The file name offered in the save dialog. */
    public String suggestedFileName() {
        return words.get("pdf.fileName");
    }

    /** The save dialog's title. */
    public String saveTitle() {
        return words.get("pdf.saveTitle");
    }

    /** Writes the plans of every hall of {@code event} to {@code file} (whole or not at all). */
    public void write(Event event, Path file) {
        if (event == null || file == null || busy.get()) {
            return;
        }
        busy.set(true);
        executor.execute(() -> pdf.write(event.id(), null, words.locale(), HallPlanPdf.Paper.A3, file), pages -> {
            busy.set(false);
            dialogs.showInformation(words.get("pdf.saveTitle"), words.get("pdf.done", file.toString(), pages));
        }, failure -> {
            busy.set(false);
            dialogs.showError(words.get("pdf.saveTitle"), UserFacingException.sentenceOf(failure, words.locale()));
        });
    }
}
