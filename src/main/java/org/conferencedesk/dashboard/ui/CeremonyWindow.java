package org.conferencedesk.dashboard.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The ceremony screen: a full-screen window for the projector, bound to a {@link CeremonyViewModel}. It
 * opens on the display that does not hold the main window (the second display) or, with one display, on
 * that one; when displays are plugged in or out mid-ceremony it moves to the display that remains (and
 * back to the projector when it returns), and brings the main window back onto a display if its display
 * left. The numbers are drawn at 24 % of the window's height (at least 1/6 of the screen, readable from the
 * back of a hall), the captions at 4.5 %. Keys: Space / → / Page Down reveal the next winner,
 * Backspace / ← / Page Up hide the last, N the next award category, A awards, S the signing figures,
 * F11 full screen on or off, Esc closes.
 */
public final class CeremonyWindow {

    /** The numbers' font size, as a share of the window's height. */
    static final double NUMBER_SHARE = 0.24;
    private static final double CAPTION_SHARE = 0.045;

    private final CeremonyViewModel model;
    private final Window main;
    private final Stage stage = new Stage();
    private final ListChangeListener<Screen> displaysChanged = c -> place();
    private final Label count = new Label();
    private final Label total = new Label();
    private final Label unit = new Label();
    private final Label countCaption;
    private final Label totalCaption;
    private final Label lastSigned = new Label();
    private final Label category = new Label();
    private final VBox winners = new VBox();
    private final Label hint;

    private CeremonyWindow(CeremonyViewModel model, Locale locale, Window main) {
        this.model = model;
        this.main = main;
        Messages m = Messages.of("dashboard", locale);
        countCaption = new Label(m.get("ceremony.count"));
        totalCaption = new Label(m.get("ceremony.total"));
        hint = new Label(m.get("ceremony.keys"));
        stage.setTitle(m.get("ceremony.title"));
    }

    /**
     * Opens the ceremony screen for event {@code eventId}, full screen on the projector if there is one.
     *
     * @param main the main window (the ceremony screen avoids its display), or null
     * @return the window; closing it (Esc) stops its figures
     */
    public static CeremonyWindow open(CeremonyViewModel model, Locale locale, Window main, long eventId) {
        CeremonyWindow w = new CeremonyWindow(Objects.requireNonNull(model), locale, main);
        w.build();
        model.show(eventId);
        w.place();
        w.stage.show();
        w.stage.setFullScreen(true);
        return w;
    }

    /** The window (tests, and the dashboard to bring it to the front). */
    public Stage stage() {
        return stage;
    }

    /** Closes the window and stops following the figures. */
    public void close() {
        stage.close();
    }

    private void build() {
        count.setId("ceremonyCount");
        total.setId("ceremonyTotal");
        unit.setId("ceremonyUnit");
        lastSigned.setId("ceremonyLastSigned");
        category.setId("ceremonyCategory");
        winners.setId("ceremonyWinners");
        count.textProperty().bind(model.countProperty());
        total.textProperty().bind(model.totalProperty());
        unit.textProperty().bind(model.totalUnitProperty());
        lastSigned.textProperty().bind(model.lastSignedProperty());
        category.textProperty().bind(model.categoryTitleProperty());
        model.revealedProperty().addListener((o, was, now) -> showWinners(now));

        HBox totalLine = new HBox(24, total, unit);
        totalLine.setAlignment(Pos.BASELINE_CENTER);
        VBox signing = new VBox(0, countCaption, count, totalCaption, totalLine, lastSigned);
        signing.setAlignment(Pos.CENTER);
        signing.setId("ceremonySigning");
        VBox awards = new VBox(24, category, winners);
        awards.setAlignment(Pos.TOP_CENTER);
        awards.setId("ceremonyAwards");
        winners.setAlignment(Pos.TOP_CENTER);
        winners.setSpacing(12);
        signing.visibleProperty().bind(model.modeProperty().isEqualTo(CeremonyViewModel.Mode.SIGNING));
        awards.visibleProperty().bind(signing.visibleProperty().not());
        VBox.setMargin(hint, new javafx.geometry.Insets(0));
        StackPane.setAlignment(hint, Pos.BOTTOM_CENTER);
        StackPane root = new StackPane(signing, awards, hint);
        root.getStyleClass().add("ceremony");
        Scene scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(Objects.requireNonNull(CeremonyWindow.class.getResource("CeremonyWindow.css")).toExternalForm());
        scene.heightProperty().addListener((o, was, now) -> resize(now.doubleValue()));
        resize(720);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        stage.setScene(scene);
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setOnHidden(e -> {
            Screen.getScreens().removeListener(displaysChanged);
            model.hide();
        });
        Screen.getScreens().addListener(displaysChanged);
    }

