package org.conferencedesk.exhibitors.ui;

import javafx.geometry.Insets;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Border;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.BorderStrokeStyle;
import javafx.scene.layout.BorderWidths;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.PlanPalette;
import org.conferencedesk.exhibitors.PlanWords;

/**
 * One booth on the plan: a rectangle filled and patterned by its state, its code and holder(s) in
 * it (clipped to it; the holder hidden where it has no room), a heavy outline when it has the focus.
 * Its node id is {@code "booth" + id}; its accessible text says what the booth is. JavaFX thread.
 */
final class BoothNode extends Region {

    private static final Color OUTLINE = Color.rgb(0x33, 0x33, 0x33);
    private static final Border NORMAL = new Border(new BorderStroke(OUTLINE, BorderStrokeStyle.SOLID, CornerRadii.EMPTY,
            new BorderWidths(1)));
    private static final Border FOCUSED = new Border(
            new BorderStroke(BoothPaints.colour(PlanPalette.FOCUS), BorderStrokeStyle.SOLID, CornerRadii.EMPTY, new BorderWidths(3)),
            new BorderStroke(Color.WHITE, BorderStrokeStyle.SOLID, CornerRadii.EMPTY, new BorderWidths(1), new Insets(3)));

    private final Text code = new Text();
    private final Text holder = new Text();
    /** Measures wrapped text off the scene (JavaFX thread only, like every node). */
    private static final Text MEASURE = new Text();

    private final Rectangle clip = new Rectangle();
    private String holderText = "";
    private HallPlan.PlannedBooth planned;
    private boolean focused;
    private double fontSize = -1;

    BoothNode() {
        getStyleClass().add("booth");
        code.getStyleClass().add("booth-code");
        holder.getStyleClass().add("booth-holder");
        code.setTextAlignment(TextAlignment.CENTER);
        holder.setTextAlignment(TextAlignment.CENTER);
        getChildren().addAll(code, holder);
        setClip(clip);
        setBorder(NORMAL);
        setAccessibleRole(AccessibleRole.BUTTON);
        setFocusTraversable(false);
    }

    /** Shows {@code booth} (nothing is redrawn if it is the booth shown already). */
    void show(HallPlan.PlannedBooth booth, PlanWords words) {
        if (booth.equals(planned)) {
            return;
        }
        planned = booth;
        setId("booth" + booth.booth().id());
        setBackground(new Background(new BackgroundFill(BoothPaints.fill(booth.state()), CornerRadii.EMPTY, Insets.EMPTY)));
        getStyleClass().removeAll("free", "booked", "paid");
        getStyleClass().add(booth.state().name().toLowerCase(java.util.Locale.ROOT));
        code.setText(booth.booth().code());
        holderText = words.holders(booth.holders());
        holder.setText(holderText);
        setAccessibleText(words.summary(booth));
        requestLayout();
    }

    /** The booth shown. */
    HallPlan.PlannedBooth planned() {
        return planned;
    }

    /** Draws or removes the focus outline. */
    void setFocusedBooth(boolean isFocused) {
        if (focused != isFocused) {
            focused = isFocused;
            setBorder(isFocused ? FOCUSED : NORMAL);
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("focused-booth"), isFocused);
            if (isFocused) {
                toFront();
            }
        }
    }

    /**
     * The label size for this zoom (pixels per metre): 9 to 14 px. Set as a style so that the font's
     * family is the window's (in Chinese, a Simplified Chinese face: see the shell's font stylesheet).
     */
    void setScale(double pixelsPerMetre) {
        double size = Math.round(Math.max(9, Math.min(14, pixelsPerMetre * 0.45)) * 2) / 2.0;
        if (size != fontSize) {
            fontSize = size;
            code.setStyle("-fx-font-size: " + size + "px; -fx-font-weight: bold;");
            holder.setStyle("-fx-font-size: " + (size - 1) + "px;");
            requestLayout();
        }
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        clip.setWidth(w);
        clip.setHeight(h);
        double pad = 3;
        double codeHeight = code.getLayoutBounds().getHeight();
        boolean codeFits = code.getLayoutBounds().getWidth() <= w - 2 && codeHeight <= h;
        code.setVisible(codeFits);
        double room = h - codeHeight - pad;
        String shown = codeFits ? fitted(holderText, w - 2 * pad, room) : "";
        holder.setWrappingWidth(Math.max(1, w - 2 * pad));
        if (!shown.equals(holder.getText())) {
            holder.setText(shown);
        }
        holder.setVisible(!shown.isEmpty());
        double total = codeHeight + (shown.isEmpty() ? 0 : holder.getLayoutBounds().getHeight());
        double top = Math.max(pad / 2, (h - total) / 2);
        code.relocate((w - code.getLayoutBounds().getWidth()) / 2, top);
        holder.relocate(pad, top + codeHeight);
    }

    /**
     * The holder's name as it fits {@code width} × {@code height} pixels when wrapped: whole, or cut
     * with "…" (the full name is in the status line, the booking and the screen reader's text), or ""
     * when not even one line fits.
     */
    private String fitted(String text, double width, double height) {
        if (text.isEmpty() || width < 8) {
            return "";
        }
        MEASURE.setFont(holder.getFont());
        MEASURE.setWrappingWidth(width);
        if (heightOf(text) <= height) {
            return text;
        }
        if (heightOf("…") > height) {
            return "";
        }
        int low = 0;
        int high = text.codePointCount(0, text.length());
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (heightOf(cut(text, mid)) <= height) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return cut(text, low);
    }

    private static String cut(String text, int codePoints) {
        return text.substring(0, text.offsetByCodePoints(0, codePoints)).strip() + "…";
    }

    private static double heightOf(String text) {
        MEASURE.setText(text);
        return MEASURE.getLayoutBounds().getHeight();
    }
}
