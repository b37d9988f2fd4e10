package org.conferencedesk.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.conferencedesk.shared.record.CanonicalJson;

/**
 * An event's figures frozen for the press (sql/V32): what they were at one instant, as one canonical
 * text with its SHA-256 hash. Never edited (the database refuses it too); freezing is audited.
 *
 * <p><b>The canonical text</b> ({@link CanonicalJson}: one JSON object, keys sorted by UTF-16 code
 * units, every value a string) holds:
 * <pre>
 *   format              "1" (this layout)
 *   event               the event's name when frozen
 *   takenAt             the instant, ISO-8601 in UTC ("2020-11-28T03:00:00Z")
 *   takenBy             who froze it (as the audit trail names people)
 *   note                why, if given
 *   figure/KEY          each figure's value: "30", "53630000000.00", "1234.50" (KEY a {@link FigureKey}'s text)
 * </pre>
 * <b>The hash</b> is SHA-256 of its UTF-8 bytes, 64 lower-case hex digits; the database checks it
 * against the content on every row, and {@link #verify()} checks it again.
 *
 * @param id database id, or null before it is stored
 * @param eventId the event
 * @param takenAt when the figures were read (an instant; shown in the event's time zone)
 * @param takenBy who froze them
 * @param note why, or null
 * @param content the canonical text
 * @param hash its SHA-256
 */
public record FigureSnapshot(Long id, long eventId, Instant takenAt, String takenBy, String note, String content, String hash) {

    /** The layout version written under {@code format}. */
    public static final String FORMAT = "1";
    /** Longest note kept (column {@code figure_snapshot.note}). */
    public static final int NOTE_LENGTH = 500;

    private static final String FIGURE = "figure";

    /** Checks the required parts (NullPointerException otherwise). */
    public FigureSnapshot {
        Objects.requireNonNull(takenAt, "takenAt");
        Objects.requireNonNull(takenBy, "takenBy");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(hash, "hash");
    }

    /**
     * A new snapshot of {@code figures} (not yet stored): its canonical text and hash.
     *
     * @param eventName the event's name
     */
    public static FigureSnapshot of(EventFigures figures, String eventName, Instant takenAt, String takenBy, String note) {
        TreeMap<String, String> entries = new TreeMap<>();
        entries.put("format", FORMAT);
        entries.put("event", eventName);
        entries.put("takenAt", takenAt.toString());
        entries.put("takenBy", takenBy);
        if (note != null && !note.isBlank()) {
            entries.put("note", note.strip());
        }
        for (Figure f : figures.figures()) {
            entries.put(CanonicalJson.path(FIGURE, f.key().toString()), f.text());
        }
        String content = CanonicalJson.write(entries);
        return new FigureSnapshot(null, figures.eventId(), takenAt, takenBy,
                note == null || note.isBlank() ? null : note.strip(), content, CanonicalJson.sha256(content));
    }

    /** True if the hash is the SHA-256 of the content (the text was not altered). */
    public boolean verify() {
        return CanonicalJson.sha256(content).equals(hash);
    }

    /** Every entry of the canonical text, by key. */
    public SortedMap<String, String> entries() {
        return Collections.unmodifiableSortedMap(CanonicalJson.read(content));
    }

    /**
     * The figures frozen, by key text ({@code "guests.total"} → {@code "326"}), in key order. A key this
     * version cannot read (a figure renamed since) is kept as written.
     */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : CanonicalJson.read(content).entrySet()) {
            var segments = CanonicalJson.segments(e.getKey());
            if (segments.size() == 2 && segments.get(0).equals(FIGURE)) {
                values.put(segments.get(1), e.getValue());
            }
        }
        return Collections.unmodifiableMap(values);
    }

    /** The frozen value of a figure, if the snapshot has it. */
    public Optional<BigDecimal> value(FigureKey key) {
        return Optional.ofNullable(values().get(key.toString())).map(BigDecimal::new);
    }

    /** A copy with its id (after insert). */
    public FigureSnapshot withId(long newId) {
        return new FigureSnapshot(newId, eventId, takenAt, takenBy, note, content, hash);
    }
}
