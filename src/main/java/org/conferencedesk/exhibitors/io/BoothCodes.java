package org.conferencedesk.exhibitors.io;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The booth codes of one cell, as exhibitor lists write several booths: {@code A101/A102},
 * {@code A101, A102}, {@code A101，A102}, {@code A101、A102}, {@code A101; A102}, or one per line.
 * Each code is kept as written ("0012" keeps its zeros); empty parts are dropped.
 */
final class BoothCodes {

    private static final Pattern SEPARATOR = Pattern.compile("\\s*[/,，、;；\\n\\r]+\\s*");

    private BoothCodes() {
    }

    /** The codes in {@code cell}, in the order written; empty for null or blank. */
    static List<String> split(String cell) {
        List<String> codes = new ArrayList<>();
        if (cell == null) {
            return codes;
        }
        for (String part : SEPARATOR.split(cell.strip())) {
            if (!part.isBlank()) {
                codes.add(part.strip());
            }
        }
        return codes;
    }
}
