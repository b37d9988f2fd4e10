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
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The ceremony screen: a full-screen window for the projector, bound to a {@link CeremonyViewModel}. It
 * opens on the display that does not hold the main window (the second display) or, with one display, on
 * that one; when displays are plugged in or out mid-ceremony it moves to the display that remains (and
 * back to the projector when it returns), and brings the main window back onto a display if its display
 * left. The numbers are drawn at 21 % of the window's height (at least 1/6 of the screen, readable from the
 * back of a hall), the captions at 4 % ({@code CeremonyWindow.css}, in em of 1 % of the height). Keys: Space / → / Page Down reveal the next winner,
 * Backspace / ← / Page Up hide the last, N the next award category, A awards, S the signing figures,
 * F11 full screen on or off, Esc closes.
 */
public final class CeremonyWindow {

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
    private final StackPane root = new StackPane();

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
        root.getChildren().setAll(signing, awards, hint);
        root.getStyleClass().add("ceremony");
        countCaption.getStyleClass().add("ceremony-caption");
        totalCaption.getStyleClass().add("ceremony-caption");
        lastSigned.getStyleClass().add("ceremony-caption");
        hint.getStyleClass().add("ceremony-hint");
        count.getStyleClass().add("ceremony-number");
        total.getStyleClass().add("ceremony-number");
        unit.getStyleClass().add("ceremony-unit");
        category.getStyleClass().add("ceremony-category");
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
        // The one size that follows the window: 1 em of the root is 1 % of its height, and the stylesheet
        // sizes everything in em (the numbers 24 em), so the family stays the window's (the Chinese font).
        root.setStyle("-fx-font-size: " + String.format(Locale.ROOT, "%.2f", height / 100) + "px;");
    }

    private void showWinners(List<CeremonyViewModel.RevealedWinner> revealed) {
        winners.getChildren().clear();
        for (CeremonyViewModel.RevealedWinner w : revealed) {
            Label line = new Label(w.prize() + "  " + w.name() + (w.affiliation().isEmpty() ? "" : "（" + w.affiliation() + "）"));
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
        boolean mainShown = main != null && main.isShowing();
        CeremonyDisplays.Placement placement = CeremonyDisplays.place(bounds, Screen.getPrimary().getVisualBounds(),
                mainShown ? new Rectangle2D(main.getX(), main.getY(), Math.max(1, main.getWidth()), Math.max(1, main.getHeight())) : null);
        if (placement.mainTopLeft() != null) {
            // A maximised window is moved by un-maximising it first.
            boolean maximized = main instanceof javafx.stage.Stage s && s.isMaximized();
            if (maximized) {
                ((javafx.stage.Stage) main).setMaximized(false);
            }
            main.setX(placement.mainTopLeft().getX());
            main.setY(placement.mainTopLeft().getY());
            if (maximized) {
                ((javafx.stage.Stage) main).setMaximized(true);
            }
        }
        Rectangle2D target = placement.ceremony();
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
