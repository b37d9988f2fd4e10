package org.conferencedesk.app.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.conferencedesk.shared.ui.Screen;
import org.conferencedesk.shared.ui.ScreenRegistry;
import org.conferencedesk.shared.ui.ScreenView;
import org.conferencedesk.shared.ui.ScreenWindow;

/**
 * The main window's centre: one tab per registered {@link Screen}, in the order registered. A
 * screen is built the first time its tab is shown (start-up builds only the one shown first); it
 * is told when it is shown and hidden, so it listens to live data only while shown. Knows no
 * screen by name.
 */
final class ScreenTabs {

    private final TabPane tabs = new TabPane();
    private final List<ScreenRegistry.Registered> screens;
    private final ScreenWindow window;
    private final List<Tab> tabList = new ArrayList<>();
    private final ScreenView[] built;
    private ScreenView shown;

    /**
     * @param registry the screens, in tab order
     * @param window what the screens are built with (this window's language, executor, dialogs)
     * @param first the name of the screen to show first (the one shown before a rebuild); null or
     *              unknown for the first registered
     * @param onShown told of each screen shown (its name)
     */
    ScreenTabs(ScreenRegistry registry, ScreenWindow window, String first, Consumer<String> onShown) {
        this.screens = registry.screens();
        this.window = window;
        this.built = new ScreenView[screens.size()];
        tabs.setId("screenTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ScreenRegistry.Registered r : screens) {
            Tab tab = new Tab(r.screen().title(window.locale()));
            tab.setId(r.screen().name() + "Tab");
            tabList.add(tab);
        }
        tabs.getTabs().setAll(tabList);
        int start = Math.max(0, indexOf(first));
        show(start);
        tabs.getSelectionModel().select(start);
        tabs.getSelectionModel().selectedIndexProperty().addListener((o, was, now) -> {
            if (now.intValue() >= 0) {
                show(now.intValue());
                onShown.accept(screens.get(now.intValue()).screen().name());
            }
        });
    }

    private void show(int index) {
        if (shown != null) {
            shown.hidden();
        }
        if (built[index] == null) {
            built[index] = screens.get(index).screen().build(window);
            tabList.get(index).setContent(built[index].node());
        }
        shown = built[index];
        shown.shown();
    }

    private int indexOf(String name) {
        for (int i = 0; i < screens.size(); i++) {
            if (screens.get(i).screen().name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    TabPane node() {
        return tabs;
    }

    /** Shows the screen named {@code name} (nothing if none is). */
    void select(String name) {
        int i = indexOf(name);
        if (i >= 0) {
            tabs.getSelectionModel().select(i);
        }
    }

    /**
     * Shows the screen that opens {@code recordType} and has it choose the record (nothing if no
     * screen opens that type).
     */
    void open(String recordType, long recordId) {
        for (int i = 0; i < screens.size(); i++) {
            if (recordType.equals(screens.get(i).screen().recordType())) {
                tabs.getSelectionModel().select(i);
                if (built[i] == null) {
                    show(i);
                }
                built[i].open(recordId);
                return;
            }
        }
    }

    /** The registered screen shown, with its files. */
    ScreenRegistry.Registered selected() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        return screens.get(i < 0 ? 0 : i);
    }

    /** The view of the screen shown. */
    ScreenView shownView() {
        return shown;
    }

    /** True if no built screen holds typing, or the user agreed to drop it (asked screen by screen). */
    boolean mayDropTyping() {
        for (ScreenView view : built) {
            if (view != null && !view.mayDropTyping()) {
                return false;
            }
        }
        return true;
    }

    /** Closes every built screen (the window is rebuilt or closed). */
    void close() {
        if (shown != null) {
            shown.hidden();
            shown = null;
        }
        for (int i = 0; i < built.length; i++) {
            if (built[i] != null) {
                built[i].close();
                built[i] = null;
            }
        }
    }
}
