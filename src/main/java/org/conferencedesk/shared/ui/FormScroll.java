package org.conferencedesk.shared.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;

/**
 * A form whose fields scroll (its title and buttons stay in view): the field that gets the focus
 * (Tab, a click, a message) is scrolled into view, so a user typing through a form on a small
 * screen never types into a field they cannot see. JavaFX thread only.
 */
public final class FormScroll {

    private FormScroll() {
    }

    /** Keeps the focused node inside {@code scroll}'s content in view, from now on. */
    public static void keepFocusedInView(ScrollPane scroll) {
        scroll.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                follow(scene, scroll);
            }
        });
        if (scroll.getScene() != null) {
            follow(scroll.getScene(), scroll);
        }
    }

    private static void follow(Scene scene, ScrollPane scroll) {
        scene.focusOwnerProperty().addListener((o, was, now) -> {
            if (now != null && scroll.getScene() == scene && isInside(now, scroll.getContent())) {
                show(scroll, now);
            }
        });
    }

    private static boolean isInside(Node node, Node content) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == content) {
                return true;
            }
        }
        return false;
    }

    /** Scrolls so that {@code node} (with a little room above and below) is in view; no move if it is. */
    static void show(ScrollPane scroll, Node node) {
        Node content = scroll.getContent();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = (contentHeight - viewport) * scroll.getVvalue();
        double margin = 8;
        double newTop = top;
        if (b.getMinY() - margin < top) {
            newTop = b.getMinY() - margin;
        } else if (b.getMaxY() + margin > top + viewport) {
            newTop = b.getMaxY() + margin - viewport;
        }
        if (newTop != top) {
            scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
        }
    }
}
