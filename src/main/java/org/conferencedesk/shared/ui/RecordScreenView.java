package org.conferencedesk.shared.ui;

import java.util.Objects;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import org.conferencedesk.shared.RecordForm;

/**
 * The {@link ScreenView} of a record type's table screen with its form beside it (contracts, guests,
 * exhibitors): the form starts a new record of the event shown and follows the event (asking before
 * typing would be lost); the live data is followed while the tab is shown; the window's questions
 * about typing go to the form; Ctrl+N and Ctrl+F go to the view. JavaFX thread only.
 */
public final class RecordScreenView implements ScreenView {

    private final Node node;
    private final Runnable attach;
    private final Runnable detach;
    private final RecordForm<?> form;
    private final ObservableValue<Long> eventId;
    private final ChangeListener<Long> followsEvent;
    private Runnable onShown = () -> { };
    private Runnable onClose = () -> { };
    private Runnable newRecord = () -> { };
    private Runnable find = () -> { };
    private java.util.function.LongConsumer open = id -> { };

    /**
     * Starts {@code form} on the event shown (if any) and follows the event from now on.
     *
     * @param node the screen's content
     * @param eventId the id of the event shown (null for none)
     * @param form the screen's form
     * @param attach starts following the live data (the screen's view model)
     * @param detach stops following it
     */
    public RecordScreenView(Node node, ObservableValue<Long> eventId, RecordForm<?> form, Runnable attach, Runnable detach) {
        this.node = Objects.requireNonNull(node);
        this.eventId = eventId;
        this.form = form;
        this.attach = attach;
        this.detach = detach;
        if (eventId.getValue() != null) {
            form.startNew(eventId.getValue());
        }
        followsEvent = (o, was, event) -> {
            if (event != null) {
                form.requestNew(event);
            }
        };
        eventId.addListener(followsEvent);
    }

    /** What else happens when the tab is shown, after attaching (put the focus in the search field). */
    public RecordScreenView onShown(Runnable action) {
        this.onShown = action;
        return this;
    }

    /** What else is let go of when the window is rebuilt or closed. */
    public RecordScreenView onClose(Runnable action) {
        this.onClose = action;
        return this;
    }

    /** Ctrl+N: what starts a new record (the view's "new" command). */
    public RecordScreenView newRecordWith(Runnable action) {
        this.newRecord = action;
        return this;
    }

    /** Another screen's "Open …": what chooses the record with an id (the view's table). */
    public RecordScreenView openWith(java.util.function.LongConsumer action) {
        this.open = action;
        return this;
    }

    /** Ctrl+F: what goes to the search field. */
    public RecordScreenView findWith(Runnable action) {
        this.find = action;
        return this;
    }

    @Override
    public Node node() {
        return node;
    }

    @Override
    public void shown() {
        attach.run();
        onShown.run();
    }

    @Override
    public void hidden() {
        detach.run();
    }

    @Override
    public void close() {
        detach.run();
        eventId.removeListener(followsEvent);
        onClose.run();
    }

    @Override
    public boolean mayDropTyping() {
        return form.confirmDiscard();
    }

    @Override
    public void newRecord() {
        newRecord.run();
    }

    @Override
    public void find() {
        find.run();
    }

    @Override
    public void open(long recordId) {
        open.accept(recordId);
    }
}
