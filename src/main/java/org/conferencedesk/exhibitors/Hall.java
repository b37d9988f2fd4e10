package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A hall of the event's venue, e.g. code "5", name "5号馆" or "Hall 5". Its size is in metres: width
 * along x and depth along y of its plan ({@link BoothPlace}); unknown (null) until given.
 *
 * @param id database id, or null for a hall not yet saved
 * @param eventId the event
 * @param code the hall's code as written, 1–20 characters, unique in the event (compared by {@link #codeKey})
 * @param name its name as written, optional (up to 100 characters)
 * @param widthM width in metres (&gt; 0, two decimals at most), or null
 * @param depthM depth in metres (&gt; 0, two decimals at most), or null
 */
public record Hall(Long id, long eventId, String code, String name, BigDecimal widthM, BigDecimal depthM) {

    /** Longest hall code kept (column {@code hall.code}). */
    public static final int CODE_LENGTH = 20;
    /** Longest hall name kept (column {@code hall.name}). */
    public static final int NAME_LENGTH = 100;

    /**
     * Orders halls by code as people count them: runs of digits by their value ("2" before "10"),
     * the rest by {@link #codeKey}; equal codes by id.
     */
    public static final java.util.Comparator<Hall> BY_CODE = (a, b) -> {
        int c = compareCodes(a.code(), b.code());
        return c != 0 ? c : java.util.Comparator.<Long>nullsLast(Long::compare).compare(a.id(), b.id());
    };

    /** Checks that the code is present (NullPointerException otherwise). */
    public Hall {
        Objects.requireNonNull(code, "code");
    }

    /** A new hall of the event with a code and a name, size unknown. */
    public static Hall of(long eventId, String code, String name) {
        return new Hall(null, eventId, code, name, null, null);
    }

    /** A copy with the given id (after insert). */
    public Hall withId(Long newId) {
        return new Hall(newId, eventId, code, name, widthM, depthM);
    }

    /** A copy with the given size in metres (null for unknown). */
    public Hall withSize(BigDecimal width, BigDecimal depth) {
        return new Hall(id, eventId, code, name, width, depth);
    }

    /** True if both the width and the depth are known. */
    public boolean hasSize() {
        return widthM != null && depthM != null;
    }

    /**
     * The key under which two hall or booth codes are the same: NFKC (full-width letters and digits
     * become ASCII), upper case, surrounding blanks dropped. "ａ-１０１", "a-101" and "A-101 " give
     * "A-101"; "0012" stays "0012" (a code is text, never a number).
     */
    public static String codeKey(String code) {
        return java.text.Normalizer.normalize(code, java.text.Normalizer.Form.NFKC).strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** Compares two codes with runs of digits by value: "2" &lt; "10" &lt; "10A" &lt; "B1". Negative, zero or positive. */
    public static int compareCodes(String a, String b) {
        String x = codeKey(a);
        String y = codeKey(b);
        int i = 0;
        int j = 0;
        while (i < x.length() && j < y.length()) {
            char cx = x.charAt(i);
            char cy = y.charAt(j);
            if (isDigit(cx) && isDigit(cy)) {
                int ei = i;
                int ej = j;
                while (ei < x.length() && isDigit(x.charAt(ei))) {
                    ei++;
                }
                while (ej < y.length() && isDigit(y.charAt(ej))) {
                    ej++;
                }
                int c = new java.math.BigInteger(x.substring(i, ei)).compareTo(new java.math.BigInteger(y.substring(j, ej)));
                if (c != 0) {
                    return c;
                }
                i = ei;
                j = ej;
            } else {
                if (cx != cy) {
                    return Character.compare(cx, cy);
                }
                i++;
                j++;
            }
        }
        int rest = Integer.compare(x.length() - i, y.length() - j);
        return rest != 0 ? rest : x.compareTo(y);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
