package org.conferencedesk.shared.ui;

import java.util.List;
import java.util.Locale;
import org.kordamp.ikonli.Ikon;

/**
 * One screen of the main window: a tab, an entry in the View menu, and what it adds to the window
 * (its figures in the status bar, its commands in the menus). A feature writes one class
 * implementing it in its {@code ui/} package; the composition root registers it with one line
 * ({@link ScreenRegistry#add}); the window builds its tabs, menus, header buttons and status bar
 * from the registered screens, and knows no screen by name.
 *
 * <p>The screen object lives as long as the window's database is open; {@link #build} makes its
 * view for one window (one language) and is called the first time its tab is shown, so start-up
 * builds only the first screen. Everything is called on the JavaFX thread.
 */
public interface Screen {

    /**
     * A short, stable name in camelCase ({@code "contracts"}, {@code "checkInDesk"}): the tab's node
     * id is {@code name + "Tab"}, its View menu item's {@code "menuView" + Name}, its status-bar
     * figure's {@code "status" + Name}.
     */
    String name();

    /** The tab's title and the View menu's entry, in {@code locale} ("签约仪式", "Signing ceremony"). */
    String title(Locale locale);

    /** The icon of its View menu entry. */
    Ikon icon();

    /**
     * Its own View menu accelerator ({@code "F9"}), or null to be given the next free
     * {@code Shortcut+1 … Shortcut+9} in the order the screens are registered.
     */
    default String accelerator() {
        return null;
    }

    /**
     * The record type this screen opens ({@code "guest"}, as the audit trail names it), for
     * {@link RecordOpener}: its view's {@link ScreenView#open(long)} chooses one; null for none.
     */
    default String recordType() {
        return null;
    }

    /** Builds the screen's view for one window; it listens to live data only while shown. */
    ScreenView build(ScreenWindow window);

    /**
     * The figures of this screen's records that the status bar shows at all times, whichever screen
     * is shown ("已签约 30 个 · 536.3 亿元 · 计划 0 个"); null for none. Called once per window;
     * the window closes the figure when it is rebuilt or closed.
     */
    default StatusFigure statusFigure(ScreenWindow window) {
        return null;
    }

    /**
     * Commands this screen adds to the menu bar (Guests › Find duplicates…), each working on the
     * current event whichever screen is shown; disabled while there is no event. Called once per window.
     */
    default List<ScreenCommand> commands(ScreenWindow window) {
        return List.of();
    }
}
