package org.conferencedesk.bench;

import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The floor of the start-up benchmark: a bare JavaFX window with one label. Prints
 * {@code bare: window shown at N ms} (from JVM start, as the application's start-up clock counts)
 * after the first frame, then exits.
 */
public final class BareWindow extends Application {

    private static final long JVM_START = ManagementFactory.getRuntimeMXBean().getStartTime();

    /** Shows the window and exits after its first pulse. */
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("ConferenceDesk"), 1280, 800));
        stage.show();
        Platform.runLater(() -> {
            System.out.println("bare: window shown at " + (System.currentTimeMillis() - JVM_START) + " ms");
            Platform.exit();
        });
    }
}
