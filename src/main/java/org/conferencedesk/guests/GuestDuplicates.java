package org.conferencedesk.guests;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.importexport.SeenKeys;

/**
 * Finds likely duplicate guests for review. Two guests look like the same person when their names
 * have the same {@link PersonNames#comparisonKey} (spacing, case, full- and half-width letters and
 * digits, middle dots · ・ • ‧ ･ ． or none, decomposed accents and zero-width characters ignored), or
 * they share an e-mail address ({@link PersonNames#emailKey}, case ignored) or a phone number
 * ({@link PersonNames#phoneKey}, digits only, +86 ignored). Traditional and simplified
 * characters are not unified (張三 is not 张三), nor are names that only sound alike (张三, 张山).
 * The rules are those of issue 4 ("Duplicates").
 *
 * <p>It never merges: callers show the groups and the user decides. A group linked by the name
 * alone ({@link Group#nameOnly()}) may be two different people who share a common name; it is for
 * review only. Both methods are linear in the number of guests (one hash map per key).
 * Pure and thread-safe.
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
        SAME_PHONE;

        private int bit() {
            return 1 << ordinal();
        }
    }

    private static final Reason[] REASON_VALUES = Reason.values();

    /**
     * Guests that look like the same person: a connected group (A and B share an e-mail, B and C a
     * name: A, B and C form one group with both reasons).
     *
     * @param guests two or more guests, in list order
     * @param reasons why (at least one): every reason that links two guests of the group
     * @param reasonsByGuest for each guest (same index as {@code guests}), the reasons that link it
     *        directly to another guest of the group: a guest with only {@link Reason#SAME_NAME} here
     *        shares nothing but the name with the others
     * @param setAside the pairs of its guests the committee said are different people (lower id
     *        first, sorted): they are not linked directly, the group holds them together through
     *        other guests (a third 张伟 who may be either of them); empty for most groups
     */
    public record Group(List<Guest> guests, Set<Reason> reasons, List<Set<Reason>> reasonsByGuest, List<GuestPair> setAside) {

        /** Copies the lists; {@code reasonsByGuest} must have one set per guest. */
        public Group {
            guests = List.copyOf(guests);
            reasons = canonical(reasons);
            reasonsByGuest = reasonsByGuest.stream().map(GuestDuplicates::canonical).toList();
            setAside = setAside.stream().sorted().toList();
            if (reasonsByGuest.size() != guests.size()) {
                throw new IllegalArgumentException("one set of reasons per guest");
            }
        }

        /** A group with no pair marked as different people. */
        public Group(List<Guest> guests, Set<Reason> reasons, List<Set<Reason>> reasonsByGuest) {
            this(guests, reasons, reasonsByGuest, List.of());
        }

        /** A group where every guest is linked by all of {@code reasons}. */
        public Group(List<Guest> guests, Set<Reason> reasons) {
            this(guests, reasons, Collections.nCopies(guests.size(), reasons));
        }

        /** True if the committee said these two guests of the group are different people. */
        public boolean setAside(long guestId, long otherId) {
            return guestId != otherId && setAside.contains(GuestPair.of(guestId, otherId));
        }

        /**
         * True if only the name matches (no shared e-mail or phone): two different people may share
         * a common name, so such a group is for review only and is never merged unasked.
         */
        public boolean nameOnly() {
            return reasons.equals(EnumSet.of(Reason.SAME_NAME));
        }

        /** The reasons that link {@code guests().get(index)} to the others. */
        public Set<Reason> reasonsOf(int index) {
            return reasonsByGuest.get(index);
        }
    }

    /**
     * An incoming guest (e.g. a row of an import) that looks like one or more existing guests.
     *
     * @param incomingIndex index in the incoming list
     * @param existing the existing guests it matches (one or more): those sharing an e-mail or phone
     *        first, then those sharing only the name, each part in list order
     * @param reasons why: every reason that links it to one of them
     * @param reasonsByExisting for each existing guest (same index), the reasons it matches
     */
    public record Match(int incomingIndex, List<Guest> existing, Set<Reason> reasons, List<Set<Reason>> reasonsByExisting) {

        /** Copies the lists; {@code reasonsByExisting} must have one set per existing guest. */
        public Match {
            existing = List.copyOf(existing);
            reasons = canonical(reasons);
            reasonsByExisting = List.copyOf(reasonsByExisting);
            for (Set<Reason> r : reasonsByExisting) {
                if (r != canonical(r)) {
                    reasonsByExisting = reasonsByExisting.stream().map(GuestDuplicates::canonical).toList();
                    break;
                }
            }
            if (reasonsByExisting.size() != existing.size()) {
                throw new IllegalArgumentException("one set of reasons per existing guest");
            }
        }

        /** A match where every existing guest matches for all of {@code reasons}. */
        public Match(int incomingIndex, List<Guest> existing, Set<Reason> reasons) {
            this(incomingIndex, existing, reasons, Collections.nCopies(existing.size(), canonical(reasons)));
        }

        /** True if only the name matches: suggest "add" or "review", never merge by default. */
        public boolean nameOnly() {
            return reasons.equals(EnumSet.of(Reason.SAME_NAME));
        }

        /** The best existing guest to merge into: the first one (one sharing an e-mail or phone, if any). */
        public Guest best() {
            return existing.get(0);
        }
    }

    /**
     * Reasons as the user reads them, in the order of {@link Reason}: {@code "same name, same e-mail"} /
     * {@code "姓名相同、邮箱相同"} (bundle {@code duplicates}).
     */
    public static String describe(Set<Reason> reasons, Locale locale) {
        org.conferencedesk.shared.i18n.Messages messages = org.conferencedesk.shared.i18n.Messages.of("duplicates", locale);
        return reasons.stream().sorted().map(r -> messages.get("reason." + r.name()))
                .collect(java.util.stream.Collectors.joining(messages.get("reason.separator")));
    }

    /**
     * The three keys a guest is compared under, computed once: the importer checks the same rows
     * against the event's guests ({@link #matchIncoming(List, List, List)}) and against each other
     * ({@link #find(List, List)}), and folding 100,000 names, e-mails and phones twice cost a
     * quarter of the check.
     *
     * @param name {@link PersonNames#comparisonKey} of the full name ("" links nothing)
     * @param email {@link PersonNames#emailKey} ("" links nothing)
     * @param phone {@link PersonNames#phoneKey} ("" links nothing)
     */
    public record Keys(String name, String email, String phone) {

        /** The keys of {@code guest}. */
        public static Keys of(Guest guest) {
            return new Keys(nameKey(guest.fullName()), emailKey(guest.email()), phoneKey(guest.phone()));
        }

        /** The key compared for {@code reason}. */
        public String of(Reason reason) {
            return switch (reason) {
                case SAME_NAME -> name;
                case SAME_EMAIL -> email;
                case SAME_PHONE -> phone;
            };
        }
    }

    /** The keys of each guest, in list order (for {@link #find(List, List)} and {@link #matchIncoming(List, List, List)}). */
    public static List<Keys> keysOf(List<Guest> guests) {
        List<Keys> keys = new ArrayList<>(guests.size());
        for (Guest g : guests) {
            keys.add(Keys.of(g));
        }
        return keys;
    }

    /**
     * The groups of likely duplicates among {@code guests}: the connected groups of guests linked by
     * a same name, e-mail or phone; each guest in at most one group; groups ordered by their first
     * guest, guests in list order. Empty names, e-mails and phones link nothing.
     */
    public static List<Group> find(List<Guest> guests) {
        return find(guests, Set.of());
    }

    /**
     * {@link #find(List)} with each guest's keys already computed.
     *
     * @param keys {@code keysOf(guests)}, or the same keys computed otherwise (one per guest, same order)
     * @throws IllegalArgumentException if the lists differ in size
     */
    public static List<Group> find(List<Guest> guests, List<Keys> keys) {
        return find(guests, keys, Set.of());
    }

    /**
     * The groups of likely duplicates among {@code guests}, as {@link #find(List)}, leaving out every
     * link between two guests the committee said are different people ({@code distinct}, by id).
     * The groups are built after those links are dropped: two guests marked distinct and sharing
     * only a name form no group; a third guest of that name links to both and brings them back as
     * one group of three ({@link Group#setAside()} names the pair). Pairs naming a guest not in
     * {@code guests} (merged away, deleted, another event's) are ignored. Linear in the number of
     * guests plus, per name, e-mail or phone, the square of its guests that appear in a pair and
     * share it with no other guest (at most the pairs' guests).
     *
     * @param distinct pairs of guest ids marked as different people (may be empty)
     */
    public static List<Group> find(List<Guest> guests, Set<GuestPair> distinct) {
        return find(guests, keysOf(guests), distinct);
    }

    /**
     * {@link #find(List, Set)} with each guest's keys already computed.
     *
     * @param keys {@code keysOf(guests)} (one per guest, same order)
     * @throws IllegalArgumentException if {@code guests} and {@code keys} differ in size
     */
    public static List<Group> find(List<Guest> guests, List<Keys> keys, Set<GuestPair> distinct) {
        int n = guests.size();
        if (keys.size() != n) {
            throw new IllegalArgumentException("one Keys per guest");
        }
        int[] parent = new int[n];
        Arrays.setAll(parent, i -> i);
        int[] linkBits = new int[n];
        Set<Long> inPairs = idsIn(distinct);
        // Guests in no pair are linked to the first guest in no pair with the same key (a star: any
        // two of them may be linked). Guests in a pair are gathered per key and linked afterwards.
        List<FirstIndex> firstWithKey = List.of(new FirstIndex(n), new FirstIndex(n), new FirstIndex(n));
        List<Map<String, List<Integer>>> pairedWithKey = List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
        Map<Long, Integer> pairedIndex = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Guest g = guests.get(i);
            Keys k = keys.get(i);
            boolean paired = !inPairs.isEmpty() && g.id() != null && inPairs.contains(g.id());
            if (paired) {
                pairedIndex.put(g.id(), i);
            }
            for (Reason reason : REASON_VALUES) {
                String key = k.of(reason);
                if (key.isEmpty()) {
                    continue;
                }
                if (paired) {
                    pairedWithKey.get(reason.ordinal()).computeIfAbsent(key, x -> new ArrayList<>(2)).add(i);
                } else {
                    int first = firstWithKey.get(reason.ordinal()).putIfAbsent(key, i);
                    if (first >= 0) {
                        join(first, i, reason, parent, linkBits);
                    }
                }
            }
        }
        for (Reason reason : Reason.values()) {
            for (Map.Entry<String, List<Integer>> withKey : pairedWithKey.get(reason.ordinal()).entrySet()) {
                List<Integer> paired = withKey.getValue();
                int free = firstWithKey.get(reason.ordinal()).get(withKey.getKey());
                if (free >= 0) {
                    // A guest in no pair is distinct from nobody: it links every paired guest of this key.
                    for (int i : paired) {
                        join(free, i, reason, parent, linkBits);
                    }
                    continue;
                }
                for (int x = 0; x < paired.size(); x++) {
                    for (int y = x + 1; y < paired.size(); y++) {
                        int i = paired.get(x);
                        int j = paired.get(y);
                        if (!distinct.contains(GuestPair.of(guests.get(i).id(), guests.get(j).id()))) {
                            join(i, j, reason, parent, linkBits);
                        }
                    }
                }
            }
        }
        // Members of each group, in list order, gathered under the group's root.
        Map<Integer, List<Integer>> members = new HashMap<>();
        List<Integer> roots = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (linkBits[i] == 0) {
                continue;
            }
            int root = root(parent, i);
            List<Integer> list = members.get(root);
            if (list == null) {
                list = new ArrayList<>(2);
                members.put(root, list);
                roots.add(root);
            }
            list.add(i);
        }
        // The pairs set aside inside a group (both guests in it), under the group's root.
        Map<Integer, List<GuestPair>> setAside = new HashMap<>();
        for (GuestPair pair : distinct) {
            Integer i = pairedIndex.get(pair.low());
            Integer j = pairedIndex.get(pair.high());
            if (i != null && j != null && linkBits[i] != 0 && linkBits[j] != 0 && root(parent, i) == root(parent, j)) {
                setAside.computeIfAbsent(root(parent, i), r -> new ArrayList<>(1)).add(pair);
            }
        }
        List<Group> groups = new ArrayList<>(roots.size());
        for (int root : roots) {
            List<Integer> indexes = members.get(root);
            List<Guest> inGroup = new ArrayList<>(indexes.size());
            List<Set<Reason>> byGuest = new ArrayList<>(indexes.size());
            int all = 0;
            for (int i : indexes) {
                inGroup.add(guests.get(i));
                byGuest.add(reasons(linkBits[i]));
                all |= linkBits[i];
            }
            groups.add(new Group(inGroup, reasons(all), byGuest, setAside.getOrDefault(root, List.of())));
        }
        return groups;
    }

    /**
     * How many of the {@code distinct} pairs were set aside among {@code guests}, out of sight: both
     * guests are in the list and share a name, e-mail or phone (as {@link #find} compares them), so
     * without the committee's word they would have been linked, and they are not shown together in
     * one of {@code groups} (a pair a third guest holds in a group is named by
     * {@link Group#setAside()} instead). Pairs of guests merged away, deleted, or no longer alike (a
     * name corrected since) are not counted.
     *
     * @param groups what {@link #find(List, Set)} gave for the same guests and pairs
     */
    public static int setAside(List<Guest> guests, Set<GuestPair> distinct, List<Group> groups) {
        if (distinct.isEmpty()) {
            return 0;
        }
        Set<GuestPair> shown = new java.util.HashSet<>();
        groups.forEach(g -> shown.addAll(g.setAside()));
        Set<Long> inPairs = idsIn(distinct);
        Map<Long, Guest> byId = new HashMap<>();
        for (Guest g : guests) {
            if (g.id() != null && inPairs.contains(g.id())) {
                byId.put(g.id(), g);
            }
        }
        int count = 0;
        for (GuestPair pair : distinct) {
            Guest a = byId.get(pair.low());
            Guest b = byId.get(pair.high());
            if (a != null && b != null && !shown.contains(pair)) {
                for (Reason reason : Reason.values()) {
                    String key = key(a, reason);
                    if (!key.isEmpty() && key.equals(key(b, reason))) {
                        count++;
                        break;
                    }
                }
            }
        }
        return count;
    }

    private static Set<Long> idsIn(Set<GuestPair> pairs) {
        if (pairs.isEmpty()) {
            return Set.of();
        }
        Set<Long> ids = new java.util.HashSet<>();
        for (GuestPair pair : pairs) {
            ids.add(pair.low());
            ids.add(pair.high());
        }
        return ids;
    }

    private static String key(Guest g, Reason reason) {
        return switch (reason) {
            case SAME_NAME -> nameKey(g.fullName());
            case SAME_EMAIL -> emailKey(g.email());
            case SAME_PHONE -> phoneKey(g.phone());
        };
    }

    /**
     * For each incoming guest that looks like existing ones, the match (incoming order). Only direct
     * matches count (no chains through other existing guests); incoming guests are not compared
     * with each other (use {@link #find} for that).
     */
    public static List<Match> matchIncoming(List<Guest> existing, List<Guest> incoming) {
        return matchIncoming(existing, incoming, keysOf(incoming));
    }

    /**
     * {@link #matchIncoming(List, List)} with the incoming guests' keys already computed.
     *
     * @param incomingKeys {@code keysOf(incoming)} (one per incoming guest, same order)
     * @throws IllegalArgumentException if {@code incoming} and {@code incomingKeys} differ in size
     */
    public static List<Match> matchIncoming(List<Guest> existing, List<Guest> incoming, List<Keys> incomingKeys) {
        if (incomingKeys.size() != incoming.size()) {
            throw new IllegalArgumentException("one Keys per incoming guest");
        }
        Index index = index(existing);
        List<Match> matches = new ArrayList<>();
        for (int k = 0; k < incoming.size(); k++) {
            Match match = index.match(k, incomingKeys.get(k));
            if (match != null) {
                matches.add(match);
            }
        }
        return matches;
    }

    /**
     * The event's guests indexed by name, e-mail and phone, to match incoming guests one at a time as
     * {@link #matchIncoming} does (an import reading its file row by row).
     */
    public static Index index(List<Guest> existing) {
        return new Index(existing);
    }

    /** Existing guests by key; see {@link #index}. Not thread-safe. */
    public static final class Index {
        private final List<Guest> existing;
        private final Map<String, Bucket> byName;
        private final Map<String, Bucket> byEmail;
        private final Map<String, Bucket> byPhone;
        private final Map<Integer, Integer> hits = new HashMap<>();

        private Index(List<Guest> existing) {
            this.existing = existing;
            byName = new HashMap<>(capacity(existing.size()));
            byEmail = new HashMap<>(capacity(existing.size()));
            byPhone = new HashMap<>(capacity(existing.size()));
            for (int i = 0; i < existing.size(); i++) {
                Guest g = existing.get(i);
                GuestDuplicates.index(byName, nameKey(g.fullName()), i);
                GuestDuplicates.index(byEmail, emailKey(g.email()), i);
                GuestDuplicates.index(byPhone, phoneKey(g.phone()), i);
            }
        }

        /**
         * The existing guests an incoming guest looks like (strong matches, by e-mail or phone, first),
         * or null if none.
         *
         * @param incomingIndex the number the match carries ({@link Match#incomingIndex()})
         */
        public Match match(int incomingIndex, Keys keys) {
            Bucket name = keys.name().isEmpty() ? null : byName.get(keys.name());
            Bucket email = keys.email().isEmpty() ? null : byEmail.get(keys.email());
            Bucket phone = keys.phone().isEmpty() ? null : byPhone.get(keys.phone());
            int found = (name == null ? 0 : 1) + (email == null ? 0 : 1) + (phone == null ? 0 : 1);
            if (found == 0) {
                return null;
            }
            if (found == 1) {
                // The usual case (a common name, or one e-mail): the bucket's lists are shared, not copied.
                Bucket only = name != null ? name : email != null ? email : phone;
                Reason reason = name != null ? Reason.SAME_NAME : email != null ? Reason.SAME_EMAIL : Reason.SAME_PHONE;
                return only.match(incomingIndex, reason, existing);
            }
            hits.clear();
            mark(hits, name, Reason.SAME_NAME);
            mark(hits, email, Reason.SAME_EMAIL);
            mark(hits, phone, Reason.SAME_PHONE);
            List<Integer> order = new ArrayList<>(hits.keySet());
            // Strong matches (an e-mail or phone) first, then name-only ones; list order within each.
            order.sort((a, b) -> {
                boolean strongA = hits.get(a) != Reason.SAME_NAME.bit();
                boolean strongB = hits.get(b) != Reason.SAME_NAME.bit();
                return strongA != strongB ? (strongA ? -1 : 1) : Integer.compare(a, b);
            });
            List<Guest> matched = new ArrayList<>(order.size());
            List<Set<Reason>> byExisting = new ArrayList<>(order.size());
            int all = 0;
            for (int i : order) {
                matched.add(existing.get(i));
                byExisting.add(reasons(hits.get(i)));
                all |= hits.get(i);
            }
            return new Match(incomingIndex, matched, reasons(all), byExisting);
        }
    }

    /**
     * The rows of an import compared with the rows read before them, one at a time, as an import reads
     * its file: a row looks like an earlier row when they share a name, e-mail or phone key; rows linked
     * so far form a group whose first row is the one named. Keys are kept as 128-bit hashes
     * ({@link SeenKeys}), rows as two ints each, so a 1,000,000-row file needs no list of guests.
     * Not thread-safe.
     */
    public static final class InFile {
        private final SeenKeys[] seen = {new SeenKeys(1024), new SeenKeys(1024), new SeenKeys(1024)};
        private int[] parent = new int[1024];
        private int[] linkBits = new int[1024];
        private int count;

        /**
         * An earlier row a row looks like.
         *
         * @param ordinal the earlier row's number among the rows added (from 0): the first of its group
         * @param reasons the keys the row shares with earlier rows
         */
        public record Earlier(int ordinal, Set<Reason> reasons) {
        }

        /** Adds the next row; returns the earlier row it looks like, or null if it shares no key with one. */
        public Earlier add(Keys keys) {
            int i = count++;
            if (i == parent.length) {
                parent = Arrays.copyOf(parent, i * 2);
                linkBits = Arrays.copyOf(linkBits, i * 2);
            }
            parent[i] = i;
            int bits = 0;
            for (Reason reason : REASON_VALUES) {
                String key = keys.of(reason);
                if (key.isEmpty()) {
                    continue;
                }
                int first = seen[reason.ordinal()].firstLine(key, i + 1) - 1;
                if (first >= 0) {
                    join(first, i, reason, parent, linkBits);
                    bits |= reason.bit();
                }
            }
            return bits == 0 ? null : new Earlier(root(parent, i), reasons(bits));
        }
    }

    /** The existing guests under one key; the lists a match shows are built once, on the first match. */
    private static final class Bucket {
        private final List<Integer> indexes = new ArrayList<>(1);
        private List<Guest> guests;
        private List<Set<Reason>> reasons;

        Match match(int incomingIndex, Reason reason, List<Guest> existing) {
            if (guests == null) {
                guests = indexes.stream().map(existing::get).toList();
                reasons = List.copyOf(Collections.nCopies(indexes.size(), reasons(reason.bit())));
            }
            return new Match(incomingIndex, guests, reasons(reason.bit()), reasons);
        }
    }

    private static void mark(Map<Integer, Integer> hits, Bucket bucket, Reason reason) {
        if (bucket != null) {
            for (int i : bucket.indexes) {
                hits.merge(i, reason.bit(), (a, b) -> a | b);
            }
        }
    }

    private static String nameKey(String fullName) {
        return PersonNames.comparisonKey(fullName);
    }

    private static String emailKey(String email) {
        return PersonNames.emailKey(email);
    }

    private static String phoneKey(String phone) {
        return PersonNames.phoneKey(phone);
    }

    private static void join(int first, int i, Reason reason, int[] parent, int[] linkBits) {
        linkBits[first] |= reason.bit();
        linkBits[i] |= reason.bit();
        int a = root(parent, first);
        int b = root(parent, i);
        if (a != b) {
            // The smaller index stays the root, so a group's root is its first guest.
            parent[Math.max(a, b)] = Math.min(a, b);
        }
    }

    private static int root(int[] parent, int i) {
        int r = i;
        while (parent[r] != r) {
            r = parent[r];
        }
        while (parent[i] != r) {
            int next = parent[i];
            parent[i] = r;
            i = next;
        }
        return r;
    }

    /**
     * The first index seen under each key: open addressing over two arrays, so 100,000 keys cost no
     * map entry and no boxed index each (what {@code HashMap<String, Integer>} allocated).
     */
    private static final class FirstIndex {
        private final String[] keys;
        private final int[] indexes;
        private final int mask;

        FirstIndex(int expected) {
            int size = Integer.highestOneBit(Math.max(8, expected * 2 - 1)) << 1;
            keys = new String[size];
            indexes = new int[size];
            mask = size - 1;
        }

        /** The index stored under {@code key}, or -1. */
        int get(String key) {
            int h = key.hashCode();
            int slot = (h ^ (h >>> 16)) & mask;
            while (true) {
                String k = keys[slot];
                if (k == null) {
                    return -1;
                }
                if (k.equals(key)) {
                    return indexes[slot];
                }
                slot = (slot + 1) & mask;
            }
        }

        /** The index stored under {@code key}; or, if none, stores {@code index} and gives -1. */
        int putIfAbsent(String key, int index) {
            int h = key.hashCode();
            int slot = (h ^ (h >>> 16)) & mask;
            while (true) {
                String k = keys[slot];
                if (k == null) {
                    keys[slot] = key;
                    indexes[slot] = index;
                    return -1;
                }
                if (k.equals(key)) {
                    return indexes[slot];
                }
                slot = (slot + 1) & mask;
            }
        }
    }

    private static void index(Map<String, Bucket> byKey, String key, int i) {
        if (!key.isEmpty()) {
            byKey.computeIfAbsent(key, k -> new Bucket()).indexes.add(i);
        }
    }

    private static final Set<Reason>[] REASONS = reasonSets();

    @SuppressWarnings("unchecked")
    private static Set<Reason>[] reasonSets() {
        Set<Reason>[] sets = new Set[1 << Reason.values().length];
        for (int bits = 0; bits < sets.length; bits++) {
            EnumSet<Reason> set = EnumSet.noneOf(Reason.class);
            for (Reason r : Reason.values()) {
                if ((bits & r.bit()) != 0) {
                    set.add(r);
                }
            }
            sets[bits] = Collections.unmodifiableSet(set);
        }
        return sets;
    }

    private static Set<Reason> reasons(int bits) {
        return REASONS[bits];
    }

    /** The shared unmodifiable set with the same reasons (the records hold no caller's set). */
    private static Set<Reason> canonical(Set<Reason> reasons) {
        int bits = 0;
        for (Reason r : reasons) {
            bits |= r.bit();
        }
        return REASONS[bits];
    }

    private static int capacity(int n) {
        return Math.max(16, (int) (n / 0.75f) + 1);
    }
}
