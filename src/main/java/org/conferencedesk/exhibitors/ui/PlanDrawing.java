package org.conferencedesk.exhibitors.ui;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.Rectangle;
import org.conferencedesk.exhibitors.BoothPlace;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.PlanPalette;

/**
 * The drawing of one hall's plan, to scale ({@link PlanZoom}): the floor inside its walls, the 0.5 m
 * grid in layout mode, a {@link BoothNode} per placed booth, and the rectangle being drawn or moved
 * (red while it cannot stand there). One focus stop: the arrow keys move between booths, Home/End go
 * to the first/last, Enter or Space opens the focused booth's booking; in layout mode Ctrl+arrows
 * move and Ctrl+Shift+arrows resize it, Enter saves, Esc puts it back, Delete removes it; the mouse
 * clicks, draws, moves and resizes. Redrawing after a change touches only the booths that changed.
 * JavaFX thread; binds to {@link HallPlanViewModel} and does nothing else.
 */
final class PlanDrawing extends Region {

    /** Pixels from a booth's lower right corner within which a drag resizes instead of moving. */
    private static final double HANDLE = 8;

    private final HallPlanViewModel model;
    private final Rectangle floor = new Rectangle();
    private final Path grid = new Path();
    private final Rectangle draft = new Rectangle();
    private final Map<Long, BoothNode> nodes = new HashMap<>();
    private BoothNode focusedNode;
    /** Where the hall's top left corner is drawn: centred in a view larger than the plan, else after the margin. */
    private double originX = PlanZoom.MARGIN;
    private double originY = PlanZoom.MARGIN;
    private boolean dragging;
    private Runnable onOpen = () -> { };

    PlanDrawing(HallPlanViewModel model) {
        this.model = model;
        getStyleClass().add("plan-drawing");
        setId("planDrawing");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.NODE);
        floor.setFill(BoothPaints.colour(PlanPalette.FLOOR));
        floor.setStroke(BoothPaints.colour(PlanPalette.WALL));
        floor.setStrokeWidth(2);
        floor.setManaged(false);
        grid.setStroke(Color.rgb(0x9C, 0xA3, 0xAF, 0.45));
        grid.setStrokeWidth(0.5);
        grid.setManaged(false);
        grid.setMouseTransparent(true);
        draft.setManaged(false);
        draft.setMouseTransparent(true);
        draft.setFill(Color.rgb(0x00, 0x72, 0xB2, 0.18));
        draft.setStrokeWidth(2);
        draft.getStrokeDashArray().setAll(6.0, 4.0);
        draft.setVisible(false);
        getChildren().addAll(floor, grid, draft);

