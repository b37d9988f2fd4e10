package org.conferencedesk.guests;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Toneless pinyin readings of guests' names, for search as you type ("zhang" or "zs" finds 张三).
 *
 * <p>Readings follow ICU's {@code "Han-Latin/Names; Latin-ASCII"} transliterator: plain
 * {@code Han-Latin} reads 单田芳 as "dan tian fang" and 曾国藩 as "ceng guo fan", while the
 * {@code /Names} variant gives the surname readings (shan, zeng, xie for 解, qiu for 仇, yue for 乐,
 * ou for 区, zha for 查; compound surnames such as 万俟 "moqi", 长孙 "zhangsun") to the first character
 * of every run of Han characters, and reads a character inside a name as usual (王乐乐 "wanglele").
 * ü is written u (吕 "lu"), as Latin-ASCII does.
 *
 * <p>Speed: ICU takes about 50 µs per name, too slow for 100,000 guests at start-up. The rules are
 * per character except for pair rules of the form "X, then Y" (令狐, 重庆, ...), so this class asks ICU
 * once per (character, at the start of a run or not, the next character where a pair rule could
 * apply) and keeps the answer. {@code PinyinTest} checks the result equals ICU's reading of the
 * whole name.
 *
 * <p>Thread-safe: ICU transliterators are not, so each thread has its own; the memo is concurrent.
 * Build once with {@link #instance()}.
 */
public final class Pinyin {

    /** The ICU transliterator chosen (see the class comment). */
    public static final String TRANSLITERATOR_ID = "Han-Latin/Names; Latin-ASCII";

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    /** A Han character with a single reading, no pair rule and no surname rule, put before a probe. */
    private static final String NEUTRAL_HAN = "\u4E00"; // 一, "yi"
    private static final Pattern PAIR_RULE = Pattern.compile("\\{(\\S)\\}' '\\?");

    private static final class Holder {
        static final Pinyin INSTANCE = new Pinyin();
    }

    private final ThreadLocal<Transliterator> hanLatin =
            ThreadLocal.withInitial(() -> Transliterator.getInstance(TRANSLITERATOR_ID));
    private final ThreadLocal<Transliterator> latinAscii =
            ThreadLocal.withInitial(() -> Transliterator.getInstance("Latin-ASCII"));
    /** Han characters whose reading depends on the next character (first halves of pair rules). */
    private final Set<Integer> pairFirsts;
    private final ConcurrentHashMap<String, String> hanMemo = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Integer, String> otherMemo = new ConcurrentHashMap<>();

    private Pinyin() {
        Set<Integer> firsts = new HashSet<>();
        for (String id : new String[] {"Han-Latin/Names", "Han-Latin"}) {
            Matcher m = PAIR_RULE.matcher(Transliterator.getInstance(id).toRules(false));
            while (m.find()) {
                firsts.add(m.group(1).codePointAt(0));
            }
        }
        pairFirsts = Set.copyOf(firsts);
    }

    /** The shared instance (built on first use: about 0.2 s to load ICU's rules). */
    public static Pinyin instance() {
        return Holder.INSTANCE;
    }

    /**
     * A name's reading: lower-case ASCII letters and digits only.
     *
     * @param full     the syllables and words run together: 张三 → "zhangsan", John Smith → "johnsmith"
     * @param initials the first letter of each unit: every Han character is a unit (its syllable's
     *                 first letter), and so is every run of Latin letters or digits (its first
     *                 character): 张三 → "zs", 欧阳娜娜 → "oynn", 李Lei → "ll", John Smith → "js",
     *                 O'Brien → "ob"
     */
    public record Reading(String full, String initials) {
        /** The reading of a name with nothing to read. */
        public static final Reading EMPTY = new Reading("", "");
    }

    /**
     * Reads a name.
     *
     * <p>Han characters are read as described in the class comment; Latin letters lose their accents
     * (Latin-ASCII: "Zoë" → "zoe", "Straße" → "strasse") and are lower-cased; digits are kept.
     * Everything else (spaces, middle dots, punctuation, emoji, other scripts, and the rare Han
     * characters ICU has no reading for, such as 𠮷) contributes nothing and ends a Latin run:
     * 𠮷野家 → "yejia"/"yj".
     *
     * @param name a name as written; may be null
     * @return its reading; {@link Reading#EMPTY} for null or nothing readable. Never throws.
     */
    public Reading read(String name) {
        if (name == null || name.isEmpty()) {
            return Reading.EMPTY;
        }
        String text = NFKC.normalize(name);
        StringBuilder full = new StringBuilder(text.length() * 4);
        StringBuilder initials = new StringBuilder(text.length());
        boolean inWord = false;
        boolean previousHan = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (UScript.getScript(cp) == UScript.HAN) {
                int next = i < text.length() ? text.codePointAt(i) : -1;
                String syllable = hanSyllable(cp, !previousHan, next);
                previousHan = true;
                inWord = false;
                if (!syllable.isEmpty()) {
                    full.append(syllable);
                    initials.append(syllable.charAt(0));
                }
                continue;
            }
            previousHan = false;
            String ascii = asciiOf(cp);
            if (ascii.isEmpty()) {
                inWord = false;
                continue;
            }
            if (!inWord) {
                initials.append(ascii.charAt(0));
                inWord = true;
            }
            full.append(ascii);
        }
        if (full.isEmpty()) {
            return Reading.EMPTY;
        }
        return new Reading(full.toString(), initials.toString());
    }

    /** One Han character's syllable, "" if ICU has none. */
    private String hanSyllable(int cp, boolean startOfRun, int next) {
        boolean pair = next >= 0 && pairFirsts.contains(cp);
        StringBuilder probe = new StringBuilder(8);
        if (!startOfRun) {
            probe.append(NEUTRAL_HAN);
        }
        probe.appendCodePoint(cp);
        if (pair) {
            probe.appendCodePoint(next);
        }
        String key = probe.toString();
        String cached = hanMemo.get(key);
        if (cached != null) {
            return cached;
        }
        String syllable = askIcu(key, startOfRun ? 0 : 1);
        hanMemo.putIfAbsent(key, syllable);
        return syllable;
    }

    /** ICU's reading of {@code probe}, syllable number {@code index} (syllables are space-separated). */
    private String askIcu(String probe, int index) {
        String[] syllables = hanLatin.get().transliterate(probe).trim().split(" +");
        return index < syllables.length ? lettersAndDigits(syllables[index]) : "";
    }

    /** Lower-case ASCII letters and digits of a non-Han code point ("" for none). */
    private String asciiOf(int cp) {
        if (cp < 0x80) {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
                return String.valueOf((char) cp);
            }
            if (cp >= 'A' && cp <= 'Z') {
                return String.valueOf((char) (cp + ('a' - 'A')));
            }
            return "";
        }
        String cached = otherMemo.get(cp);
        if (cached != null) {
            return cached;
        }
        int script = UScript.getScript(cp);
        String ascii = script == UScript.LATIN || script == UScript.COMMON || script == UScript.INHERITED
                ? lettersAndDigits(latinAscii.get().transliterate(new String(Character.toChars(cp))))
                : "";
        otherMemo.putIfAbsent(cp, ascii);
        return ascii;
    }

    private static String lettersAndDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (c >= 'A' && c <= 'Z') {
                out.append((char) (c + ('a' - 'A')));
            }
        }
        return out.toString();
    }

    /** For tests: ICU's reading of the whole name at once, split into syllables and words. */
    static List<String> icuWords(String name) {
        String out = Transliterator.getInstance(TRANSLITERATOR_ID).transliterate(NFKC.normalize(name));
        List<String> words = new ArrayList<>();
        for (String w : out.split("[^A-Za-z0-9]+")) {
            if (!w.isEmpty()) {
                words.add(w.toLowerCase(java.util.Locale.ROOT));
            }
        }
        return words;
    }
}
