package org.conferencedesk.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

class ScreenRegistryTest {

    static Screen screen(String name, String accelerator) {
        return new Screen() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public String title(Locale locale) {
                return name;
            }

            @Override
            public Ikon icon() {
                return MaterialDesignF.FILE;
            }

            @Override
            public String accelerator() {
                return accelerator;
            }

            @Override
            public ScreenView build(ScreenWindow window) {
                Pane pane = new Pane();
                return () -> pane;
            }
        };
    }

    private static RecordFiles files(String name) {
        return new RecordFiles(name, name, null, () -> { }, extension -> { });
    }

    @Test
    void screensWithoutTheirOwnKeyGetTheNextCtrlDigitInTheOrderRegistered() {
        ScreenRegistry registry = new ScreenRegistry()
                .add(screen("contracts", null))
                .add(screen("guests", null))
                .add(screen("checkInDesk", "F9"))
                .add(screen("exhibitors", null));

        assertThat(registry.accelerators()).containsExactly("Shortcut+1", "Shortcut+2", "F9", "Shortcut+3");
        assertThat(registry.screens()).extracting(r -> r.screen().name())
                .containsExactly("contracts", "guests", "checkInDesk", "exhibitors");
    }

    @Test
    void filesSharedByTwoScreensAreListedOnceInTheOrderFirstRegistered() {
        RecordFiles guests = files("guests");
        ScreenRegistry registry = new ScreenRegistry()
                .add(screen("contracts", null), files("contracts"))
                .add(screen("guests", null), guests)
                .add(screen("checkInDesk", "F9"), guests)
                .add(screen("dashboard", null));

        assertThat(registry.files()).extracting(RecordFiles::name).containsExactly("contracts", "guests");
        assertThat(registry.screens().get(3).files()).isNull();
    }

    @Test
    void aSecondScreenOfTheSameNameIsRefused() {
        ScreenRegistry registry = new ScreenRegistry().add(screen("guests", null));

        assertThatThrownBy(() -> registry.add(screen("guests", "F9")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("guests");
    }

    @Test
    void nodeIdsAreBuiltFromTheCapitalisedName() {
        assertThat(ScreenRegistry.capitalised("checkInDesk")).isEqualTo("CheckInDesk");
        assertThat(ScreenRegistry.capitalised("")).isEmpty();
    }
}
