package org.conferencedesk.exhibitors.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.PlanPalette;

/**
 * The JavaFX paints of {@link PlanPalette}, shared by the booths and the legend: the fill of each
 * state, with the booked state's diagonal stripes as an 8 × 8 pixel tile. JavaFX thread.
 */
final class BoothPaints {

    /** Pixels between two stripes. */
    private static final int TILE = 8;
    private static final Map<HallPlan.State, Paint> FILLS = new EnumMap<>(HallPlan.State.class);

    private BoothPaints() {
    }

    /** The fill of a booth in {@code state} (colour, and pattern where the palette has one). */
    static Paint fill(HallPlan.State state) {
        return FILLS.computeIfAbsent(state, s -> paint(PlanPalette.of(s)));
    }

    /** A 0xRRGGBB colour. */
    static Color colour(int rgb) {
        return Color.rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
    }

    private static Paint paint(PlanPalette look) {
        Color fill = colour(look.fill());
        if (look.pattern() != PlanPalette.Pattern.STRIPES) {
            return fill;
        }
        Color ink = colour(look.ink());
        WritableImage tile = new WritableImage(TILE, TILE);
        PixelWriter pixels = tile.getPixelWriter();
        for (int x = 0; x < TILE; x++) {
            for (int y = 0; y < TILE; y++) {
                // x + y constant is a line rising to the right on screen: "/" stripes, 2 px wide.
                pixels.setColor(x, y, (x + y) % TILE < 2 ? ink : fill);
            }
        }
        return new ImagePattern(tile, 0, 0, TILE, TILE, false);
    }
}
