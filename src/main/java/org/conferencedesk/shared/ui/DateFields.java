package org.conferencedesk.shared.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.util.StringConverter;
import org.conferencedesk.shared.DateText;

/**
 * Binds a {@link DatePicker} to a view model's date <em>text</em>, so that a date the picker cannot
 * read is kept in the field and reported by the view model instead of being silently reverted.
 *
 * <p>Why: since JavaFX 18 a DatePicker commits its text on focus loss (JDK-8191995) and throws
 * away text its converter cannot parse; with the default converter a Chinese date such as
 * 2020年11月26日 is lost that way (STACK.md, "traps"). Here the converter reads every form
 * {@link DateText} accepts, and text it still cannot read is kept: the picker's attempt to replace
 * it (on Enter or focus loss) is refused, and the view model shows why the text is not a date.
 */
public final class DateFields {

    private DateFields() {
    }

    /**
     * Installs the converter and keeps {@code text} and the picker's editor in step both ways.
     * Choosing a day in the calendar writes it as 2020-11-26. Call on the JavaFX thread, before the
     * picker is shown.
     *
     * @param picker an editable date picker
     * @param text the view model's text for this date (what the user typed)
     */
    public static void bind(DatePicker picker, StringProperty text) {
        TextField editor = picker.getEditor();
        boolean[] keeping = {false};
        picker.setConverter(new LenientConverter(picker));
        picker.setPromptText("2020-11-26");
        // While the picker commits unreadable text, refuse its attempt to overwrite that text.
        editor.setTextFormatter(new TextFormatter<String>(change -> keeping[0] ? null : change));
        editor.setText(Objects.requireNonNullElse(text.get(), ""));
        picker.setValue(tryParse(text.get()));
        editor.textProperty().addListener((o, old, now) -> {
            if (!Objects.equals(now, text.get())) {
                text.set(now);
            }
        });
        text.addListener((o, old, now) -> {
            if (!Objects.equals(now, editor.getText())) {
                editor.setText(now == null ? "" : now);
            }
        });
        // Registered before the picker's skin exists, so these run before it commits and reverts.
        Runnable keepIfUnreadable = () -> {
            if (tryParseFails(editor.getText()) && !keeping[0]) {
                keeping[0] = true;
                Platform.runLater(() -> keeping[0] = false);
            }
        };
        picker.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                keepIfUnreadable.run();
            }
        });
        // The picker commits on the release of Enter (ComboBoxPopupControl), so guard both key events.
        picker.addEventFilter(KeyEvent.ANY, e -> {
            if (e.getCode() == KeyCode.ENTER) {
                keepIfUnreadable.run();
            }
        });
    }

    private static boolean tryParseFails(String s) {
        try {
            DateText.parse(s);
            return false;
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static LocalDate tryParse(String s) {
        try {
            return DateText.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Reads every form {@link DateText} accepts; writes ISO dates. Unreadable text leaves the picker's
     * value as it is (throwing would reach the uncaught-exception handler from DatePicker.commitValue).
     */
    private static final class LenientConverter extends StringConverter<LocalDate> {
        private final DatePicker picker;

        LenientConverter(DatePicker picker) {
            this.picker = picker;
        }

        @Override
        public String toString(LocalDate date) {
            return DateText.format(date);
        }

        @Override
        public LocalDate fromString(String s) {
            try {
                return DateText.parse(s);
            } catch (DateTimeParseException e) {
                return picker.getValue();
            }
        }
    }
}
