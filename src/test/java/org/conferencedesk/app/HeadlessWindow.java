package org.conferencedesk.app;

import java.io.IOException;
import java.util.ArrayList;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Child process of {@link OneWriterProcessTest}: the real application ({@link Main}) with no command,
 * i.e. the window, on the database given as argument (run headless with Monocle by {@link RealProcess}).
 * Closing its stdin closes every window as a user would, which ends the application.
 */
public final class HeadlessWindow {

    private HeadlessWindow() {
    }

    public static void main(String[] args) {
        Thread closer = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // wait for the test to close stdin
                }
            } catch (IOException ignored) {
                // closed
            }
            Platform.runLater(() -> {
                new ArrayList<>(Window.getWindows()).forEach(Window::hide);
                System.out.println("window closed");
                System.out.flush();
            });
        }, "test-closer");
        closer.setDaemon(true);
        closer.start();
        Main.main(new String[] {"--db", args[0]});
    }
}
