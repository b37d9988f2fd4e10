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

    /**
     * A read-only column titled {@code title} showing {@code text(row)} (nothing for null); {@code numeric}
     * aligns it right with the "numeric" style class (averages, counts).
     */
    public static <S> javafx.scene.control.TableColumn<S, String> textColumn(String title, Function<S, String> text,
                                                                            boolean numeric) {
        javafx.scene.control.TableColumn<S, String> column = new javafx.scene.control.TableColumn<>(title);
        column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyStringWrapper(text.apply(c.getValue())));
        if (numeric) {
            column.setCellFactory(c -> numeric(Function.identity()));
        }
        return column;
    }
}
