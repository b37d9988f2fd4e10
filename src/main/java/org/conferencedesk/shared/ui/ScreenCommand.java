package org.conferencedesk.shared.ui;

import java.util.Objects;
import org.kordamp.ikonli.Ikon;

/**
 * A menu entry a {@link Screen} adds to the menu bar: Guests › Find duplicates… (Ctrl+Shift+D).
 * Entries naming the same {@code menu} share one menu, placed before Help in the order the screens
 * were registered. Disabled while there is no event.
 *
 * @param menu the menu's name ({@code "guests"}: node id {@code "menuGuests"})
 * @param menuTitle the menu's title in the window's language ("嘉宾", "Guests")
 * @param id the entry's node id ({@code "menuFindDuplicates"})
 * @param text the entry's text in the window's language
 * @param icon the entry's icon, or null
 * @param accelerator its key ({@code "Shortcut+Shift+D"}), or null
 * @param action what it does (on the JavaFX thread)
 */
public record ScreenCommand(String menu, String menuTitle, String id, String text, Ikon icon, String accelerator,
                            Runnable action) {

    /** Checks that nothing required is missing. */
    public ScreenCommand {
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(menuTitle, "menuTitle");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(action, "action");
    }
}
