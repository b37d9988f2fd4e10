package org.conferencedesk.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.conferencedesk.shared.CurrentThreadTaskExecutor;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.shared.ui.Screen;
import org.conferencedesk.shared.ui.ScreenRegistry;
import org.conferencedesk.shared.ui.ScreenView;
import org.conferencedesk.shared.ui.ScreenWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The tabs come from the registered screens: built on first show, told when shown and hidden, asked before typing is dropped. */
@ExtendWith(ApplicationExtension.class)
class ScreenTabsFxTest {

    private final List<String> calls = new ArrayList<>();
    private boolean keepTyping;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private Screen screen(String name) {
        return new Screen() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String title(Locale locale) {
                return Locale.SIMPLIFIED_CHINESE.equals(locale) ? "屏幕 " + name : "Screen " + name;
            }

            @Override
            public Ikon icon() {
                return MaterialDesignF.FILE;
            }

            @Override
            public ScreenView build(ScreenWindow window) {
                calls.add("build " + name);
                Label label = new Label(name);
                return new ScreenView() {
                    @Override
                    public javafx.scene.Node node() {
                        return label;
                    }

                    @Override
                    public void shown() {
                        calls.add("shown " + name);
                    }

                    @Override
                    public void hidden() {
                        calls.add("hidden " + name);
                    }

                    @Override
                    public void close() {
                        calls.add("close " + name);
                    }

                    @Override
                    public boolean mayDropTyping() {
                        calls.add("asked " + name);
                        return !(keepTyping && name.equals("b"));
                    }
                };
            }
        };
    }

    @Test
    void onlyTheFirstScreenIsBuiltAtOnceAndEachIsBuiltOnceWhenFirstShown(FxRobot robot) {
        ScreenRegistry registry = new ScreenRegistry().add(screen("a")).add(screen("b")).add(screen("c"));
        List<String> shownNames = new ArrayList<>();
        ScreenTabs[] tabs = new ScreenTabs[1];
        robot.interact(() -> {
            tabs[0] = new ScreenTabs(registry, new ScreenWindow(Locale.SIMPLIFIED_CHINESE, new CurrentThreadTaskExecutor(),
                    new RecordingDialogs(), () -> stage), null, shownNames::add);
            stage.setScene(new Scene(tabs[0].node(), 400, 300));
            stage.show();
        });
        assertThat(calls).containsExactly("build a", "shown a");
        assertThat(tabs[0].node().getTabs()).extracting(javafx.scene.control.Tab::getText).containsExactly("屏幕 a", "屏幕 b", "屏幕 c");
        assertThat(tabs[0].node().getTabs()).extracting(javafx.scene.control.Tab::getId).containsExactly("aTab", "bTab", "cTab");

        robot.interact(() -> tabs[0].select("b"));
        robot.interact(() -> tabs[0].select("a"));
        robot.interact(() -> tabs[0].select("b"));

        assertThat(calls).containsExactly("build a", "shown a", "hidden a", "build b", "shown b", "hidden b", "shown a",
                "hidden a", "shown b");
        assertThat(shownNames).containsExactly("b", "a", "b");

        calls.clear();
        keepTyping = true;
        assertThat(tabs[0].mayDropTyping()).isFalse();
        assertThat(calls).containsExactly("asked a", "asked b");

        calls.clear();
        robot.interact(() -> tabs[0].close());
        assertThat(calls).containsExactly("hidden b", "close a", "close b");
    }

    @Test
    void theScreenShownBeforeARebuildIsShownFirst(FxRobot robot) {
        ScreenRegistry registry = new ScreenRegistry().add(screen("a")).add(screen("b"));
        ScreenTabs[] tabs = new ScreenTabs[1];
        robot.interact(() -> tabs[0] = new ScreenTabs(registry, new ScreenWindow(Locale.ENGLISH, new CurrentThreadTaskExecutor(),
                new RecordingDialogs(), () -> stage), "b", name -> { }));

        assertThat(calls).containsExactly("build b", "shown b");
        assertThat(tabs[0].selected().screen().name()).isEqualTo("b");
        assertThat(tabs[0].node().getSelectionModel().getSelectedItem().getText()).isEqualTo("Screen b");
    }
}
