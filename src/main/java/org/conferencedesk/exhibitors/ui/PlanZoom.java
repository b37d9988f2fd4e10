package org.conferencedesk.exhibitors.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * How large the hall plan is drawn: pixels per metre of floor. Ctrl+plus and Ctrl+wheel zoom in by
 * {@link #STEP}, Ctrl+minus out, Ctrl+0 fits the hall to the window (and keeps fitting it while the
 * window is resized, until the user zooms). UI thread; no {@code javafx.scene}.
 */
public final class PlanZoom {

    /** One zoom step: ×1.25. */
    public static final double STEP = 1.25;
    /** Smallest scale: 1 px per metre (a 500 m hall in 500 px). */
    public static final double MIN = 1;
    /** Largest scale: 200 px per metre (a 3 m booth 600 px wide). */
    public static final double MAX = 200;
    /** Blank space around the hall's walls, in pixels. */
    public static final double MARGIN = 16;

    private final ReadOnlyDoubleWrapper pixelsPerMetre = new ReadOnlyDoubleWrapper(this, "pixelsPerMetre", 8);
    private final ReadOnlyBooleanWrapper fitting = new ReadOnlyBooleanWrapper(this, "fitting", true);

    /** Pixels per metre of floor. */
    public ReadOnlyDoubleProperty pixelsPerMetreProperty() {
        return pixelsPerMetre.getReadOnlyProperty();
    }

    /** Pixels per metre now. */
    public double pixelsPerMetre() {
        return pixelsPerMetre.get();
    }

    /** True while the plan is fitted to the window (until the user zooms in or out). */
    public ReadOnlyBooleanProperty fittingProperty() {
        return fitting.getReadOnlyProperty();
    }

    /** Zooms in one step (up to {@link #MAX}). */
    public void zoomIn() {
        zoomBy(STEP);
    }

    /** Zooms out one step (down to {@link #MIN}). */
    public void zoomOut() {
        zoomBy(1 / STEP);
    }

    /** Multiplies the scale by {@code factor}, within {@link #MIN} and {@link #MAX}; the plan is no longer fitted. */
    public void zoomBy(double factor) {
        fitting.set(false);
        pixelsPerMetre.set(clamp(pixelsPerMetre.get() * factor));
    }

    /**
     * Fits a floor of {@code widthM} × {@code depthM} metres into a view of {@code viewWidth} ×
     * {@code viewHeight} pixels (less the margins), and keeps fitting until the user zooms.
     */
    public void fit(double viewWidth, double viewHeight, double widthM, double depthM) {
        fitting.set(true);
        refit(viewWidth, viewHeight, widthM, depthM);
    }

    /** Fits again (the view or the hall changed size) if the plan is being fitted; otherwise nothing. */
    public void refit(double viewWidth, double viewHeight, double widthM, double depthM) {
        if (!fitting.get() || widthM <= 0 || depthM <= 0 || viewWidth <= 2 * MARGIN || viewHeight <= 2 * MARGIN) {
            return;
        }
        double scale = Math.min((viewWidth - 2 * MARGIN) / widthM, (viewHeight - 2 * MARGIN) / depthM);
        pixelsPerMetre.set(clamp(scale));
    }

    private static double clamp(double scale) {
        return Math.max(MIN, Math.min(MAX, scale));
    }
}
