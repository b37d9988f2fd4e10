package org.conferencedesk.shared;

import java.util.concurrent.ExecutionException;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Clicks for UI tests that never read the scene graph off the JavaFX thread.
 *
 * <p>Why: {@code robot.clickOn("#id")} and {@code robot.clickOn(node)} look the node up and compute
 * its bounds on the <em>test</em> thread, again at every step of the mouse move. Reading a Parent's
 * bounds is not a pure read (Parent.updateCachedBounds fills caches), so it races with a layout
 * pulse on the JavaFX thread and, under load, fails there with IndexOutOfBoundsException in
 * Parent.updateCachedBounds. Here the lookup and the node's centre on screen are computed on the
 * JavaFX thread once its events have settled; the robot then moves to a fixed point.
 */
public final class FxClicks {

    private FxClicks() {
    }

    /** Clicks the centre of the visible node that {@code query} (CSS selector or text) finds. */
    public static void clickOn(FxRobot robot, String query) {
        Target t = onFxThread(() -> target(robot.lookup(query).match(NodeQueryUtils.isVisible()).query()));
        robot.targetWindow(t.window());
        robot.clickOn(t.centre(), MouseButton.PRIMARY);
    }

    /** Clicks the centre of {@code node}. */
    public static void clickOn(FxRobot robot, Node node) {
        Target t = onFxThread(() -> target(node));
        robot.targetWindow(t.window());
        robot.clickOn(t.centre(), MouseButton.PRIMARY);
    }

    /** Double-clicks the centre of the visible node that {@code query} finds. */
    public static void doubleClickOn(FxRobot robot, String query) {
        Target t = onFxThread(() -> target(robot.lookup(query).match(NodeQueryUtils.isVisible()).query()));
        robot.targetWindow(t.window());
        robot.doubleClickOn(t.centre(), MouseButton.PRIMARY);
    }

    /** Double-clicks the centre of {@code node}. */
    public static void doubleClickOn(FxRobot robot, Node node) {
        Target t = onFxThread(() -> target(node));
        robot.targetWindow(t.window());
        robot.doubleClickOn(t.centre(), MouseButton.PRIMARY);
    }

    /** Where to click: the node's window (keys typed next go there) and its centre on screen. */
    private record Target(Window window, Point2D centre) {
    }

    private static Target target(Node node) {
        Bounds b = node.localToScreen(node.getBoundsInLocal());
        return new Target(node.getScene().getWindow(), new Point2D(b.getMinX() + b.getWidth() / 2, b.getMinY() + b.getHeight() / 2));
    }

    private static Target onFxThread(java.util.concurrent.Callable<Target> query) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            return WaitForAsyncUtils.asyncFx(query).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not find where to click: " + e.getCause().getMessage(), e.getCause());
        }
    }
}
