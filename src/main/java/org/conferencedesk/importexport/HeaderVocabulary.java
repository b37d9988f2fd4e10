package org.conferencedesk.importexport;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.conferencedesk.shared.record.RecordField;

/**
 * The column headers organisers write for one record type, in Chinese (simplified or traditional
 * characters) and English, each meaning one field: the words the type lists, its fields' labels in
 * both languages (the headers its export writes) and their JSON names. Headers are compared after
 * NFKC (full-width letters and brackets become ASCII), lower case, without spaces, without a
 * leading or trailing {@code *} or {@code :}, and without a unit at the end ({@code 金额（万元）},
 * {@code 金额/万元}); traditional characters are read as simplified ones (類別 as 类别).
 *
 * <p>Built once per record type; immutable and thread-safe afterwards.
 *
 * @param <F> the record type's field enum
 */
public final class HeaderVocabulary<F extends Enum<F> & RecordField> {

    private static final Pattern BRACKETED_TAIL = Pattern.compile("^(.*?)[\\(\\[【〔](.*)[\\)\\]】〕]$");

    /** Headers of a column holding the unit of the amounts beside it (only for types with amounts). */
    private static final Set<String> UNIT_HEADERS = Set.of("单位", "金额单位", "货币单位", "计量单位", "unit", "units",
            "amountunit", "单位(元)");

    private final Class<F> type;
    private final Map<String, F> known;
    private final Map<F, List<String>> words;
    private final Set<String> derived;

    private HeaderVocabulary(Class<F> type, Map<String, F> known, Map<F, List<String>> words, Set<String> derived) {
        this.type = type;
        this.known = known;
        this.words = words;
        this.derived = derived;
    }

    /**
     * Starts the vocabulary of a record type. Its fields' JSON names and labels (both languages) are
     * added by {@link Builder#build()}.
     */
    public static <F extends Enum<F> & RecordField> Builder<F> of(Class<F> type) {
        return new Builder<>(type);
    }

    /** Collects the headers of each field. */
    public static final class Builder<F extends Enum<F> & RecordField> {
        private final Class<F> type;
        private final Map<String, F> known = new HashMap<>();
        private final Map<F, List<String>> words;
        private final Set<String> derived = new java.util.HashSet<>();

        private Builder(Class<F> type) {
            this.type = type;
            this.words = new EnumMap<>(type);
        }

        /** The headers that mean {@code field} (any case, spacing or width; simplified characters suffice). */
        public Builder<F> words(F field, String... headers) {
            for (String header : headers) {
                known.put(normalise(header), field);
                words.computeIfAbsent(field, f -> new ArrayList<>()).add(header);
            }
            return this;
        }

        /**
         * Headers of columns the application computes itself (a running total its export writes): such
         * a column is known and left out, so that an export imports back without a word.
         */
        public Builder<F> derived(String... headers) {
            for (String header : headers) {
                derived.add(normalise(header));
            }
            return this;
        }

        /** The vocabulary, with each field's JSON name and its labels in Chinese and English added. */
        public HeaderVocabulary<F> build() {
            for (F field : type.getEnumConstants()) {
                known.putIfAbsent(normalise(field.jsonName()), field);
                for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                    String label = field.label(locale);
                    if (!label.startsWith("!")) {
                        known.putIfAbsent(normalise(label), field);
                        words.computeIfAbsent(field, f -> new ArrayList<>()).add(label);
                    }
                }
            }
            Map<F, List<String>> copy = new EnumMap<>(type);
            words.forEach((f, list) -> copy.put(f, List.copyOf(new LinkedHashSet<>(list))));
            return new HeaderVocabulary<>(type, Map.copyOf(known), copy, Set.copyOf(derived));
        }
    }

    /** The field enum. */
    public Class<F> type() {
        return type;
    }

    /** The field a header means, or null (also for a header in traditional characters: 類別, 電話). */
    public F fieldOf(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String normalised = normalise(header);
        F field = known.get(normalised);
        if (field == null) {
            field = known.get(SimplifiedChinese.of(normalised));
        }
        return field;
    }

    /** True if {@code header} heads a column the application computes (left out of an import). */
    public boolean isDerived(String header) {
        return header != null && !header.isBlank() && (derived.contains(normalise(header))
                || derived.contains(normalise(SimplifiedChinese.of(header))));
    }

    /** The headers this vocabulary lists for {@code field} (the first ones are the usual ones). */
    public List<String> wordsFor(F field) {
        return words.getOrDefault(field, List.of());
    }

    /** True if {@code header} heads a column of units for the amounts beside it ({@code 单位}, {@code Unit}). */
    public static boolean isUnitHeader(String header) {
        return header != null && UNIT_HEADERS.contains(compact(SimplifiedChinese.of(header)));
    }

    /**
     * The fields a header nobody recognises could mean, best first: fields whose usual headers share
     * a word with it ({@code 投资总额} could be the amount, as 投资额 is), then every other field of
     * {@code free} (the fields no column holds yet), free text first. Never empty unless {@code free} is.
     */
    public List<F> couldBe(String header, Collection<F> free) {
        String h = normalise(SimplifiedChinese.of(header));
        List<F> close = new ArrayList<>();
        List<F> rest = new ArrayList<>();
        for (F field : free) {
            boolean near = false;
            for (String word : wordsFor(field)) {
                String w = normalise(word);
                if (w.length() >= 2 && (h.contains(w) || w.contains(h) && h.length() >= 2 || shareBigram(h, w))) {
                    near = true;
                    break;
                }
            }
            (near ? close : rest).add(field);
        }
        // Then free text before numbers, dates and choices: a column nobody recognises is mostly text.
        rest.sort(java.util.Comparator.comparing(f -> !f.isText()));
        close.addAll(rest);
        return close;
    }

    private static boolean shareBigram(String a, String b) {
        for (int i = 0; i + 2 <= a.length(); i++) {
            String bigram = a.substring(i, i + 2);
            if (Character.isIdeographic(bigram.codePointAt(0)) && b.contains(bigram)) {
                return true;
            }
        }
        return false;
    }

    /** Every field of the type. */
    public Set<F> fields() {
        return EnumSet.allOf(type);
    }

    /** The header as compared: NFKC, lower case, no spaces, no {@code *} or {@code :}, no unit at the end. */
    public static String normalise(String header) {
        String s = compact(header);
        Matcher m = BRACKETED_TAIL.matcher(s);
        if (m.matches() && !m.group(1).isEmpty()) {
            s = m.group(1);
        } else {
            int slash = s.lastIndexOf('/');
            if (slash > 0 && AmountUnit.of(s.substring(slash + 1)) != null) {
                s = s.substring(0, slash);
            }
        }
        return stripMarks(s);
    }

    /** The header with NFKC, lower case, no spaces and no leading or trailing {@code *} or {@code :}. */
    public static String compact(String header) {
        String s = Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[\\s\\u00A0\\u3000\\uFEFF]+", "");
        return stripMarks(s);
    }

    /** True if the two headers are the same as written, or once width, case, spaces and marks are folded. */
    public static boolean sameHeader(String header, String wanted) {
        return header.strip().equals(wanted.strip()) || compact(header).equals(compact(wanted));
    }

    private static String stripMarks(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '*') {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '*' || s.charAt(end - 1) == ':')) {
            end--;
        }
        return s.substring(start, end);
    }
}
