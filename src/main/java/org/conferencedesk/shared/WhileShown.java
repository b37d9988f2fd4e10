package org.conferencedesk.shared;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;

/**
 * A screen component's subscription to live data: it listens to {@code source} only between
 * {@link #attach()} (the screen is shown) and {@link #detach()} (hidden), so nothing leaks and
 * nothing updates off-screen (ARCHITECTURE.md, "Size and shape"). Attaching twice listens once.
 * Use on the UI thread; imports nothing from {@code javafx.scene}.
 */
public final class WhileShown {

    private final Observable source;
    private final InvalidationListener listener;
    private boolean attached;

    /** Runs {@code onChange} on every invalidation of {@code source} while attached. */
    public WhileShown(Observable source, Runnable onChange) {
        this.source = source;
        this.listener = o -> onChange.run();
    }

    /** Starts listening, unless already listening. The caller catches up with what changed meanwhile. */
    public void attach() {
        if (!attached) {
            source.addListener(listener);
            attached = true;
        }
    }

    /** Stops listening. */
    public void detach() {
        if (attached) {
            source.removeListener(listener);
            attached = false;
        }
    }
}
