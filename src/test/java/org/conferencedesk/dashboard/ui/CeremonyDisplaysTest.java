package org.conferencedesk.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/**
 * Where the ceremony screen and the main window go as the projector is plugged in and out mid-ceremony
 * (what {@code CeremonyWindow} does on every change of {@code Screen.getScreens()}), on extended displays:
 * a 1366×768 laptop (primary, task bar 40 px) and a 1920×1080 projector to its right or left.
 */
class CeremonyDisplaysTest {

    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1366, 768);
    private static final Rectangle2D LAPTOP_USABLE = new Rectangle2D(0, 0, 1366, 728);
    private static final Rectangle2D PROJECTOR_RIGHT = new Rectangle2D(1366, 0, 1920, 1080);
    private static final Rectangle2D PROJECTOR_LEFT = new Rectangle2D(-1920, 0, 1920, 1080);
    private static final Rectangle2D MAIN_ON_LAPTOP = new Rectangle2D(20, 20, 1280, 700);

    @Test
    void opensOnTheProjectorWhenThereIsOneElseOnTheOnlyDisplay() {
        assertThat(CeremonyDisplays.place(List.of(LAPTOP, PROJECTOR_RIGHT), LAPTOP_USABLE, MAIN_ON_LAPTOP))
                .isEqualTo(new CeremonyDisplays.Placement(null, PROJECTOR_RIGHT));
        assertThat(CeremonyDisplays.place(List.of(LAPTOP, PROJECTOR_LEFT), LAPTOP_USABLE, MAIN_ON_LAPTOP).ceremony())
                .isEqualTo(PROJECTOR_LEFT);
        assertThat(CeremonyDisplays.place(List.of(LAPTOP), LAPTOP_USABLE, MAIN_ON_LAPTOP))
                .isEqualTo(new CeremonyDisplays.Placement(null, LAPTOP));
        // The user dragged the main window onto the projector: the ceremony screen takes the laptop.
        Rectangle2D mainOnProjector = new Rectangle2D(1500, 100, 1280, 700);
        assertThat(CeremonyDisplays.place(List.of(LAPTOP, PROJECTOR_RIGHT), LAPTOP_USABLE, mainOnProjector).ceremony()).isEqualTo(LAPTOP);
        // No main window (the ceremony screen alone): the first display.
        assertThat(CeremonyDisplays.place(List.of(LAPTOP, PROJECTOR_RIGHT), LAPTOP_USABLE, null).ceremony()).isEqualTo(LAPTOP);
    }

    @Test
    void theProjectorUnpluggedAndPluggedBackInMidCeremony() {
        // Plugged in: ceremony on the projector.
        CeremonyDisplays.Placement start = CeremonyDisplays.place(List.of(LAPTOP, PROJECTOR_RIGHT), LAPTOP_USABLE, MAIN_ON_LAPTOP);
        assertThat(start.ceremony()).isEqualTo(PROJECTOR_RIGHT);
        // Unplugged: the ceremony screen moves to the remaining display; the main window stays where it is.
        CeremonyDisplays.Placement unplugged = CeremonyDisplays.place(List.of(LAPTOP), LAPTOP_USABLE, MAIN_ON_LAPTOP);
        assertThat(unplugged).isEqualTo(new CeremonyDisplays.Placement(null, LAPTOP));
        // Plugged back in (the system may list it again under another place, here on the left): back on it.
        CeremonyDisplays.Placement again = CeremonyDisplays.place(List.of(LAPTOP, PROJECTOR_LEFT), LAPTOP_USABLE, MAIN_ON_LAPTOP);
        assertThat(again).isEqualTo(new CeremonyDisplays.Placement(null, PROJECTOR_LEFT));
    }

    @Test
    void aMainWindowOnTheUnpluggedProjectorComesBackToThePrimaryDisplay() {
        Rectangle2D mainOnProjector = new Rectangle2D(1500, 100, 1280, 700);
        CeremonyDisplays.Placement unplugged = CeremonyDisplays.place(List.of(LAPTOP), LAPTOP_USABLE, mainOnProjector);

        // Never lost off-screen: 20 px inside the laptop's usable area, and the ceremony screen on the laptop too.
        assertThat(unplugged.mainTopLeft()).isEqualTo(new Point2D(20, 20));
        assertThat(unplugged.ceremony()).isEqualTo(LAPTOP);
        // Plugged back in: the main window (now on the laptop) stays, the ceremony screen goes to the projector.
        Rectangle2D mainMoved = new Rectangle2D(20, 20, 1280, 700);
        assertThat(CeremonyDisplays.place(List.of(LAPTOP, PROJECTOR_RIGHT), LAPTOP_USABLE, mainMoved))
                .isEqualTo(new CeremonyDisplays.Placement(null, PROJECTOR_RIGHT));
    }

    @Test
    void aWindowHalfOffItsDisplayIsOnTheDisplayHoldingItsCentre() {
        Rectangle2D straddling = new Rectangle2D(1000, 100, 700, 500); // centre x 1350: on the laptop
        assertThat(CeremonyDisplays.place(List.of(LAPTOP, PROJECTOR_RIGHT), LAPTOP_USABLE, straddling))
                .isEqualTo(new CeremonyDisplays.Placement(null, PROJECTOR_RIGHT));
        Rectangle2D mostlyOnProjector = new Rectangle2D(1100, 100, 700, 500); // centre x 1450: on the projector
        assertThat(CeremonyDisplays.place(List.of(LAPTOP, PROJECTOR_RIGHT), LAPTOP_USABLE, mostlyOnProjector).ceremony()).isEqualTo(LAPTOP);
    }

    @Test
    void noDisplayIsRefused() {
        assertThatThrownBy(() -> CeremonyDisplays.place(List.of(), LAPTOP_USABLE, MAIN_ON_LAPTOP)).isInstanceOf(IllegalArgumentException.class);
    }
}
