package org.conferencedesk.shared.ui;

import java.util.Objects;
import java.util.function.Function;
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
}
