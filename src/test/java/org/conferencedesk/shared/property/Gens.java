package org.conferencedesk.shared.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The generators the property tests are built from: numbers in a range, choices, text from an
 * alphabet or from every UTF-16 unit, lists. Each comes with the edge cases a property-testing
 * library would mix in: the ends of a range and 0, the empty string and the empty list, lone and
 * paired surrogates, the first and the last character of an alphabet.
 */
public final class Gens {

    /** Lengths and sizes above this many are drawn only one time in ten (as long inputs are rarely where bugs hide, but sometimes are). */
    private static final int SHORT = 32;

    private Gens() {
    }

    /**
     * Integers from {@code min} to {@code max} inclusive. A range wider than 1,000 is drawn by
     * magnitude half of the time (a number of decimal digits first), so that small values come up
     * as often as large ones. Edge cases: both ends, one inside each end, and 0, 1, −1 where in range.
     */
    public static Gen<Integer> integers(int min, int max) {
        return longs(min, max).map(Long::intValue);
    }

    /**
     * Longs from {@code min} to {@code max} inclusive, drawn like {@link #integers}.
     *
     * @throws IllegalArgumentException if {@code min > max} or the range is wider than {@code Long.MAX_VALUE}
     */
    public static Gen<Long> longs(long min, long max) {
        long span = max - min;
        if (min > max || span < 0) {
            throw new IllegalArgumentException("Unsupported range " + min + ".." + max);
        }
        LinkedHashSet<Long> edges = new LinkedHashSet<>();
        for (long v : new long[] {min, max, 0, 1, -1}) {
            if (v >= min && v <= max) {
                edges.add(v);
            }
        }
        if (span >= 2) {
            edges.add(min + 1);
            edges.add(max - 1);
        }
        return Gen.of(source -> {
            if (span > 1_000 && source.nextBoolean()) {
                int digits = 1 + source.nextInt(String.valueOf(span).length());
                long bound = digits >= 19 ? span : Math.min(span, pow10(digits) - 1);
                return min + uniform(source, bound);
            }
            return min + uniform(source, span);
        }, new ArrayList<>(edges));
    }

    /** One of these values, each as likely (repeat a value to make it likelier). No edge cases. */
    @SafeVarargs
    public static <T> Gen<T> of(T... values) {
        List<T> list = Arrays.asList(values.clone());
        return Gen.of(source -> list.get(source.nextInt(list.size())));
    }

    /** One of these values, each as likely. No edge cases. */
    public static <T> Gen<T> of(List<T> values) {
        List<T> list = List.copyOf(values);
        return Gen.of(source -> list.get(source.nextInt(list.size())));
    }

    /** A value of {@code gen}, or null with the given probability (0..1); null is an edge case. */
    public static <T> Gen<T> orNull(Gen<T> gen, double probability) {
        List<T> edges = new ArrayList<>(gen.edgeCases());
        edges.add(0, null);
        return Gen.of(source -> source.nextDouble() < probability ? null : gen.next(source), edges);
    }

