package org.conferencedesk.shared.ui;

import javafx.scene.Node;

/**
 * A {@link Screen} built for one window: its node and what the window asks of it. The window calls
 * {@link #shown()} and {@link #hidden()} as its tab is selected and left (a screen listens to live
 * data only while shown), routes Ctrl+N and Ctrl+F to the screen shown, asks every built screen
 * before anything would drop typing (a language switch, a restore, quitting), and {@link #close()}s
 * it when the window is rebuilt or closed. JavaFX thread only.
 */
public interface ScreenView {

    /** The screen's content, for its tab. */
    Node node();

    /** The tab was selected: start listening to live data and put the focus where typing starts. */
    default void shown() {
    }

    /** Another tab was selected: stop listening. */
    default void hidden() {
    }

    /** The window is rebuilt or closed: stop listening for good and let go of shared models. */
    default void close() {
    }

    /**
     * Whether what the user typed here may be dropped: true if nothing is unsaved, or the user agreed
     * to throw it away (asked with Cancel as the default); false keeps the typing and stops the caller.
     */
    default boolean mayDropTyping() {
        return true;
    }

    /** Ctrl+N while this screen is shown: start a new record. */
    default void newRecord() {
    }

    /** Ctrl+F while this screen is shown: go to the search field. */
    default void find() {
    }

    /**
     * Chooses the record with this id, of the screen's {@link Screen#recordType()} (another screen's
     * "Open guest"): shown in the table even if a filter hid it, and in the form, asking first if
     * typing would be lost. Nothing if it is not the current event's.
     */
    default void open(long recordId) {
    }

    /**
     * A screen that only follows live data while shown: {@code shown} starts following (and puts the
     * focus where typing starts), {@code hidden} stops, {@code close} stops for good and lets go of what
     * it was bound to.
     */
    static ScreenView following(Node node, Runnable shown, Runnable hidden, Runnable close) {
        return new ScreenView() {
            @Override
            public Node node() {
                return node;
            }

            @Override
            public void shown() {
                shown.run();
            }

            @Override
            public void hidden() {
                hidden.run();
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
