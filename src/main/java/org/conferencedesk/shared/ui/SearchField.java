package org.conferencedesk.shared.ui;

import atlantafx.base.controls.CustomTextField;
import javafx.beans.property.StringProperty;
import javafx.scene.Cursor;
import javafx.scene.control.Tooltip;
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
}
