package org.conferencedesk.shared.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ObservableList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A small table of figures beside a record table (contracts by sector, guests by category): a name
 * and its figure, right-aligned, every row shown or scrolled, the last column taking the width left,
 * no text when empty. Call on the JavaFX thread.
 */
public final class FigureTable {

    private FigureTable() {
    }

    /**
     * Shows {@code rows} in {@code view}: {@code nameOf} in {@code name}, {@code figureOf} (a count or
     * a formatted amount) in {@code figure}.
     */
    public static <T, V> void bind(TableView<T> view, TableColumn<T, String> name, TableColumn<T, V> figure,
                                   ObservableList<T> rows, Function<T, String> nameOf, Function<T, V> figureOf) {
        view.setItems(rows);
        view.setPlaceholder(new Label(""));
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(nameOf.apply(c.getValue())));
        figure.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(figureOf.apply(c.getValue())));
        figure.setStyle("-fx-alignment: CENTER_RIGHT;");
    }
}
