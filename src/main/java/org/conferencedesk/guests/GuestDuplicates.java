package org.conferencedesk.guests;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds likely duplicate guests for review. STUB (being replaced by the duplicates work): it
 * matches only the same e-mail (case-insensitive) and the same name after removing spaces.
 * The signatures are the contract; the rules will follow the guests issue (spacing, case,
 * full/half width, middle dots, accents, zero-width characters, same e-mail or phone).
 * It never merges: callers show the groups and the user decides.
 */
public final class GuestDuplicates {

    private GuestDuplicates() {
    }

    /** Why guests look like the same person. */
    public enum Reason {
        /** The names are the same once spacing, case, width, middle dots, accents and zero-width characters are ignored. */
        SAME_NAME,
        /** The same e-mail address (case ignored). */
        SAME_EMAIL,
        /** The same phone number (digits only, +86 ignored). */
        SAME_PHONE
    }

    /**
     * Guests that look like the same person.
     *
     * @param guests two or more guests, in list order
     * @param reasons why (at least one)
     */
    public record Group(List<Guest> guests, Set<Reason> reasons) {

        /**
         * True if only the name matches (no shared e-mail or phone): two different people may share
         * a common name, so such a group is for review only and is never merged unasked.
         */
        public boolean nameOnly() {
            return reasons.equals(EnumSet.of(Reason.SAME_NAME));
        }
    }

    /**
     * An incoming guest (e.g. a row of an import) that looks like one or more existing guests.
     *
     * @param incomingIndex index in the incoming list
     * @param existing the existing guests it matches (one or more)
     * @param reasons why
     */
    public record Match(int incomingIndex, List<Guest> existing, Set<Reason> reasons) {

        /** True if only the name matches: suggest "add" or "review", never merge by default. */
        public boolean nameOnly() {
            return reasons.equals(EnumSet.of(Reason.SAME_NAME));
        }
    }

    /** The groups of likely duplicates among {@code guests} (each guest in at most one group), in list order. */
    public static List<Group> find(List<Guest> guests) {
        Map<String, List<Guest>> byKey = new LinkedHashMap<>();
        for (Guest g : guests) {
            byKey.computeIfAbsent(nameKey(g.fullName()), k -> new ArrayList<>()).add(g);
        }
        List<Group> groups = new ArrayList<>();
        for (List<Guest> same : byKey.values()) {
            if (same.size() > 1) {
                groups.add(new Group(List.copyOf(same), EnumSet.of(Reason.SAME_NAME)));
            }
        }
        return groups;
    }

    /** For each incoming guest that looks like existing ones, the match (incoming order). */
    public static List<Match> matchIncoming(List<Guest> existing, List<Guest> incoming) {
        Map<String, List<Guest>> byKey = new LinkedHashMap<>();
        for (Guest g : existing) {
            byKey.computeIfAbsent(nameKey(g.fullName()), k -> new ArrayList<>()).add(g);
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            List<Guest> same = byKey.get(nameKey(incoming.get(i).fullName()));
            if (same != null) {
                matches.add(new Match(i, List.copyOf(same), EnumSet.of(Reason.SAME_NAME)));
            }
        }
        return matches;
    }

    private static String nameKey(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
