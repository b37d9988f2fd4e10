package org.conferencedesk.shared.ui;

import atlantafx.base.controls.CustomTextField;
import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * The search field at the start of a screen's filter bar (contracts, guests): a magnifier on the
 * left, a clear button on the right while there is text, 300 px wide, growing with the bar.
 */
public final class SearchField {

    private SearchField() {
    }

    /**
     * Makes the field, puts it first in {@code filterBar} and binds its text both ways to {@code text}.
     * Call on the JavaFX thread.
     *
     * @param id the field's node id
     * @param prompt the text shown while it is empty
     * @param tooltip what can be searched for
     * @return the field (for Ctrl+F to focus it)
     */
    public static CustomTextField addTo(HBox filterBar, String id, String prompt, String tooltip, StringProperty text) {
        // AtlantaFX's own field, not ControlsFX's clearable one: ControlsFX's stylesheet uses Modena
        // colours that AtlantaFX does not define (no frame, CSS warnings).
        CustomTextField search = new CustomTextField();
        FontIcon clear = new FontIcon(MaterialDesignC.CLOSE_CIRCLE);
        clear.setCursor(Cursor.HAND);
        clear.setOnMouseClicked(e -> search.clear());
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        search.setLeft(new FontIcon(MaterialDesignM.MAGNIFY));
        search.setRight(clear);
        search.setId(id);
        search.setPromptText(prompt);
        search.setPrefWidth(300);
        search.setTooltip(new Tooltip(tooltip));
        HBox.setHgrow(search, Priority.SOMETIMES);
        filterBar.getChildren().add(0, search);
        search.textProperty().bindBidirectional(text);
        return search;
    }

    /**
     * Down in {@code search} moves into {@code table}: to the row chosen already, else the first one,
     * shown in the table (scrolled to only if it is out of view). The table's focused row is kept in
     * view whenever the table gets the focus. Call on the JavaFX thread.
     */
    public static void leadsTo(TextField search, TableView<?> table) {
        leadsInto(search, table);
    }

    /**
     * The search field of a record table ({@link #addTo}) that leads into it with Down ({@link #leadsTo}).
     *
     * @return the field
     */
    public static CustomTextField above(TableView<?> table, HBox filterBar, String id, String prompt, String tooltip,
                                        StringProperty text) {
        CustomTextField field = addTo(filterBar, id, prompt, tooltip, text);
        leadsInto(field, table);
        return field;
    }

    /** Ctrl+F: the focus in {@code search}, its text selected (typing replaces it). */
    public static void focus(TextField search) {
        search.requestFocus();
        search.selectAll();
    }

    private static void leadsInto(TextField search, TableView<?> table) {
        search.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.DOWN || table.getItems().isEmpty()) {
                return;
            }
            e.consume();
            int row = table.getSelectionModel().getSelectedIndex();
            if (row < 0) {
                row = 0;
                table.getSelectionModel().clearAndSelect(row);
            }
            table.getFocusModel().focus(row);
            table.requestFocus();
            showRow(table, row);
        });
        table.focusedProperty().addListener((o, was, focused) -> {
            if (focused) {
                showRow(table, table.getFocusModel().getFocusedIndex());
            }
        });
    }

    /** Scrolls {@code table} so that row {@code index} is in view, unless it is already (no jump). */
    public static void showRow(TableView<?> table, int index) {
        if (index < 0 || index >= table.getItems().size()) {
            return;
        }
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            IndexedCell<?> first = flow.getFirstVisibleCell();
            IndexedCell<?> last = flow.getLastVisibleCell();
            // The last cell may be cut by the bottom edge: count it as out of view.
            if (first != null && last != null && index >= first.getIndex() && index < last.getIndex()) {
                return;
            }
            flow.scrollTo(index);
        } else {
            table.scrollTo(index);
        }
    }
}
