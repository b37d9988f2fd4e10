package org.conferencedesk.shared.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The screens of the main window, in tab order, each with the files of its records (or none). The
 * composition root registers each screen with one line; the window's tabs, View menu, File menu's
 * import and export entries, header buttons, feature menus and status bar are built from this list.
 */
public final class ScreenRegistry {

    /**
     * One registered screen.
     *
     * @param screen the screen
     * @param files what the header's Import and Export do while it is shown, or null for nothing
     */
    public record Registered(Screen screen, RecordFiles files) {
    }

    private final List<Registered> screens = new ArrayList<>();

    /** An empty registry. */
    public ScreenRegistry() {
    }

    /** Registers {@code screen} whose records have no files. */
    public ScreenRegistry add(Screen screen) {
        return add(screen, null);
    }

    /**
     * Registers {@code screen} as the next tab, with the files the header acts on while it is shown.
     *
     * @throws IllegalArgumentException if a screen of that name is registered already
     */
    public ScreenRegistry add(Screen screen, RecordFiles files) {
        Objects.requireNonNull(screen, "screen");
        if (screens.stream().anyMatch(r -> r.screen().name().equals(screen.name()))) {
            throw new IllegalArgumentException("A screen named " + screen.name() + " is registered already");
        }
        screens.add(new Registered(screen, files));
        return this;
    }

    /** The screens in the order registered (read-only). */
    public List<Registered> screens() {
        return List.copyOf(screens);
    }

    /** The files of the registered screens, each once, in the order first registered. */
    public List<RecordFiles> files() {
        List<RecordFiles> files = new ArrayList<>();
        for (Registered r : screens) {
            if (r.files() != null && files.stream().noneMatch(f -> f.name().equals(r.files().name()))) {
                files.add(r.files());
            }
        }
        return files;
    }

    /**
     * The View menu accelerator of each screen, in order: its own, or the next free
     * {@code Shortcut+1 … Shortcut+9} (null after nine).
     */
    public List<String> accelerators() {
        List<String> keys = new ArrayList<>();
        int next = 1;
        for (Registered r : screens) {
            String own = r.screen().accelerator();
            if (own != null) {
                keys.add(own);
            } else {
                keys.add(next <= 9 ? "Shortcut+" + next++ : null);
            }
        }
        return keys;
    }

    /** {@code "checkInDesk"} → {@code "CheckInDesk"}: for node ids built from a name. */
    public static String capitalised(String name) {
        return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
