package org.conferencedesk.shared.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.conferencedesk.shared.TaskExecutor;
import org.conferencedesk.shared.UserFacingException;
import org.conferencedesk.shared.record.RelatedRecords;

/**
 * The "linked records" part of a record's form: the lines other features hold about the record shown
 * ({@link RelatedRecords}), read in the background each time another record is shown or the screen
 * asks again, and opening one on its own screen ({@link RecordOpener}). The names in the lines are
 * read when the record is shown, so they are the linked records' names as they are now.
 */
public final class RelatedLinesViewModel {

    private final RelatedRecords related;
    private final String recordType;
    private final TaskExecutor executor;
    private final Locale locale;
    private final RecordOpener opener;
    private final ObservableList<RelatedRecords.Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private Long eventId;
    private Long recordId;
    private long generation;

    /**
     * @param related what the features hold about records
     * @param recordType the type of the records this form shows ({@code "guest"}, {@code "exhibitor"})
     * @param executor reads the lines off the JavaFX thread
     * @param locale the language of the lines
     * @param opener opens a line's record on its screen
     */
    public RelatedLinesViewModel(RelatedRecords related, String recordType, TaskExecutor executor, Locale locale,
                                 RecordOpener opener) {
        this.related = Objects.requireNonNull(related, "related");
        this.recordType = Objects.requireNonNull(recordType, "recordType");
        this.executor = executor;
        this.locale = locale;
        this.opener = opener;
    }

    /** The lines of the record shown (empty for none, or a new record). */
    public ObservableList<RelatedRecords.Line> lines() {
        return lines;
    }

    /** Why the lines could not be read (a sentence), or empty. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /**
     * Shows the lines of this record (read in the background; a later call wins).
     *
     * @param eventId the record's event, or null
     * @param recordId the record, or null for none (a new record): no lines
     */
    public void show(Long eventId, Long recordId) {
        this.eventId = eventId;
        this.recordId = recordId;
        refresh();
    }

    /** Reads the lines of the record shown again (a linked record changed, the screen is shown again). */
    public void refresh() {
        long asked = ++generation;
        if (eventId == null || recordId == null) {
            lines.clear();
            problem.set("");
            return;
        }
        long event = eventId;
        long id = recordId;
        executor.execute(() -> related.of(event, recordType, id, locale), found -> {
            if (asked == generation) {
                lines.setAll(found);
                problem.set("");
            }
        }, failure -> {
            if (asked == generation) {
                lines.clear();
                problem.set(UserFacingException.sentenceOf(failure, locale));
            }
        });
    }

    /** Opens the line's record on the screen of its type. */
    public void open(RelatedRecords.Line line) {
        opener.open(line.recordType(), line.recordId());
    }

    /** The lines as read now (for tests and the view). */
    public List<RelatedRecords.Line> shown() {
        return List.copyOf(lines);
    }
}
