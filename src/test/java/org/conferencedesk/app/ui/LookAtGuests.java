package org.conferencedesk.app.ui;

import org.conferencedesk.shared.ui.FxTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;

/**
 * Opens the real window on a database and shows the guests screen or the check-in desk, for looking
 * at them (screenshots): {@code LookAtGuests DBFILE guests|desk zh|en [row | typed text]}. With "guests"
 * and a row number, that row is selected (the form shows it); with "desk" and a typed text, the text
 * is typed into the desk's field (the matches show under it); texts before a "//" are checked in
 * first with Enter (this writes to the database).
 */
public final class LookAtGuests {

    private LookAtGuests() {
    }

    /** See the class comment. */
    public static void main(String[] args) {
        AppContext context = AppContext.openFile(Path.of(args[0]));
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Settings settings = Settings.load(Settings.fileFor(Path.of(args[0])));
            settings.setLanguage("en".equals(args[2]) ? UiLanguage.EN : UiLanguage.ZH);
            Shell shell = new Shell(stage, context, settings, new FxTaskExecutor(), uri -> { }, Locale.getDefault());
            shell.show(context.events().list());
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.show();
            new Thread(() -> {
                try {
                    Thread.sleep(2500);
                } catch (InterruptedException e) {
                    return;
                }
                Platform.runLater(() -> {
                    boolean desk = "desk".equals(args[1]);
                    showScreen(shell, desk ? "checkInDesk" : "guests");
                    if (!desk && args.length > 3) {
                        @SuppressWarnings("unchecked")
                        javafx.scene.control.TableView<Object> table =
                                (javafx.scene.control.TableView<Object>) stage.getScene().lookup("#guestsTable");
                        table.getSelectionModel().select(Integer.parseInt(args[3]));
                    }
                    if (desk && args.length > 3) {
                        javafx.scene.control.TextField field =
                                (javafx.scene.control.TextField) stage.getScene().lookup("#deskSearchField");
                        String[] typed = args[3].split("//");
                        for (int i = 0; i < typed.length; i++) {
                            field.setText(typed[i]);
                            if (i < typed.length - 1) {
                                // Enter, as the desk presses it, for every text but the last.
                                field.fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                                        javafx.scene.input.KeyCode.ENTER, false, false, false, false));
                            }
                        }
                    }
                });
            }).start();
        });
    }

    private static void showScreen(Shell shell, String screen) {
        try {
            java.lang.reflect.Field f = Shell.class.getDeclaredField("tabs");
            f.setAccessible(true);
            ((ScreenTabs) f.get(shell)).select(screen);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
