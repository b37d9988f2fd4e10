package org.conferencedesk.awards;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.conferencedesk.shared.record.CanonicalJson;
import org.conferencedesk.storage.FieldChange;

/**
 * A category's content as one canonical text, its SHA-256 hash, and a field-by-field comparison of two
 * versions: what a sign-off freezes, and what the screen compares after a reopening.
 *
 * <p><b>The content</b> is a flat map from a path to a text value, naming records by what the committee
 * sees (names, ranks), never by database id, so the same result typed into another database gives the
 * same text and hash. Paths (segments joined by {@code /}; a {@code /} or {@code \} inside a name is
 * written {@code \/} or {@code \\}):
 * <pre>
 *   format                                   "1" (this layout)
 *   category/nameZh, nameEn, kind, tieRule, drawSeed, scoreMin, scoreMax
 *   prize/RANK/nameZh, nameEn, places
 *   criterion/NAME_ZH/nameEn, weight, order
 *   member/NAME                              the member's name
 *   nominee/NAME/kind, affiliation, guestId, exhibitorId
 *   recusal/MEMBER/NOMINEE                   the reason
 *   score/MEMBER/NOMINEE/CRITERION_ZH        the score
 *   winner/NOMINEE                           the prize's rank
 * </pre>
 * Empty values are left out. Numbers are plain decimal text at their column's scale (scores and the
 * range "87.50", weights "0.300"); enums by name. A linked nominee is named as its guest or exhibitor
 * reads now (an unreadable link as {@code guest#ID} / {@code exhibitor#ID}). The running order is
 * not part of the result (the ceremony may be reordered after a sign-off), nor are the sign-offs
 * themselves, nor times of entry, nor which of a prize's places a winner took.
 *
 * <p><b>The canonical text</b> is that map as one JSON object in the form of RFC 8785
 * ({@link CanonicalJson}: keys sorted by UTF-16 code units, minimal escaping, every value a string);
 * <b>the hash</b> is SHA-256 of its UTF-8 bytes, 64 lower-case hex digits; the database checks the
 * same on every stored sign-off.
 */
public final class ResultContent {

    /** The layout version written under {@code format}. */
    public static final String FORMAT = "1";

    private final SortedMap<String, String> entries;

    private ResultContent(SortedMap<String, String> entries) {
        this.entries = Collections.unmodifiableSortedMap(entries);
    }

    /** The content of {@code content}'s category as it stands. */
    public static ResultContent of(AwardCategoryContent content) {
        TreeMap<String, String> map = new TreeMap<>();
        map.put("format", FORMAT);
        AwardCategory c = content.category();
        put(map, c.nameZh().strip(), "category", "nameZh");
        put(map, c.nameEn().strip(), "category", "nameEn");
        put(map, c.kind().name(), "category", "kind");
        put(map, c.tieRule().name(), "category", "tieRule");
        put(map, c.drawSeed() == null ? null : c.drawSeed().toString(), "category", "drawSeed");
        put(map, decimal(c.scoreMin(), 2), "category", "scoreMin");
        put(map, decimal(c.scoreMax(), 2), "category", "scoreMax");
        for (Prize p : content.prizes()) {
            String rank = Integer.toString(p.rank());
            put(map, p.nameZh().strip(), "prize", rank, "nameZh");
            put(map, p.nameEn().strip(), "prize", rank, "nameEn");
            put(map, Integer.toString(p.places()), "prize", rank, "places");
        }
        Map<Long, String> criteria = new HashMap<>();
        for (Criterion cr : content.criteria()) {
            String name = cr.nameZh().strip();
            criteria.put(cr.id(), name);
            put(map, cr.nameEn().strip(), "criterion", name, "nameEn");
            put(map, decimal(cr.weight(), 3), "criterion", name, "weight");
            put(map, Integer.toString(cr.order()), "criterion", name, "order");
        }
        Map<Long, String> members = new HashMap<>();
        for (CommitteeMember m : content.members()) {
            String name = m.name().strip();
            members.put(m.id(), name);
            put(map, name, "member", name);
        }
        Map<Long, String> nominees = new HashMap<>();
        for (Nominee n : content.nominees()) {
            String name = nomineeKey(n);
            nominees.put(n.id(), name);
            put(map, n.kind().name(), "nominee", name, "kind");
            put(map, blankToNull(n.affiliation()), "nominee", name, "affiliation");
            put(map, n.guestId() == null ? null : n.guestId().toString(), "nominee", name, "guestId");
            put(map, n.exhibitorId() == null ? null : n.exhibitorId().toString(), "nominee", name, "exhibitorId");
        }
        for (Recusal r : content.recusals()) {
            put(map, r.reason().strip(), "recusal", members.get(r.memberId()), nominees.get(r.nomineeId()));
        }
        for (Score s : content.scores()) {
            put(map, decimal(s.score(), 2), "score", members.get(s.memberId()), nominees.get(s.nomineeId()),
                    criteria.get(s.criterionId()));
        }
        Map<Long, Integer> ranks = new HashMap<>();
        content.prizes().forEach(p -> ranks.put(p.id(), p.rank()));
        for (Winner w : content.winners()) {
            put(map, Integer.toString(ranks.get(w.prizeId())), "winner", nominees.get(w.nomineeId()));
        }
        return new ResultContent(map);
    }

