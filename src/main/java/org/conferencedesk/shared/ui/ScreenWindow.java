package org.conferencedesk.shared.ui;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.stage.Window;
import org.conferencedesk.shared.DialogService;
import org.conferencedesk.shared.TaskExecutor;

/**
 * What a {@link Screen} is built with for one window: the window's language, its background
 * executor, its dialogs, and the window itself (owner of the screen's own dialogs).
 *
 * @param locale the window's language (Simplified Chinese or English)
 * @param executor runs database and file work off the JavaFX thread
 * @param dialogs errors and questions, modal to the window
 * @param owner the main window (may supply null before it is shown)
 * @param memory what screens remember between sessions (column widths), kept with the user's settings
 * @param opener opens a record on the screen of its type ("Open guest" from the exhibitors screen)
 */
public record ScreenWindow(Locale locale, TaskExecutor executor, DialogService dialogs, Supplier<Window> owner,
                           ScreenMemory memory, RecordOpener opener) {

    /** Checks that nothing is missing. */
    public ScreenWindow {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(dialogs, "dialogs");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(opener, "opener");
    }

    /** A window whose screens open no other screen's records. */
    public ScreenWindow(Locale locale, TaskExecutor executor, DialogService dialogs, Supplier<Window> owner,
                        ScreenMemory memory) {
        this(locale, executor, dialogs, owner, memory, RecordOpener.NONE);
    }

    /** A window whose screens remember nothing (tests, previews). */
    public ScreenWindow(Locale locale, TaskExecutor executor, DialogService dialogs, Supplier<Window> owner) {
        this(locale, executor, dialogs, owner, ScreenMemory.NONE, RecordOpener.NONE);
    }
}
