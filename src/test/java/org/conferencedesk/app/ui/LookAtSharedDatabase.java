package org.conferencedesk.app.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.shared.ui.FxTaskExecutor;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.DatabaseLocation;
import org.conferencedesk.storage.TestDatabases;

/**
 * Screenshots of the window on a shared PostgreSQL database (issue 16), for docs/screenshots: under
 * Xvfb with {@code CONFERENCEDESK_TEST_PG} set, {@code LookAtSharedDatabase OUTDIR zh|en WIDTH HEIGHT}.
 * A fresh database on the test server holds the sample projects and guests; the window shows the
 * guests with the server in the status bar ({@code shared}); a second "laptop" checks a guest in and
 * adds one, which the window shows by itself ({@code shared-live}); then the server ends the
 * window's listening connection ({@code shared-lost}, the status bar in red) and it reconnects.
 */
public final class LookAtSharedDatabase {

    private LookAtSharedDatabase() {
    }

    /** Takes the three pictures and exits. */
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        boolean zh = "zh".equals(args[1]);
        int width = Integer.parseInt(args[2]);
        int height = Integer.parseInt(args[3]);
        Files.createDirectories(out);
        Locale locale = zh ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        DatabaseLocation.PostgreSql where = TestDatabases.freshPostgreSql();
        AppContext context = new AppContext(Database.openPostgreSql(where, System.getenv()));
        Event event = ScreenTour.sampleEvent(context, zh);
        context.followLiveChanges();
        Settings settings = Settings.load(out.resolve("shared-settings-" + System.nanoTime() + ".properties"));
        settings.setLanguage(zh ? UiLanguage.ZH : UiLanguage.EN);
        settings.setLastEventId(event.id());
        ScreenTour tour = new ScreenTour(out, args[1] + (width == 1366 ? "" : "-" + width + "x" + height) + "-", width, height);

        Platform.startup(() -> { });
        String family = org.conferencedesk.shared.ui.ChineseFont.prepare();
        ScreenTour.fx(() -> org.conferencedesk.shared.ui.ChineseFont.prepared(family));
        Stage[] stage = new Stage[1];
        ScreenTour.fx(() -> {
            stage[0] = new Stage();
            stage[0].setX(0);
            stage[0].setY(0);
            stage[0].setWidth(width);
            stage[0].setHeight(height - ScreenTour.CHROME);
            stage[0].setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), width, height - ScreenTour.CHROME));
            Shell shell = new Shell(stage[0], context, settings, new FxTaskExecutor(), uri -> { }, locale);
            shell.show(context.events().list());
            stage[0].show();
        });
        waitFor(stage[0], "#statusGuests", "326");
        ScreenTour.fx(() -> ((javafx.scene.control.TabPane) stage[0].getScene().lookup(".tab-pane")).getSelectionModel().select(1));
        Thread.sleep(1500);
        tour.shoot("shared");

        // Another laptop on the same database: a check-in and a new guest, shown here by themselves.
        try (AppContext laptopB = new AppContext(Database.openPostgreSql(where, System.getenv()), Actor.named("desk-2"))) {
            Guest first = laptopB.guests().list(event.id()).get(0);
            laptopB.guests().checkIn(event.id(), first.id(), Instant.now());
            laptopB.guests().save(Guest.named(event.id(), zh ? "新到嘉宾（二号台登记）" : "Walk-in guest (desk 2)"));
        }
        waitFor(stage[0], "#statusGuests", "327");
        tour.shoot("shared-live");

        // The server stops taking connections to the database and ends the window's listening one.
        TestDatabases.execute(TestDatabases.requireServer(), "ALTER DATABASE \"" + where.database() + "\" ALLOW_CONNECTIONS false");
        TestDatabases.execute(TestDatabases.requireServer(), "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                + " WHERE application_name = 'ConferenceDesk live changes' AND datname = '" + where.database() + "'");
        Thread.sleep(1500);
        tour.shoot("shared-lost");
        TestDatabases.execute(TestDatabases.requireServer(), "ALTER DATABASE \"" + where.database() + "\" ALLOW_CONNECTIONS true");
        Platform.exit();
        System.exit(0);
    }

    private static void waitFor(Stage stage, String id, String text) throws Exception {
        for (int waited = 0; waited < 60_000; waited += 500) {
            boolean[] seen = new boolean[1];
            ScreenTour.fx(() -> {
                Node node = stage.getScene().lookup(id);
                Node table = stage.getScene().lookup("#table");
                seen[0] = node instanceof Label l && l.getText().contains(text) && table instanceof TableView<?>;
            });
            if (seen[0]) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Not seen: " + text + " in " + id);
    }
}
