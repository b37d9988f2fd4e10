package org.conferencedesk.shared.ui;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** How a choice box or combo box that cannot be typed in shows its values: one label per value. */
public final class ShownAs {

    private ShownAs() {
    }

    /**
     * A converter that shows each value as {@code label} gives it (null shows as ""), for a box the user
     * picks from and never types in: reading text back gives null.
     */
    public static <E> StringConverter<E> labels(Function<E, String> label) {
        Objects.requireNonNull(label, "label");
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : label.apply(value);
            }

            @Override
            public E fromString(String text) {
                return null; // not editable
            }
        };
    }

    /**
     * Fills {@code box} (not editable) with {@code values}, shown by {@code label}, its value bound both
     * ways to {@code value} (a form's property). Call on the JavaFX thread.
     */
    public static <E> void choose(ComboBox<E> box, E[] values, Function<E, String> label, Property<E> value) {
        box.getItems().setAll(values);
        box.setConverter(labels(label));
        box.valueProperty().bindBidirectional(value);
    }
}
