package org.conferencedesk.dashboard.ui;

import java.util.List;
import javafx.geometry.Rectangle2D;

/**
 * Which display the ceremony screen goes on: the projector when there is one. Pure, so that plugging a
 * projector in and out can be tested without displays.
 */
final class CeremonyDisplays {

    private CeremonyDisplays() {
    }

    /**
     * The display for the ceremony screen: the first one (in the system's order) that does not hold the
     * main window's centre — the second display, the projector — or, with one display, that one.
     *
     * @param displays the bounds of every display, the primary first (JavaFX's {@code Screen.getScreens()})
     * @param mainCentreX the main window's centre, x
     * @param mainCentreY the main window's centre, y
     * @return an index into {@code displays}; 0 if the list holds one display
     * @throws IllegalArgumentException if there is no display
     */
    static int choose(List<Rectangle2D> displays, double mainCentreX, double mainCentreY) {
        if (displays.isEmpty()) {
            throw new IllegalArgumentException("No display");
        }
        for (int i = 0; i < displays.size(); i++) {
            if (!displays.get(i).contains(mainCentreX, mainCentreY)) {
                return i;
            }
        }
        return 0;
    }

    /** True if a point lies on one of the displays (a window whose centre is on none is lost off-screen). */
    static boolean onSomeDisplay(List<Rectangle2D> displays, double x, double y) {
        return displays.stream().anyMatch(d -> d.contains(x, y));
    }
}
