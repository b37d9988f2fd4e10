package org.conferencedesk.app.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.conferencedesk.guests.ui.CheckInDeskView;
import org.conferencedesk.guests.ui.GuestsView;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The main window's centre: one tab per {@link Screen}. A screen listens to live data only while
 * its tab is shown (its {@code onShown} / {@code onHidden}); Ctrl+N and Ctrl+F go to the guests
 * screen while it is shown (the contracts screen holds them as window accelerators otherwise);
 * the check-in desk and the guests screen put the focus in their search field when shown. Both are
 * built the first time their tab is shown, so start-up builds only the contracts screen.
 */
final class ScreenTabs {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final TabPane tabs = new TabPane();
    private final Map<Screen, Tab> byScreen = new EnumMap<>(Screen.class);

    /** The guests screen and the desk, built the first time their tab is shown (not at start-up). */
    private Parent guests;
    private Parent desk;

    /**
     * @param guestsContent builds the guests screen; called once, on the FX thread, the first time its tab is shown
     * @param deskContent builds the check-in desk; likewise
     */
    ScreenTabs(Messages m, Node contracts, Supplier<Parent> guestsContent, Supplier<Parent> deskContent,
               Runnable guestsShown, Runnable guestsHidden, Runnable deskShown, Runnable deskHidden) {
        tabs.setId("screenTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        add(Screen.CONTRACTS, "contractsTab", m.get("tab.contracts"), contracts);
        add(Screen.GUESTS, "guestsTab", m.get("tab.guests"), null);
        add(Screen.CHECK_IN_DESK, "checkInDeskTab", m.get("tab.checkInDesk"), null);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was == byScreen.get(Screen.GUESTS)) {
                guestsHidden.run();
            } else if (was == byScreen.get(Screen.CHECK_IN_DESK)) {
                deskHidden.run();
            }
            if (now == byScreen.get(Screen.GUESTS)) {
                if (guests == null) {
                    guests = guestsContent.get();
                    now.setContent(guests);
                }
                guestsShown.run();
                Parent shown = guests;
                Platform.runLater(() -> GuestsView.focusSearch(shown));
            } else if (now == byScreen.get(Screen.CHECK_IN_DESK)) {
                if (desk == null) {
                    desk = deskContent.get();
                    now.setContent(desk);
                }
                deskShown.run();
                Parent shown = desk;
                Platform.runLater(() -> CheckInDeskView.focusSearch(shown));
            }
        });
        javafx.event.EventHandler<KeyEvent> guestKeys = e -> {
            Parent guests = this.guests;
            if (guests == null || selected() != Screen.GUESTS || !(NEW.match(e) || FIND.match(e))) {
                return;
            }
            // Delivered to the guests screen, which handles both keys itself.
            Node screen = guests.lookup(".guests-screen");
            if (screen != null && !isInside(e.getTarget(), guests)) {
                e.consume();
                screen.fireEvent(e.copyFor(screen, screen));
            }
        };
        // On the scene, so that the keys work wherever the focus is (a header button); removed when
        // the window is rebuilt (a language switch), so an old set of screens is not kept alive.
        tabs.sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.removeEventFilter(KeyEvent.KEY_PRESSED, guestKeys);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_PRESSED, guestKeys);
            }
        });
    }

    private static boolean isInside(Object target, Parent parent) {
        for (Node n = target instanceof Node node ? node : null; n != null; n = n.getParent()) {
            if (n == parent) {
                return true;
            }
        }
        return false;
    }

    private void add(Screen screen, String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        byScreen.put(screen, tab);
        tabs.getTabs().add(tab);
    }

    TabPane node() {
        return tabs;
    }

    /** Shows {@code screen}'s tab. */
    void select(Screen screen) {
        tabs.getSelectionModel().select(byScreen.get(screen));
    }

    /** The screen shown. */
    Screen selected() {
        Tab tab = tabs.getSelectionModel().getSelectedItem();
        return byScreen.entrySet().stream().filter(e -> e.getValue() == tab).map(Map.Entry::getKey).findFirst()
                .orElse(Screen.CONTRACTS);
    }
}
