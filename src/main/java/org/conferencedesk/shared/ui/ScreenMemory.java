package org.conferencedesk.shared.ui;

/**
 * What a screen remembers between sessions (its columns' widths and visibility), kept in the user's
 * settings file by the window. Keys are namespaced by the screen ({@code "contracts.table.projectNameColumn.width"}).
 * JavaFX thread.
 */
public interface ScreenMemory {

    /** Remembers nothing (tests, previews). */
    ScreenMemory NONE = new ScreenMemory() {
        @Override
        public String get(String key) {
            return null;
        }

        @Override
        public void put(String key, String value) {
        }
    };

    /** The value remembered for {@code key}, or null. */
    String get(String key);

    /** Remembers {@code value} for {@code key} (saved with the settings). */
    void put(String key, String value);
}
