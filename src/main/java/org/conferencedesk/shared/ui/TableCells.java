package org.conferencedesk.shared.ui;

import java.util.function.Function;
import javafx.scene.control.TableCell;

/** Table cells that show their value through a formatting function. */
public final class TableCells {

    private TableCells() {
    }

    /** A cell showing {@code format(value)}, or nothing for an empty row or a null value. */
    public static <S, T> TableCell<S, T> formatted(Function<T, String> format) {
        return new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : format.apply(item));
            }
        };
    }

    /** The same, right-aligned with the "numeric" style class (amounts, counts). */
    public static <S, T> TableCell<S, T> numeric(Function<T, String> format) {
        TableCell<S, T> cell = formatted(format);
        cell.getStyleClass().add("numeric");
        cell.setStyle("-fx-alignment: CENTER_RIGHT;");
        return cell;
    }
}