    private void resize(double height) {
        Font number = Font.font(null, FontWeight.BOLD, height * NUMBER_SHARE);
        Font caption = Font.font(null, FontWeight.NORMAL, height * CAPTION_SHARE);
        count.setFont(number);
        total.setFont(number);
        unit.setFont(Font.font(null, FontWeight.BOLD, height * 0.08));
        countCaption.setFont(caption);
        totalCaption.setFont(caption);
        lastSigned.setFont(caption);
        category.setFont(Font.font(null, FontWeight.BOLD, height * 0.07));
        hint.setFont(Font.font(null, FontWeight.NORMAL, height * 0.02));
        showWinners(model.revealedProperty().get());
    }

    private void showWinners(List<CeremonyViewModel.RevealedWinner> revealed) {
        double h = stage.getScene() == null ? 720 : stage.getScene().getHeight();
        winners.getChildren().clear();
        for (CeremonyViewModel.RevealedWinner w : revealed) {
            Label line = new Label(w.prize() + "  " + w.name() + (w.affiliation().isEmpty() ? "" : "（" + w.affiliation() + "）"));
            line.setFont(Font.font(null, FontWeight.BOLD, h * 0.055));
            line.getStyleClass().add("ceremony-winner");
            winners.getChildren().add(line);
        }
    }

    private void key(KeyEvent e) {
        switch (e.getCode()) {
            case SPACE, RIGHT, PAGE_DOWN, DOWN -> model.revealNext();
            case BACK_SPACE, LEFT, PAGE_UP, UP -> model.hideLast();
            case N -> model.nextCategory();
            case A -> model.showAwards();
            case S -> model.showSigning();
            case F11 -> stage.setFullScreen(!stage.isFullScreen());
            case ESCAPE -> close();
            default -> {
                return;
            }
        }
        e.consume();
    }

    /** Puts the window on its display (again), and the main window back on a display if its display left. */
    private void place() {
        List<Screen> screens = List.copyOf(Screen.getScreens());
        if (screens.isEmpty()) {
            return;
        }
        List<Rectangle2D> bounds = screens.stream().map(Screen::getBounds).toList();
        if (main != null && main.isShowing()
                && !CeremonyDisplays.onSomeDisplay(bounds, main.getX() + main.getWidth() / 2, main.getY() + main.getHeight() / 2)) {
            Rectangle2D home = Screen.getPrimary().getVisualBounds();
            main.setX(home.getMinX() + 20);
            main.setY(home.getMinY() + 20);
        }
        double cx = main == null ? Double.NaN : main.getX() + main.getWidth() / 2;
        double cy = main == null ? Double.NaN : main.getY() + main.getHeight() / 2;
        Rectangle2D target = bounds.get(CeremonyDisplays.choose(bounds, cx, cy));
        boolean full = stage.isFullScreen();
        if (full) {
            stage.setFullScreen(false);
        }
        stage.setX(target.getMinX());
        stage.setY(target.getMinY());
        stage.setWidth(target.getWidth());
        stage.setHeight(target.getHeight());
        if (full) {
            stage.setFullScreen(true);
        }
    }
}
