package org.conferencedesk.exhibitors;

/**
 * How a booth's state is drawn, on screen and on paper: a fill colour, an ink colour for its outline
 * and pattern, and a pattern, so that the three states differ in colour <em>and</em> texture. The
 * colours are light tints of the Okabe–Ito palette (orange and sky blue, told apart by every common
 * kind of colour blindness: they differ along the blue–yellow axis and in lightness); black text on
 * each has a contrast of at least 10:1. Printed in black and white, the states still differ: white,
 * striped, solid grey.
 *
 * <p>Colours are 0xRRGGBB; no JavaFX or AWT here, so the window and the PDF share one palette.
 */
public enum PlanPalette {

    /** Free: white, no pattern. */
    FREE(0xFFFFFF, 0x6E6E6E, Pattern.NONE),
    /** Booked, not every holder has paid: light orange with diagonal stripes. */
    BOOKED(0xF8D58E, 0xD9A030, Pattern.STRIPES),
    /** Booked and paid: sky blue, solid. */
    PAID(0x9ACFEE, 0x2A7AB0, Pattern.SOLID);

    /** The texture over the fill. */
    public enum Pattern {
        /** The fill alone. */
        NONE,
        /** Diagonal stripes (bottom left to top right) in the ink colour. */
        STRIPES,
        /** The fill alone, drawn as a solid tone (the name says what the legend shows). */
        SOLID
    }

    /** The text colour on every fill (black). */
    public static final int TEXT = 0x000000;
    /** The hall's floor. */
    public static final int FLOOR = 0xF3F4F6;
    /** The hall's walls. */
    public static final int WALL = 0x4B5563;
    /** The outline of the booth that has the keyboard focus (on screen only). */
    public static final int FOCUS = 0x111111;

    private final int fill;
    private final int ink;
    private final Pattern pattern;

    PlanPalette(int fill, int ink, Pattern pattern) {
        this.fill = fill;
        this.ink = ink;
        this.pattern = pattern;
    }

    /** The look of a booth in {@code state}. */
    public static PlanPalette of(HallPlan.State state) {
        return switch (state) {
            case FREE -> FREE;
            case BOOKED -> BOOKED;
            case PAID -> PAID;
        };
    }

    /** The fill, 0xRRGGBB. */
    public int fill() {
        return fill;
    }

    /** The outline and pattern colour, 0xRRGGBB. */
    public int ink() {
        return ink;
    }

    /** The pattern over the fill. */
    public Pattern pattern() {
        return pattern;
    }

    /** The state this look stands for. */
    public HallPlan.State state() {
        return HallPlan.State.valueOf(name());
    }
}
