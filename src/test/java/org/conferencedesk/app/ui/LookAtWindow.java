package org.conferencedesk.app.ui;

import org.conferencedesk.shared.ui.FxTaskExecutor;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;

/**
 * Opens the window on a database and, after a moment, shows the File menu, for looking at them (screenshots): {@code LookAtWindow DBFILE}.
 */
public final class LookAtWindow {

    private LookAtWindow() {
    }

    /** Runs File → Export on {@code out} as if chosen in the file dialog (looked up by reflection: test only). */
    private static void exportTo(Shell shell, Path out) {
        try {
            java.lang.reflect.Field f = Shell.class.getDeclaredField("export");
            f.setAccessible(true);
            ExportViewModel export = (ExportViewModel) f.get(shell);
            if (out.toString().endsWith(".pdf")) {
                export.exportReport(out);
            } else {
                java.lang.reflect.Field c = Shell.class.getDeclaredField("context");
                c.setAccessible(true);
                export.export(((org.conferencedesk.app.AppContext) c.get(shell)).contractExport(), out);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the window on {@code args[0]}; with {@code args[1]}, exports to that file instead of showing the menu. */
    public static void main(String[] args) throws InterruptedException {
        AppContext context = AppContext.openFile(Path.of(args[0]));
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            Stage stage = new Stage();
            Settings settings = Settings.load(Settings.fileFor(Path.of(args[0])));
            Shell shell = new Shell(stage, context, settings, new FxTaskExecutor(), uri -> { }, Locale.getDefault());
            shell.show(context.events().list());
            stage.show();
            new Thread(() -> {
                try {
                    Thread.sleep(3000);
                } catch (InterruptedException e) {
                    return;
                }
                Platform.runLater(() -> {
                    if (args.length > 1) {
                        exportTo(shell, Path.of(args[1]));
                    } else {
                        ((MenuBar) stage.getScene().lookup(".menu-bar")).getMenus().get(0).show();
                    }
                });
            }).start();
        });
    }
}
