package org.conferencedesk.importexport;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words a file may write for the values of one choice (a contract's status, a guest's category),
 * in Chinese (simplified or traditional characters) and English: {@code 已签约}, {@code signed},
 * {@code 已簽約}. Words are compared as written first, then after NFKC, lower case and without
 * spaces, underscores and hyphens, then with traditional characters read as simplified ones.
 * Immutable once built; thread-safe.
 *
 * @param <V> the choice's values (an enum)
 */
public final class ChoiceWords<V> {

    private final Map<String, V> words = new HashMap<>();

    /** Adds words meaning {@code value}; returns this for chaining. Only used while building. */
    public ChoiceWords<V> add(V value, String... written) {
        for (String w : written) {
            words.put(w, value);
            words.put(fold(w), value);
        }
        return this;
    }

    /** Adds {@code word} for {@code value} unless it already means something. */
    public ChoiceWords<V> addIfAbsent(V value, String word) {
        words.putIfAbsent(word, value);
        words.putIfAbsent(fold(word), value);
        return this;
    }

    /** A copy to add more words to (e.g. an event's own values to a type's fixed words). */
    public ChoiceWords<V> copy() {
        ChoiceWords<V> copy = new ChoiceWords<>();
        copy.words.putAll(words);
        return copy;
    }

    /** The value {@code written} means, or null. */
    public V of(String written) {
        if (written == null) {
            return null;
        }
        V value = words.get(written);
        if (value == null) {
            value = words.get(fold(written));
        }
        if (value == null) {
            value = words.get(fold(SimplifiedChinese.of(written)));
        }
        return value;
    }

    /** A word as compared: NFKC, lower case, without spaces, underscores and hyphens. */
    public static String fold(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && c != '_' && c != '-' && c != '\u00A0' && c != '\u3000') {
                b.append(c);
            }
        }
        return b.toString();
    }
}
