package org.conferencedesk.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.conferencedesk.shared.FxClicks;
import org.conferencedesk.shared.i18n.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A destructive question keeps everything unless the user picks the named action. */
@ExtendWith(ApplicationExtension.class)
class FxDialogsFxTest {

    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 400, 300));
        stage.show();
    }

    private Alert showDestructive(FxRobot robot, Locale locale, AtomicReference<Optional<ButtonType>> answer) {
        FxDialogs dialogs = new FxDialogs(() -> stage, Messages.of("shared", locale));
        AtomicReference<Alert> shown = new AtomicReference<>();
        robot.interact(() -> {
            Alert alert = dialogs.destructiveAlert("Delete contract", "Delete the contract “Chip fab”?", "Delete");
            alert.setOnHidden(e -> answer.set(Optional.ofNullable(alert.getResult())));
            shown.set(alert);
            alert.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return shown.get();
    }

    @Test
    void enterAnswersCancelBecauseCancelIsTheDefaultButton(FxRobot robot) {
        AtomicReference<Optional<ButtonType>> answer = new AtomicReference<>();
        Alert alert = showDestructive(robot, Locale.ENGLISH, answer);
        Button cancel = (Button) alert.getDialogPane().lookup("#destructiveCancel");
        Button delete = (Button) alert.getDialogPane().lookup("#destructiveAction");
        assertThat(cancel.isDefaultButton()).isTrue();
        assertThat(cancel.getText()).isEqualTo("Cancel");
        assertThat(delete.isDefaultButton()).isFalse();
        assertThat(cancel.isFocused()).isTrue();

        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(answer.get()).isPresent();
        assertThat(answer.get().get().getText()).isEqualTo("Cancel");
    }

    @Test
    void onlyTheNamedActionAgreesAndTheButtonsSpeakChinese(FxRobot robot) {
        AtomicReference<Optional<ButtonType>> answer = new AtomicReference<>();
        Alert alert = showDestructive(robot, Locale.SIMPLIFIED_CHINESE, answer);
        assertThat(((Button) alert.getDialogPane().lookup("#destructiveCancel")).getText()).isEqualTo("取消");

        FxClicks.clickOn(robot, alert.getDialogPane().lookup("#destructiveAction"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(answer.get().get().getText()).isEqualTo("Delete");
    }
}
