package org.conferencedesk.guests;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Search as you type over guests: by name (either script), organisation, and the pinyin of Chinese
 * names (issue 4: typing "zhang" or the initials "zs" finds 张三).
 *
 * <p>Everything that depends only on the guest is computed once into a {@link SearchKey}; a
 * keystroke then costs one {@link #matcher(String)} and a few {@link String#contains} per guest.
 */
public final class GuestSearch {

    /**
     * Joins the parts of one field (full name and other name; their readings) inside a key. It is a
     * line break, which {@link PersonNames#comparisonKey} removes from every query word, so a query
     * can never match across two parts.
     */
    public static final char PART_SEPARATOR = '\n';

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

    private GuestSearch() {
    }

    /**
     * What a guest can be found by, folded in advance.
     *
     * @param nameKey         {@link PersonNames#comparisonKey} of the full name and of the other name,
     *                        joined by {@link #PART_SEPARATOR} (just the full name's key if there is
     *                        no other name)
     * @param pinyinFull      {@link Pinyin.Reading#full()} of both names, joined likewise
     * @param pinyinInitials  {@link Pinyin.Reading#initials()} of both names, joined likewise
     * @param organisationKey the organisation folded as a name ("" if none)
     */
    public record SearchKey(String nameKey, String pinyinFull, String pinyinInitials, String organisationKey) {

        /**
         * Builds a guest's key (about 1-3 µs once the characters' readings are known; see
         * docs/BENCHMARKS.md).
         *
         * @param fullName     the full name as written; may be null
         * @param otherName    the name in the other script ("Zhang San", "约翰·史密斯"); may be null
         * @param organisation the organisation; may be null
         * @return the key; never null
         */
        public static SearchKey of(String fullName, String otherName, String organisation) {
            Pinyin pinyin = Pinyin.instance();
            Pinyin.Reading main = pinyin.read(fullName);
            String otherKey = PersonNames.comparisonKey(otherName);
            if (otherKey.isEmpty()) {
                return new SearchKey(PersonNames.comparisonKey(fullName), main.full(), main.initials(),
                        PersonNames.comparisonKey(organisation));
            }
            Pinyin.Reading other = pinyin.read(otherName);
            return new SearchKey(
                    PersonNames.comparisonKey(fullName) + PART_SEPARATOR + otherKey,
                    join(main.full(), other.full()),
                    join(main.initials(), other.initials()),
                    PersonNames.comparisonKey(organisation));
        }

        private static String join(String a, String b) {
            return a.isEmpty() ? b : b.isEmpty() ? a : a + PART_SEPARATOR + b;
        }
    }

    /**
     * The test for one query.
     *
     * <p>The query is split into words at whitespace (including the ideographic space U+3000); each
     * word is folded by {@link PersonNames#comparisonKey} (so case, full width, accents and middle
     * dots do not matter), and words that fold to nothing are ignored. A guest matches when
     * <em>every</em> word matches somewhere: as a substring of the name key or the organisation key,
     * or, for a word of ASCII letters only, as a substring of the pinyin reading or of the initials.
     * "zhang", "zhangs", "san", "zs" and "张" all find 张三; "智能" finds 南京智能制造研究院;
     * "zhang 南京" finds 张三 of a Nanjing organisation.
     *
     * @param query what the user typed; may be null
     * @return a thread-safe predicate; for a null or blank query, one that accepts every key
     */
    public static Predicate<SearchKey> matcher(String query) {
        if (query == null || query.isBlank()) {
            return key -> true;
        }
        List<String> words = new ArrayList<>();
        List<Boolean> asciiLetters = new ArrayList<>();
        for (String raw : NFKC.normalize(query).split("[\\s\\p{Z}]+")) {
            String word = PersonNames.comparisonKey(raw);
            if (!word.isEmpty()) {
                words.add(word);
                asciiLetters.add(isAsciiLetters(word));
            }
        }
        if (words.isEmpty()) {
            return key -> true;
        }
        if (words.size() == 1) {
            return wordMatcher(words.get(0), asciiLetters.get(0));
        }
        String[] allWords = words.toArray(String[]::new);
        boolean[] ascii = new boolean[allWords.length];
        for (int i = 0; i < ascii.length; i++) {
            ascii[i] = asciiLetters.get(i);
        }
        // One loop rather than chained Predicate.and: "zhang 南京" over 100,000 keys went from 10.6 to 1.9 ms.
        return key -> {
            for (int i = 0; i < allWords.length; i++) {
                if (!matches(key, allWords[i], ascii[i])) {
                    return false;
                }
            }
            return true;
        };
    }

    private static Predicate<SearchKey> wordMatcher(String word, boolean asciiLetters) {
        return key -> matches(key, word, asciiLetters);
    }

    private static boolean matches(SearchKey key, String word, boolean asciiLetters) {
        return key.nameKey().contains(word) || key.organisationKey().contains(word)
                || (asciiLetters && (key.pinyinInitials().contains(word) || key.pinyinFull().contains(word)));
    }

    private static boolean isAsciiLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return true;
    }

    /**
     * The items matching what is typed, for a pick list (booking a booth, linking a nominee): those whose
     * name, pinyin or initials start with it first ("heng" puts 恒锐 before 芯泽集成, whose reading
     * "jicheng" only contains it), then the others, each group in the items' order.
     *
     * @param items the candidates, in the order to keep within each group
     * @param keyOf each item's search key (built once, {@link SearchKey#of})
     * @param typed what the user typed; blank finds nothing
     * @param max the most items returned
     * @return at most {@code max} items
     */
    public static <T> List<T> rank(List<T> items, java.util.function.Function<T, SearchKey> keyOf, String typed, int max) {
        String query = typed == null ? "" : typed.strip();
        List<T> starting = new ArrayList<>();
        List<T> containing = new ArrayList<>();
        if (!query.isEmpty() && items != null) {
            Predicate<SearchKey> matcher = matcher(query);
            String start = query.toLowerCase(java.util.Locale.ROOT);
            for (T item : items) {
                if (starting.size() == max) {
                    break;
                }
                SearchKey k = keyOf.apply(item);
                if (matcher.test(k)) {
                    boolean first = k.pinyinFull().startsWith(start) || k.pinyinInitials().startsWith(start)
                            || k.nameKey().toLowerCase(java.util.Locale.ROOT).startsWith(start);
                    (first ? starting : containing).add(item);
                }
            }
        }
        List<T> found = new ArrayList<>(starting);
        containing.stream().limit(Math.max(0, max - found.size())).forEach(found::add);
        return found;
    }
}
