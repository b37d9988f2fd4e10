package org.conferencedesk.guests;

import com.ibm.icu.text.CollationKey;
import com.ibm.icu.text.Collator;
import com.ibm.icu.util.ULocale;
import java.util.Comparator;

/**
 * The order of guests' names on screen and in exports: ICU collation for Simplified Chinese
 * (CLDR "zh" pinyin order, issue 4: "sorting Chinese names by pinyin (ICU collation, not code
 * points)").
 *
 * <p>Chinese names sort by pinyin (阿明, 李四, 王五, 张三, 赵六), then Latin-script names
 * alphabetically, ignoring case and accents first (Alice, bob, Émile, Zoe); symbols and emoji come
 * before both, as CLDR puts them. Null and blank names come last. The collator is frozen, so
 * everything here is thread-safe.
 */
public final class GuestCollation {

    private static final Collator COLLATOR = Collator.getInstance(ULocale.SIMPLIFIED_CHINESE).freeze();
    /** U+FFFF has the highest primary weight in CLDR collation: the sort key of a blank name. */
    private static final String LAST = "\uFFFF";

    private static final Comparator<String> NAMES = (a, b) -> {
        boolean aBlank = a == null || a.isBlank();
        boolean bBlank = b == null || b.isBlank();
        if (aBlank || bBlank) {
            return Boolean.compare(aBlank, bBlank);
        }
        return COLLATOR.compare(a, b);
    };

    private GuestCollation() {
    }

    /**
     * Compares names in pinyin order (see the class comment); null and blank last, equal to each
     * other. Thread-safe.
     *
     * @return the comparator; the same instance on every call
     */
    public static Comparator<String> names() {
        return NAMES;
    }

    /**
     * A name's collation key: comparing keys ({@link CollationKey#compareTo}, a byte comparison)
     * gives the same order as {@link #names()}, each name analysed once instead of at every
     * comparison. For 100,000 generated names on the project machine (docs/BENCHMARKS.md, quietest
     * run): building the keys and sorting them 48 ms against 79 ms with the comparator, re-sorting
     * keys kept per row 28 ms; under heavy load the two one-off sorts come out level. Null and blank
     * names get the key of U+FFFF, which CLDR collation puts after every real name. Thread-safe.
     *
     * @param name a name; may be null
     * @return its key, holding the name (or U+FFFF) as {@link CollationKey#getSourceString()}
     */
    public static CollationKey sortKey(String name) {
        return COLLATOR.getCollationKey(name == null || name.isBlank() ? LAST : name);
    }
}