    /** A value of one of these generators, each chosen as often; the edge cases of all of them. */
    @SafeVarargs
    public static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        List<Gen<? extends T>> list = List.of(gens);
        LinkedHashSet<T> edges = new LinkedHashSet<>();
        for (Gen<? extends T> g : list) {
            edges.addAll(g.edgeCases());
        }
        return Gen.of(source -> list.get(source.nextInt(list.size())).next(source), new ArrayList<>(edges));
    }

    /**
     * One unit of text from {@code alphabet}: each of its code points (so 𠮷 and 😀 come whole), and
     * also each half of a surrogate pair on its own (so lone surrogates come up too). The first and
     * the last unit are edge cases.
     */
    public static Gen<String> unitsOf(String alphabet) {
        LinkedHashSet<String> units = new LinkedHashSet<>();
        alphabet.codePoints().forEach(cp -> units.add(new String(Character.toChars(cp))));
        for (char c : alphabet.toCharArray()) {
            if (Character.isSurrogate(c)) {
                units.add(String.valueOf(c));
            }
        }
        List<String> list = List.copyOf(units);
        String first = new String(Character.toChars(alphabet.codePointAt(0)));
        String last = new String(Character.toChars(alphabet.codePointBefore(alphabet.length())));
        return Gen.of(source -> list.get(source.nextInt(list.size())), first.equals(last) ? List.of(first) : List.of(first, last));
    }

    /** One character from {@code from} to {@code to} inclusive (UTF-16 units); both ends are edge cases. */
    public static Gen<String> charRange(char from, char to) {
        return Gen.of(source -> String.valueOf((char) source.nextInt(from, to + 1)),
                from == to ? List.of(String.valueOf(from)) : List.of(String.valueOf(from), String.valueOf(to)));
    }

    /**
     * Any UTF-16 unit from U+0000 to U+FFFF (so lone surrogates, noncharacters, private use and
     * controls too), and one time in eight a whole supplementary code point (a valid surrogate pair:
     * CJK extension B, emoji). Edge cases: U+0000, U+FFFF, both kinds of lone surrogate, U+FEFF, 😀 and 𠮷.
     */
    public static Gen<String> anyUnit() {
        return Gen.of(source -> source.nextInt(8) == 0
                        ? new String(Character.toChars(source.nextInt(Character.MIN_SUPPLEMENTARY_CODE_POINT,
                                Character.MAX_CODE_POINT + 1)))
                        : String.valueOf((char) source.nextInt(0x10000)),
                List.of("\u0000", "\uFFFF", "\uD800", "\uDFFF", "\uFEFF", "\uD83D\uDE00", "\uD842\uDFB7"));
    }

    /**
     * Text of {@code minLength} to {@code maxLength} units of {@code unit} (a unit may be a surrogate
     * pair, so the length in chars can be larger). Lengths above {@value #SHORT} come one time in ten.
     * Edge cases: the shortest text (empty if allowed), and each edge case of the unit alone (repeated to
     * the minimum length).
     */
    public static Gen<String> strings(Gen<String> unit, int minLength, int maxLength) {
        LinkedHashSet<String> edges = new LinkedHashSet<>();
        if (minLength == 0) {
            edges.add("");
        }
        if (maxLength >= 1) {
            for (String u : unit.edgeCases()) {
                edges.add(u.repeat(Math.max(1, minLength)));
            }
        }
        return Gen.of(source -> {
            int length = size(source, minLength, maxLength);
            StringBuilder text = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                text.append(unit.next(source));
            }
            return text.toString();
        }, new ArrayList<>(edges));
    }

    /** Text from the characters of {@code alphabet} ({@link #unitsOf}), {@code minLength} to {@code maxLength} units long. */
    public static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        return strings(unitsOf(alphabet), minLength, maxLength);
    }

    /**
     * Lists of {@code minSize} to {@code maxSize} values of {@code element}. Edge cases: the empty list
     * (if allowed) and a list of each of the element's edge cases alone (the first eight).
     */
    public static <T> Gen<List<T>> lists(Gen<T> element, int minSize, int maxSize) {
        List<List<T>> edges = new ArrayList<>();
        if (minSize == 0) {
            edges.add(List.of());
        }
        if (minSize <= 1 && maxSize >= 1) {
            element.edgeCases().stream().limit(8).forEach(e -> edges.add(java.util.Collections.singletonList(e)));
        }
        return Gen.of(source -> {
            int size = size(source, minSize, maxSize);
            List<T> list = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                list.add(element.next(source));
            }
            return java.util.Collections.unmodifiableList(list);
        }, edges);
    }

    private static int size(SplittableRandom source, int min, int max) {
        if (max - min <= SHORT || source.nextInt(10) != 0) {
            return source.nextInt(min, Math.min(max, min + SHORT) + 1);
        }
        return source.nextInt(min + SHORT + 1, max + 1);
    }

    /** Uniform from 0 to {@code bound} inclusive. */
    private static long uniform(SplittableRandom source, long bound) {
        return bound == Long.MAX_VALUE ? source.nextLong() & Long.MAX_VALUE : source.nextLong(bound + 1);
    }

    private static long pow10(int digits) {
        long p = 1;
        for (int i = 0; i < digits; i++) {
            p *= 10;
        }
        return p;
    }
}
