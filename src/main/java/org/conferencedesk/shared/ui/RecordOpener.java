package org.conferencedesk.shared.ui;

/**
 * Opens a record on the screen that shows its type: the window switches to that screen's tab and the
 * screen chooses the record ({@link Screen#recordType()}, {@link ScreenView#open(long)}). A screen
 * is given one with its {@link ScreenWindow}, so "Open guest" on the exhibitors screen needs no
 * knowledge of the guests screen. JavaFX thread only.
 */
@FunctionalInterface
public interface RecordOpener {

    /**
     * Shows the screen of {@code recordType} with the record chosen; nothing if no screen shows that type.
     *
     * @param recordType as the audit trail names it ({@code "guest"}, {@code "exhibitor"})
     * @param recordId its id
     */
    void open(String recordType, long recordId);

    /** Opens nothing (tests, previews). */
    RecordOpener NONE = (recordType, recordId) -> { };
}
