package org.conferencedesk.exhibitors;

import org.conferencedesk.shared.record.RecordField;

/**
 * The fields of a booth and of its hall, as a list of booths names them (one row per booth, with
 * its hall): JSON and {@code --map HEADER=field} names, lengths (sql/V10), labels
 * ({@code field.<jsonName>} in the {@code exhibitors} bundle). Codes are text: "0012" keeps its zeros.
 */
public enum BoothField implements RecordField {
    HALL("hall", Hall.CODE_LENGTH),
    HALL_NAME("hallName", Hall.NAME_LENGTH),
    HALL_WIDTH("hallWidthM", 0),
    HALL_DEPTH("hallDepthM", 0),
    BOOTH("booth", Booth.CODE_LENGTH),
    KIND("kind", 0),
    AREA("areaM2", 0),
    X("xM", 0),
    Y("yM", 0),
    WIDTH("widthM", 0),
    DEPTH("depthM", 0),
    /** The booth's place as a whole (outside its hall). */
    PLACE("place", 0),
    CORNER("corner", 0);

    private final String jsonName;
    private final int maxLength;

    BoothField(String jsonName, int maxLength) {
        this.jsonName = jsonName;
        this.maxLength = maxLength;
    }

    @Override
    public String jsonName() {
        return jsonName;
    }

    @Override
    public int maxLength() {
        return maxLength;
    }

    /** True for the hall's and the booth's codes and the hall's name: kept as written. */
    @Override
    public boolean isText() {
        return maxLength > 0;
    }

    @Override
    public String labelArea() {
        return ExhibitorField.LABEL_AREA;
    }
}
