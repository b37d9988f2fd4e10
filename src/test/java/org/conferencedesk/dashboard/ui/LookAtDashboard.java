package org.conferencedesk.dashboard.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractStatus;
import org.conferencedesk.dashboard.DashboardFixture;
import org.conferencedesk.dashboard.LiveEventFigures;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.LiveGuests;
import org.conferencedesk.shared.FxTestTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;

/**
 * Screenshots of the dashboard and the ceremony screen on the WIMC 2020 samples (326 guests, 30 contracts,
 * the press release's announced figures, 120 exhibitors, a freeze for the press and a contract signed
 * after it): {@code LookAtDashboard zh|en OUT_FOLDER WIDTH HEIGHT}. Writes {@code dashboard-LANG.png} (the
 * overview), {@code dashboard-charts-LANG.png}, {@code dashboard-announced-LANG.png},
 * {@code dashboard-snapshot-LANG.png} and {@code ceremony-LANG.png}, then exits. Run under
 * {@code xvfb-run -a -s "-screen 0 1366x768x24"} (see docs/screenshots/README or the README).
 */
public final class LookAtDashboard {

    private LookAtDashboard() {
    }

    /** See the class comment. */
    public static void main(String[] args) throws Exception {
        Locale locale = "en".equals(args[0]) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
        Path out = Path.of(args[1]);
        int width = Integer.parseInt(args[2]);
        int height = Integer.parseInt(args[3]);
        DashboardFixture f = new DashboardFixture();
        f.importSampleContracts();
        f.importSampleGuests();
        f.announceSampleFigures();
        ExhibitionMode[] modes = {ExhibitionMode.CLOUD, ExhibitionMode.CLOUD, ExhibitionMode.BOTH, ExhibitionMode.ON_SITE};
        for (int i = 1; i <= 120; i++) {
            f.exhibitors.save(new Exhibitor(null, f.eventId, "智能制造企业" + i, null, "中国", "智能装备", modes[i % modes.length],
                    null, null, null, null, null, null, org.conferencedesk.exhibitors.PaymentStatus.UNPAID, null, null));
        }
        f.dashboard.freeze(f.eventId, "闭幕新闻稿");
        f.contracts.save(new Contract(null, f.eventId, "智能工厂二期", "投资方", "合作方", "智能装备", "江宁区",
                new BigDecimal("520000000.00"), "CNY", 31, ContractStatus.SIGNED, null, null));
        Guest waiting = f.guests.list(f.eventId).stream().filter(g -> !g.isCheckedIn()).findFirst().orElseThrow();
        f.guests.checkIn(f.eventId, waiting.id(), Instant.parse("2020-11-28T03:10:00Z"));

        Platform.startup(() -> { });
        Platform.runLater(() -> {
            FxTestTaskExecutor executor = new FxTestTaskExecutor();
            LiveGuests guests = new LiveGuests(f.guests, executor);
            DashboardViewModel model = new DashboardViewModel(new LiveEventFigures(guests, f.sources, executor), f.dashboard,
                    executor, new RecordingDialogs(), locale);
            Stage stage = new Stage();
            stage.setScene(new Scene(DashboardView.load(model, locale), width, height));
            stage.getScene().getStylesheets().add(CJK);
            model.show(f.eventId, DashboardFixture.NANJING);
            stage.show();
            TabPane tabs = (TabPane) stage.getScene().lookup(".dashboard-tabs");
            String lang = args[0];
            later(1500, () -> shoot(stage.getScene(), out.resolve("dashboard-" + lang + ".png")));
            later(2500, () -> tabs.getSelectionModel().select(1));
            later(3500, () -> shoot(stage.getScene(), out.resolve("dashboard-charts-" + lang + ".png")));
            later(4000, () -> tabs.getSelectionModel().select(2));
            later(5000, () -> shoot(stage.getScene(), out.resolve("dashboard-announced-" + lang + ".png")));
            later(5500, () -> tabs.getSelectionModel().select(3));
            later(6500, () -> shoot(stage.getScene(), out.resolve("dashboard-snapshot-" + lang + ".png")));
            later(7000, () -> {
                CeremonyViewModel ceremonyModel = new CeremonyViewModel(new LiveEventFigures(guests, f.sources, executor),
                        f.awards, executor, locale);
                CeremonyWindow ceremony = CeremonyWindow.open(ceremonyModel, locale, stage, f.eventId);
                ceremony.stage().getScene().getStylesheets().add(CJK);
                ceremony.stage().setFullScreen(false);
                ceremony.stage().setWidth(width);
                ceremony.stage().setHeight(height);
            });
            later(9000, () -> {
                Stage ceremony = (Stage) Stage.getWindows().stream().filter(w -> w != stage).findFirst().orElseThrow();
                shoot(ceremony.getScene(), out.resolve("ceremony-" + lang + ".png"));
                Platform.exit();
                System.exit(0);
            });
        });
    }

    /** The window's Chinese font, as the application's ChineseFont gives every window (fonts-noto-cjk installed). */
    private static final String CJK = "data:text/css,.root%7B-fx-font-family:%22Noto%20Sans%20CJK%20SC%22;%7D";

    private static void later(long millis, Runnable action) {
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                return;
            }
            Platform.runLater(action);
        });
        t.setDaemon(true);
        t.start();
    }

    private static void shoot(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader pixels = image.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(png, "png", file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("Wrote " + file);
    }
}
