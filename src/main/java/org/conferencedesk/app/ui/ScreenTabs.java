package org.conferencedesk.app.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.conferencedesk.guests.CheckInDeskView;
import org.conferencedesk.guests.GuestsView;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The main window's centre: one tab per {@link Screen}. A screen listens to live data only while
 * its tab is shown (its {@code onShown} / {@code onHidden}); Ctrl+N and Ctrl+F go to the guests
 * screen while it is shown (the contracts screen holds them as window accelerators otherwise);
 * the check-in desk and the guests screen put the focus in their search field when shown.
 */
final class ScreenTabs {

    private static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    private final TabPane tabs = new TabPane();
    private final Map<Screen, Tab> byScreen = new EnumMap<>(Screen.class);

    ScreenTabs(Messages m, Node contracts, Parent guests, Parent desk, Runnable guestsShown, Runnable guestsHidden,
               Runnable deskShown, Runnable deskHidden) {
        tabs.setId("screenTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        add(Screen.CONTRACTS, "contractsTab", m.get("tab.contracts"), contracts);
        add(Screen.GUESTS, "guestsTab", m.get("tab.guests"), guests);
        add(Screen.CHECK_IN_DESK, "checkInDeskTab", m.get("tab.checkInDesk"), desk);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was == byScreen.get(Screen.GUESTS)) {
                guestsHidden.run();
            } else if (was == byScreen.get(Screen.CHECK_IN_DESK)) {
                deskHidden.run();
            }
            if (now == byScreen.get(Screen.GUESTS)) {
                guestsShown.run();
                Platform.runLater(() -> GuestsView.focusSearch(guests));
            } else if (now == byScreen.get(Screen.CHECK_IN_DESK)) {
                deskShown.run();
                Platform.runLater(() -> CheckInDeskView.focusSearch(desk));
            }
        });
        javafx.event.EventHandler<KeyEvent> guestKeys = e -> {
            if (selected() != Screen.GUESTS || !(NEW.match(e) || FIND.match(e))) {
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