    /**
     * Reads a canonical text back ({@link #canonicalJson()} of a sign-off).
     *
     * @throws IllegalArgumentException if it is not a JSON object of strings
     */
    public static ResultContent parse(String canonicalJson) {
        try {
            return new ResultContent(CanonicalJson.read(canonicalJson));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Not the content of a sign-off: " + e.getMessage(), e);
        }
    }

    /** Path → value, sorted by path (UTF-16 code units). */
    public SortedMap<String, String> entries() {
        return entries;
    }

    /** The canonical JSON text (RFC 8785 form, see the class comment). */
    public String canonicalJson() {
        return CanonicalJson.write(entries);
    }

    /** The SHA-256 of the canonical text's UTF-8 bytes, 64 lower-case hex digits. */
    public String sha256() {
        return sha256(canonicalJson());
    }

    /** The SHA-256 of {@code text}'s UTF-8 bytes, 64 lower-case hex digits. */
    public static String sha256(String text) {
        return CanonicalJson.sha256(text);
    }

    /**
     * What changed from {@code earlier} to this content, one entry per path whose value differs (added:
     * before null; removed: after null), in path order of {@code earlier}, then new paths.
     */
    public List<FieldChange> changesSince(ResultContent earlier) {
        return FieldChange.between(earlier.entries, entries);
    }

    /** The segments of a path ({@code "score/张委员/AI\/机器人论坛/创新性"} → 4 segments, the escape undone). */
    public static List<String> segments(String path) {
        return CanonicalJson.segments(path);
    }

    /** The path of these segments, escaped. */
    public static String path(String... segments) {
        return CanonicalJson.path(segments);
    }

    /** How a nominee is named in paths: its name, or {@code guest#ID} / {@code exhibitor#ID} if its link cannot be read. */
    static String nomineeKey(Nominee n) {
        if (n.name() != null && !n.name().isBlank()) {
            return n.name().strip();
        }
        return n.guestId() != null ? "guest#" + n.guestId() : n.exhibitorId() != null ? "exhibitor#" + n.exhibitorId() : "#" + n.id();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResultContent o && entries.equals(o.entries);
    }

    @Override
    public int hashCode() {
        return entries.hashCode();
    }

    @Override
    public String toString() {
        return canonicalJson();
    }

    private static void put(Map<String, String> map, String value, String... segments) {
        if (value != null) {
            map.put(path(segments), value);
        }
    }

    private static String decimal(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
