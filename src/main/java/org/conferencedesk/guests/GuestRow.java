package org.conferencedesk.guests;

import com.ibm.icu.text.CollationKey;

/**
 * One guest as the guests screen and the check-in desk hold it: the stored {@link Guest} with its
 * {@link GuestSearch.SearchKey} computed once (when the guest is loaded or changes), so that a
 * keystroke in a search field only tests precomputed keys. The name's collation key
 * ({@link GuestCollation#sortKey}) is computed the first time the table is sorted by name.
 * Immutable apart from that cache; pure (no JavaFX).
 */
public final class GuestRow {

    private final Guest guest;
    private final GuestSearch.SearchKey key;
    private volatile CollationKey nameSortKey;

    private GuestRow(Guest guest, GuestSearch.SearchKey key) {
        this.guest = guest;
        this.key = key;
    }

    /** The row of {@code guest}, its search key built now (about 1–3 µs; call off the UI thread for many). */
    public static GuestRow of(Guest guest) {
        return new GuestRow(guest, GuestSearch.SearchKey.of(guest.fullName(), guest.otherName(), guest.organisation()));
    }

    /**
     * The row of {@code guest}, sharing equal strings through {@code pool}: a registration list
     * repeats its organisations, titles, countries, hosts and VIP levels thousands of times, and the
     * search keys repeat with them (see docs/BENCHMARKS.md, "Guests screen", for the heap this
     * saves). The pool is meant for one load; it is not thread-safe.
     */
    public static GuestRow of(Guest guest, java.util.Map<String, String> pool) {
        Guest g = new Guest(guest.id(), guest.eventId(), guest.fullName(), guest.otherName(), shared(guest.title(), pool),
                shared(guest.organisation(), pool), shared(guest.country(), pool), guest.category(),
                shared(guest.vipLevel(), pool), guest.attendance(), guest.invitationStatus(), guest.checkedInAt(),
                guest.email(), guest.phone(), shared(guest.host(), pool), guest.notes(), guest.version());
        GuestSearch.SearchKey k = GuestSearch.SearchKey.of(g.fullName(), g.otherName(), g.organisation());
        return new GuestRow(g, new GuestSearch.SearchKey(shared(k.nameKey(), pool), shared(k.pinyinFull(), pool),
                shared(k.pinyinInitials(), pool), shared(k.organisationKey(), pool)));
    }

    private static String shared(String s, java.util.Map<String, String> pool) {
        if (s == null) {
            return null;
        }
        String known = pool.putIfAbsent(s, s);
        return known == null ? s : known;
    }

    /** The guest as stored. */
    public Guest guest() {
        return guest;
    }

    /** The guest's database id (never null for a row on screen). */
    public long id() {
        return guest.id();
    }

    /** What the guest can be found by. */
    public GuestSearch.SearchKey searchKey() {
        return key;
    }

    /** The collation key of the full name (pinyin order), computed on first use. */
    public CollationKey nameSortKey() {
        CollationKey k = nameSortKey;
        if (k == null) {
            k = GuestCollation.sortKey(guest.fullName());
            nameSortKey = k;
        }
        return k;
    }

    /** Orders rows by full name in pinyin order ({@link GuestCollation}), blank names last. */
    public static int compareNames(GuestRow a, GuestRow b) {
        return a.nameSortKey().compareTo(b.nameSortKey());
    }

    @Override
    public String toString() {
        return guest.fullName();
    }
}
