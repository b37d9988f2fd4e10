package org.conferencedesk.shared.record;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One canonical text for a flat map of text values, and its SHA-256 hash: what is frozen and
 * hashed when a result must be shown later to be unchanged (an award category's sign-off, the
 * figures frozen for the press).
 *
 * <p><b>The text</b> is the map as one JSON object in the form of RFC 8785 (JSON Canonicalization
 * Scheme): keys sorted by their UTF-16 code units (the order of {@link String#compareTo}, so of a
 * {@link TreeMap}), no white space, strings escaped only where JSON requires ({@code \"},
 * {@code \\}, {@code \b \f \n \r \t}, other control characters as {@code \}{@code u00xx} in lower
 * case), every other character as itself. Every value is a string, so no number formatting is
 * involved. <b>The hash</b> is SHA-256 (FIPS 180-4) of its UTF-8 bytes, as 64 lower-case hex digits;
 * H2 computes the same with {@code LOWER(RAWTOHEX(HASH('SHA-256', STRINGTOUTF8(text))))}.
 *
 * <p>Keys are often paths of segments joined by {@code /} ({@link #path}); a {@code /} or {@code \}
 * inside a segment is written {@code \/} or {@code \\}.
 *
 * <p>Thread-safe; no state.
 */
public final class CanonicalJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CanonicalJson() {
    }

    /** The canonical text of {@code entries} (key → value, neither null), in key order. */
    public static String write(SortedMap<String, String> entries) {
        if (entries.comparator() != null) {
            // Only the natural order of String is the order RFC 8785 sorts by.
            entries = new TreeMap<>(entries);
        }
        StringBuilder out = new StringBuilder(entries.size() * 48);
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, String> e : entries.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            string(out, e.getValue());
        }
        return out.append('}').toString();
    }

    /**
     * Reads a text written by {@link #write} (or any JSON object of strings) back into a sorted map.
     *
     * @throws IllegalArgumentException if it is not a JSON object whose values are all strings
     */
    public static SortedMap<String, String> read(String json) {
        try {
            Map<String, String> read = JSON.readValue(json, new TypeReference<Map<String, String>>() { });
            return new TreeMap<>(read);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Not a JSON object of strings: " + e.getOriginalMessage(), e);
        }
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, 64 lower-case hex digits. */
    public static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The path of these segments joined by {@code /}, a {@code /} or {@code \} inside a segment escaped with {@code \}. */
    public static String path(String... segments) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                out.append('/');
            }
            String s = segments[i];
            for (int j = 0; j < s.length(); j++) {
                char ch = s.charAt(j);
                if (ch == '/' || ch == '\\') {
                    out.append('\\');
                }
                out.append(ch);
            }
        }
        return out.toString();
    }

    /** The segments of a path written by {@link #path} ({@code "a/b\/c"} → {@code a}, {@code b/c}). */
    public static List<String> segments(String path) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < path.length(); i++) {
            char ch = path.charAt(i);
            if (ch == '\\' && i + 1 < path.length()) {
                part.append(path.charAt(++i));
            } else if (ch == '/') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(ch);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    /** Writes {@code s} as a JSON string, escaped as RFC 8785 §3.2.2.2 requires. */
    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        out.append(String.format("\\u%04x", (int) ch));
                    } else {
                        out.append(ch);
                    }
                }
            }
        }
        out.append('"');
    }
}
