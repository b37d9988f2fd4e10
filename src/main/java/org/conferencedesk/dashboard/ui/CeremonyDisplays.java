package org.conferencedesk.dashboard.ui;

import java.util.List;
import javafx.geometry.Point2D;
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

    /**
     * Where the windows go after the displays changed (a projector plugged in or out mid-ceremony) or when
     * the ceremony screen opens.
     *
     * @param mainTopLeft where to move the main window, or null to leave it: it moves (keeping its size) to
     *                    20 px inside the primary display's usable area only when its centre is on no display
     * @param ceremony the bounds of the display the ceremony screen fills: the display that does not hold
     *                 the main window's centre (after the move), else the only one
     */
    record Placement(Point2D mainTopLeft, Rectangle2D ceremony) {
    }

    /**
     * Places both windows on the displays there are now.
     *
     * @param displays the bounds of every display, the primary first (JavaFX's {@code Screen.getScreens()})
     * @param primaryVisual the primary display's usable area (without task bars)
     * @param main the main window's bounds, or null when it is not showing
     * @throws IllegalArgumentException if there is no display
     */
    static Placement place(List<Rectangle2D> displays, Rectangle2D primaryVisual, Rectangle2D main) {
        if (displays.isEmpty()) {
            throw new IllegalArgumentException("No display");
        }
        Point2D moved = null;
        double cx = Double.NaN;
        double cy = Double.NaN;
        if (main != null) {
            cx = main.getMinX() + main.getWidth() / 2;
            cy = main.getMinY() + main.getHeight() / 2;
            if (!onSomeDisplay(displays, cx, cy)) {
                moved = new Point2D(primaryVisual.getMinX() + 20, primaryVisual.getMinY() + 20);
                cx = moved.getX() + main.getWidth() / 2;
                cy = moved.getY() + main.getHeight() / 2;
            }
        }
        return new Placement(moved, displays.get(choose(displays, cx, cy)));
    }

    /** True if a point lies on one of the displays (a window whose centre is on none is lost off-screen). */
    static boolean onSomeDisplay(List<Rectangle2D> displays, double x, double y) {
        return displays.stream().anyMatch(d -> d.contains(x, y));
    }
}
