package org.conferencedesk.shared.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
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
