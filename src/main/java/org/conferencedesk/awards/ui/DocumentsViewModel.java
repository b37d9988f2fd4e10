package org.conferencedesk.awards.ui;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.conferencedesk.awards.io.AwardDocuments;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.i18n.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ceremony's documents from the awards screen: the running order for the presenter as PDF, the same
 * lines as CSV or XLSX for the stage manager, and the winners' certificates, each in the window's
 * language, written in the background. Certificates are refused, nothing written, when a name cannot be
 * drawn by the bundled fonts; the refusal names each one. No {@code javafx.scene}; UI thread only.
 */
public final class DocumentsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentsViewModel.class);

    private final AwardDocuments documents;
    private final TaskExecutor executor;
    private final Locale locale;
    private final Messages ui;
    private final ObjectProperty<Long> eventId = new SimpleObjectProperty<>(this, "eventId");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");

    /**
     * @param documents writes the running order and the certificates
     * @param executor background work
     * @param locale the window's language, also the documents'
     */
    public DocumentsViewModel(AwardDocuments documents, TaskExecutor executor, Locale locale) {
        this.documents = Objects.requireNonNull(documents);
        this.executor = Objects.requireNonNull(executor);
        this.locale = Objects.requireNonNull(locale);
        this.ui = Messages.of("awardsui", locale);
    }

    /** The running order of the event, as a PDF for the presenter (fonts embedded), to {@code out}. */
    public void writeRunningOrderPdf(Path out) {
        write(out, event -> {
            documents.writeRunningOrder(event, locale, out);
            return null;
        });
    }

    /** The running order's lines as CSV or XLSX (by {@code out}'s extension). */
    public void writeRunningOrderTable(Path out) {
        write(out, event -> documents.writeRunningOrderTable(event, locale, out));
    }

    /** One certificate per winner, in running order; refused (nothing written) if a name cannot be drawn. */
    public void writeCertificates(Path out) {
        write(out, event -> documents.writeCertificates(event, null, locale, false, out));
    }

    private interface Work {
        Object run(long event) throws Exception;
    }

    private void write(Path out, Work work) {
        Long event = eventId.get();
        if (event == null || busy.get()) {
            return;
        }
        busy.set(true);
        message.set("");
        problem.set("");
        Callable<Object> call = () -> work.run(event);
        executor.execute(call, done -> {
            busy.set(false);
            message.set(ui.get("documents.written", out.toString()));
        }, failure -> {
            busy.set(false);
            if (!(failure instanceof UserFacingException)) {
                LOG.warn("Award document {} not written", out, failure);
            }
            problem.set(UserFacingException.sentenceOf(failure, locale));
        });
    }

    /** The event whose documents are written (bound to the window's). */
    public ObjectProperty<Long> eventIdProperty() {
        return eventId;
    }

    /** "Written: FILE" after a document was written, else "". */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Why the last document was not written, or "". */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** True while a document is being written. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