        model.planProperty().addListener((o, was, now) -> showPlan(now));
        model.focusedProperty().addListener((o, was, now) -> showFocus(now));
        model.zoom().pixelsPerMetreProperty().addListener(o -> rescale());
        model.floorWidthProperty().addListener(o -> rescale());
        model.floorDepthProperty().addListener(o -> rescale());
        model.layout().editingProperty().addListener(o -> drawGrid());
        model.layout().draftProperty().addListener(o -> showDraft());
        model.layout().problemProperty().addListener(o -> showDraft());
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        focusedProperty().addListener((o, was, now) -> {
            if (now && model.focusedProperty().get() == null) {
                model.focusFirst();
            }
        });
        showPlan(model.planProperty().get());
    }

    /** What Enter, Space or a click does after the booking is opened (the view moves the focus into it). */
    void setOnOpen(Runnable action) {
        this.onOpen = action;
    }

    /** The node of the booth with this id, if it is drawn. */
    BoothNode nodeOf(long boothId) {
        return nodes.get(boothId);
    }

    /** How many booths are drawn. */
    int boothCount() {
        return nodes.size();
    }

    // ------------------------------------------------------------------ drawing

    private void showPlan(HallPlan plan) {
        Set<Long> shown = new HashSet<>();
        double scale = model.zoom().pixelsPerMetre();
        if (plan != null) {
            for (HallPlan.PlannedBooth b : plan.booths()) {
                if (b.booth().place() == null) {
                    continue;
                }
                Long id = b.booth().id();
                shown.add(id);
                BoothNode node = nodes.get(id);
                if (node == null) {
                    node = new BoothNode();
                    node.setManaged(false);
                    node.setScale(scale);
                    nodes.put(id, node);
                    getChildren().add(getChildren().indexOf(draft), node);
                }
                node.show(b, model.words());
                place(node);
            }
        }
        nodes.entrySet().removeIf(e -> {
            if (!shown.contains(e.getKey())) {
                getChildren().remove(e.getValue());
                return true;
            }
            return false;
        });
        drawFloor();
        showFocus(model.focusedProperty().get());
    }

    private void rescale() {
        double scale = model.zoom().pixelsPerMetre();
        for (BoothNode node : nodes.values()) {
            node.setScale(scale);
            place(node);
        }
        drawFloor();
        showDraft();
    }

    private void drawFloor() {
        double scale = model.zoom().pixelsPerMetre();
        double w = model.floorWidthProperty().get() * scale;
        double h = model.floorDepthProperty().get() * scale;
        floor.setX(originX);
        floor.setY(originY);
        floor.setWidth(w);
        floor.setHeight(h);
        setPrefSize(w + 2 * PlanZoom.MARGIN, h + 2 * PlanZoom.MARGIN);
        setMinSize(w + 2 * PlanZoom.MARGIN, h + 2 * PlanZoom.MARGIN);
        drawGrid();
    }

    /** The grid lines every 0.5 m (every 1 m, or 5 m, when they would be closer than 6 px), in layout mode only. */
    private void drawGrid() {
        grid.getElements().clear();
        grid.setVisible(model.layout().editingProperty().get());
        if (!grid.isVisible()) {
            return;
        }
        double scale = model.zoom().pixelsPerMetre();
        double step = PlanGrid.STEP.doubleValue();
        while (step * scale < 6) {
            step = step < 1 ? 1 : step * 5;
        }
        double width = model.floorWidthProperty().get();
        double depth = model.floorDepthProperty().get();
        for (double x = step; x < width; x += step) {
            grid.getElements().addAll(new MoveTo(px(x), py(0)), new LineTo(px(x), py(depth)));
        }
        for (double y = step; y < depth; y += step) {
            grid.getElements().addAll(new MoveTo(px(0), py(y)), new LineTo(px(width), py(y)));
        }
    }

    private void place(BoothNode node) {
        BoothPlace p = node.planned().booth().place();
        node.resizeRelocate(px(p.x().doubleValue()), py(p.y().doubleValue()),
                p.width().doubleValue() * model.zoom().pixelsPerMetre(), p.depth().doubleValue() * model.zoom().pixelsPerMetre());
    }

    private void showDraft() {
        BoothPlace p = model.layout().draftProperty().get();
        draft.setVisible(p != null);
        if (p == null) {
            return;
        }
        boolean bad = !model.layout().problemProperty().get().isEmpty();
        draft.setStroke(bad ? Color.rgb(0xCF, 0x22, 0x2E) : Color.rgb(0x00, 0x5A, 0x9C));
        draft.setFill(bad ? Color.rgb(0xCF, 0x22, 0x2E, 0.15) : Color.rgb(0x00, 0x72, 0xB2, 0.18));
        draft.setX(px(p.x().doubleValue()));
        draft.setY(py(p.y().doubleValue()));
        draft.setWidth(p.width().doubleValue() * model.zoom().pixelsPerMetre());
        draft.setHeight(p.depth().doubleValue() * model.zoom().pixelsPerMetre());
        draft.toFront();
    }

    private void showFocus(HallPlan.PlannedBooth booth) {
        BoothNode node = booth == null ? null : nodes.get(booth.booth().id());
        if (focusedNode != null && focusedNode != node) {
            focusedNode.setFocusedBooth(false);
        }
        focusedNode = node;
        if (node != null) {
            node.setFocusedBooth(true);
            draft.toFront();
            setAccessibleText(node.getAccessibleText());
        }
    }

    /** Metres from the hall's left (or top) wall to pixels in this drawing. */
    private double px(double metres) {
        return originX + metres * model.zoom().pixelsPerMetre();
    }

    private double py(double metres) {
        return originY + metres * model.zoom().pixelsPerMetre();
    }

    private double metresX(double pixels) {
        return (pixels - originX) / model.zoom().pixelsPerMetre();
    }

    private double metresY(double pixels) {
        return (pixels - originY) / model.zoom().pixelsPerMetre();
    }

    /** The hall's left (x) and top (y) wall in this drawing's pixels, for the view's scrolling. */
    double originX() {
        return originX;
    }

    /** See {@link #originX()}. */
    double originY() {
        return originY;
    }

    @Override
    protected void layoutChildren() {
        double scale = model.zoom().pixelsPerMetre();
        double x = Math.max(PlanZoom.MARGIN, (getWidth() - model.floorWidthProperty().get() * scale) / 2);
        double y = Math.max(PlanZoom.MARGIN, (getHeight() - model.floorDepthProperty().get() * scale) / 2);
        if (x != originX || y != originY) {
            originX = x;
            originY = y;
            rescale();
        }
    }

    // ------------------------------------------------------------------ keys and mouse

    private void keyPressed(KeyEvent e) {
        PlanNavigation.Direction direction = switch (e.getCode()) {
            case UP, KP_UP -> PlanNavigation.Direction.UP;
            case DOWN, KP_DOWN -> PlanNavigation.Direction.DOWN;
            case LEFT, KP_LEFT -> PlanNavigation.Direction.LEFT;
            case RIGHT, KP_RIGHT -> PlanNavigation.Direction.RIGHT;
            default -> null;
        };
        BoothLayoutViewModel layout = model.layout();
        HallPlan.PlannedBooth focused = model.focusedProperty().get();
        boolean editing = layout.editingProperty().get();
        if (direction != null) {
            if (editing && e.isShortcutDown() && focused != null) {
                int dx = direction == PlanNavigation.Direction.RIGHT ? 1 : direction == PlanNavigation.Direction.LEFT ? -1 : 0;
                int dy = direction == PlanNavigation.Direction.DOWN ? 1 : direction == PlanNavigation.Direction.UP ? -1 : 0;
                if (e.isShiftDown()) {
                    layout.grow(focused.booth().id(), dx, dy);
                } else {
                    layout.nudge(focused.booth().id(), dx, dy);
                }
            } else if (!e.isShortcutDown()) {
                if (layout.hasPending()) {
                    layout.cancel();
                }
                model.move(direction);
            } else {
                return;
            }
            e.consume();
            return;
        }
        KeyCode code = e.getCode();
        if (code == KeyCode.HOME) {
            model.focusFirst();
        } else if (code == KeyCode.END) {
            model.focusLast();
        } else if (code == KeyCode.ENTER || code == KeyCode.SPACE) {
            if (layout.hasPending()) {
                layout.commit();
            } else {
                model.openFocused();
                onOpen.run();
            }
        } else if (code == KeyCode.ESCAPE && (layout.hasPending() || layout.draftProperty().get() != null)) {
            layout.cancel();
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && editing && focused != null) {
            layout.delete(focused.booth().id());
        } else {
            return;
        }
        e.consume();
    }

    private BoothNode boothAt(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != this; n = n.getParent()) {
            if (n instanceof BoothNode booth) {
                return booth;
            }
        }
        return null;
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        requestFocus();
        dragging = false;
        BoothNode booth = boothAt(e);
        BoothLayoutViewModel layout = model.layout();
        if (!layout.editingProperty().get()) {
            return;
        }
        if (booth == null) {
            layout.startDrawing(metresX(e.getX()), metresY(e.getY()));
        } else {
            long id = booth.planned().booth().id();
            model.focus(id);
            boolean corner = e.getX() >= booth.getLayoutX() + booth.getWidth() - HANDLE
                    && e.getY() >= booth.getLayoutY() + booth.getHeight() - HANDLE;
            if (corner) {
                layout.startResize(id);
            } else {
                layout.startMove(id, metresX(e.getX()), metresY(e.getY()));
            }
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (e.getButton() == MouseButton.PRIMARY && model.layout().editingProperty().get()) {
            dragging = true;
            model.layout().dragTo(metresX(e.getX()), metresY(e.getY()));
            e.consume();
        }
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        BoothLayoutViewModel layout = model.layout();
        if (layout.editingProperty().get()) {
            layout.finishDrag();
        }
        BoothNode booth = boothAt(e);
        if (!dragging && booth != null && e.isStillSincePress()) {
            model.open(booth.planned().booth().id());
            onOpen.run();
        }
        dragging = false;
        e.consume();
    }

    /** The booths drawn, for tests and the benchmark. */
    List<BoothNode> boothNodes() {
        return List.copyOf(nodes.values());
    }
}
