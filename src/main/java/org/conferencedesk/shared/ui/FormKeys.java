package org.conferencedesk.shared.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/** The keys of a screen with a table and an edit form beside it (contracts, guests). */
public final class FormKeys {

    private FormKeys() {
    }

    /**
     * In {@code form}, Enter saves (unless a button has the focus: Enter presses it) and Esc resets,
     * both unless a choice box's list is open ({@code choosing}): there Enter and Esc pick or close.
     */
    public static void enterSavesEscapeResets(Node form, BooleanSupplier choosing, Runnable save, Runnable reset) {
        form.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof Button) && !choosing.getAsBoolean()) {
                save.run();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && !choosing.getAsBoolean()) {
                reset.run();
                e.consume();
            }
        });
    }

    /** Ctrl+N (Cmd+N on a Mac): a new record. */
    public static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    /** Ctrl+F (Cmd+F on a Mac): the search field. */
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    /**
     * The keys of a record screen (table, search, form): inside {@code root}, Ctrl+N runs
     * {@code newRecord} and Ctrl+F {@code find}; in {@code form}, Enter saves and Esc resets
     * ({@link #enterSavesEscapeResets}); in {@code table}, Delete runs {@code delete} (which asks first).
     * Elsewhere in the window (a header button), the window hands Ctrl+N and Ctrl+F to the screen shown.
     */
    public static void recordScreen(Node root, Runnable newRecord, Runnable find, Node form, BooleanSupplier choosing,
                                    Runnable save, Runnable reset, Node table, Runnable delete) {
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (NEW.match(e)) {
                newRecord.run();
                e.consume();
            } else if (FIND.match(e)) {
                find.run();
                e.consume();
            }
        });
        enterSavesEscapeResets(form, choosing, save, reset);
        deleteDeletes(table, delete);
    }

    /** In {@code table}, Delete runs {@code delete} (which asks first). */
    public static void deleteDeletes(Node table, Runnable delete) {
        table.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DELETE) {
                delete.run();
                e.consume();
            }
        });
    }
}
