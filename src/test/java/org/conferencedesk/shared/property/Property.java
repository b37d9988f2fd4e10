package org.conferencedesk.shared.property;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * Runs a property: a check that must hold for every value of its generators, tried {@code tries}
 * times inside one JUnit test. First the combinations of the generators' edge cases (at most a
 * quarter of the tries; a random sample of them when there are more), then random values from a
 * {@link SplittableRandom} with edge cases mixed in ({@link Gen#next}).
 *
 * <p>The seed is new on every run, so each run explores new values; a failure names the seed, the
 * try and the values (invisible characters written as {@code \}{@code uXXXX}), and
 * {@code mvn test -Dtest=TheTest -Dconferencedesk.seed=SEED} replays the same values. No shrinking:
 * the failing values are reported as drawn.
 *
 * <p>Written for this project instead of using a property-testing library (decision record 0021).
 */
public final class Property {

    /** The system property that fixes the seed (a long) to replay a failure. */
    public static final String SEED = "conferencedesk.seed";

    /** A check of one value; any exception or assertion error fails the property. */
    @FunctionalInterface
    public interface Check1<A> {
        void check(A a) throws Exception;
    }

    /** A check of two values; any exception or assertion error fails the property. */
    @FunctionalInterface
    public interface Check2<A, B> {
        void check(A a, B b) throws Exception;
    }

    /** A check of three values; any exception or assertion error fails the property. */
    @FunctionalInterface
    public interface Check3<A, B, C> {
        void check(A a, B b, C c) throws Exception;
    }

    private Property() {
    }

    /**
     * Checks {@code property} on {@code tries} values of {@code a}.
     *
     * @throws AssertionError on the first value that fails, naming the seed, the try and the value
     */
    public static <A> void check(int tries, Gen<A> a, Check1<A> property) {
        run(tries, List.of(a), v -> property.check(cast(v[0])));
    }

    /** As {@link #check(int, Gen, Check1)}, for two values drawn independently. */
    public static <A, B> void check(int tries, Gen<A> a, Gen<B> b, Check2<A, B> property) {
        run(tries, List.of(a, b), v -> property.check(cast(v[0]), cast(v[1])));
    }

    /** As {@link #check(int, Gen, Check1)}, for three values drawn independently. */
    public static <A, B, C> void check(int tries, Gen<A> a, Gen<B> b, Gen<C> c, Check3<A, B, C> property) {
        run(tries, List.of(a, b, c), v -> property.check(cast(v[0]), cast(v[1]), cast(v[2])));
    }

    /** The seed of this run: {@value #SEED} if set, otherwise a new one. */
    static long seed() {
        String fixed = System.getProperty(SEED);
        if (fixed != null && !fixed.isBlank()) {
            return Long.parseLong(fixed.strip());
        }
        return new SplittableRandom().nextLong();
    }

    private interface Check {
        void check(Object[] values) throws Exception;
    }

    private static void run(int tries, List<Gen<?>> gens, Check check) {
        if (tries < 1) {
            throw new IllegalArgumentException("tries must be at least 1");
        }
        long seed = seed();
        SplittableRandom source = new SplittableRandom(seed);
        List<Object[]> edgeTries = edgeCombinations(gens, Math.max(1, tries / 4), source);
        for (int t = 0; t < tries; t++) {
            Object[] values;
            if (t < edgeTries.size()) {
                values = edgeTries.get(t);
            } else {
                values = new Object[gens.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = gens.get(i).next(source);
                }
            }
            try {
                check.check(values);
            } catch (Exception | AssertionError failure) {
                throw new AssertionError(failureMessage(seed, t + 1, tries, t < edgeTries.size(), values, failure), failure);
            }
        }
    }

    /**
     * The combinations of the generators' edge cases (a generator without any gives a random value
     * there), all of them if they are at most {@code cap}, otherwise {@code cap} drawn at random.
     */
    private static List<Object[]> edgeCombinations(List<Gen<?>> gens, int cap, SplittableRandom source) {
        long count = 1;
        for (Gen<?> g : gens) {
            count *= Math.max(1, g.edgeCases().size());
            if (count > cap) {
                break;
            }
        }
        if (count == 1 && gens.stream().allMatch(g -> g.edgeCases().isEmpty())) {
            return List.of();
        }
        List<Object[]> combinations = new ArrayList<>();
        if (count <= cap) {
            for (long k = 0; k < count; k++) {
                Object[] values = new Object[gens.size()];
                long rest = k;
                for (int i = 0; i < values.length; i++) {
                    List<?> edges = gens.get(i).edgeCases();
                    if (edges.isEmpty()) {
                        values[i] = gens.get(i).random(source);
                    } else {
                        values[i] = edges.get((int) (rest % edges.size()));
                        rest /= edges.size();
                    }
                }
                combinations.add(values);
            }
            return combinations;
        }
        for (int k = 0; k < cap; k++) {
            Object[] values = new Object[gens.size()];
            for (int i = 0; i < values.length; i++) {
                List<?> edges = gens.get(i).edgeCases();
                values[i] = edges.isEmpty() ? gens.get(i).random(source) : edges.get(source.nextInt(edges.size()));
            }
            combinations.add(values);
        }
        return combinations;
    }

    private static String failureMessage(long seed, int attempt, int tries, boolean edgeCase, Object[] values, Throwable failure) {
        StringBuilder text = new StringBuilder();
        text.append("Property failed on try ").append(attempt).append(" of ").append(tries)
                .append(edgeCase ? " (edge cases)" : "").append(", seed ").append(seed)
                .append(" (replay: -D").append(SEED).append('=').append(seed).append(")\n");
        for (int i = 0; i < values.length; i++) {
            text.append("  value ").append(i + 1).append(": ").append(shown(values[i])).append('\n');
        }
        text.append("  failure: ").append(failure);
        return text.toString();
    }

    /** A value as a reader can tell it apart: strings quoted, with invisible or unusual characters as \\uXXXX. */
    static String shown(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String s) {
            return '"' + escaped(s) + '"';
        }
        if (value instanceof Collection<?> c) {
            return c.stream().map(Property::shown).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value.getClass().isRecord()) {
            List<String> parts = new ArrayList<>();
            try {
                for (RecordComponent component : value.getClass().getRecordComponents()) {
                    java.lang.reflect.Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    parts.add(component.getName() + "=" + shown(accessor.invoke(value)));
                }
            } catch (ReflectiveOperationException | RuntimeException e) {
                return String.valueOf(value);
            }
            return value.getClass().getSimpleName() + parts.stream().collect(Collectors.joining(", ", "[", "]"));
        }
        return String.valueOf(value);
    }

    private static String escaped(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int type = Character.getType(c);
            boolean plain = c >= 0x20 && c < 0x7F && c != '"' && c != '\\';
            boolean visible = c >= 0x80 && type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                    && type != Character.PRIVATE_USE && type != Character.UNASSIGNED && type != Character.SPACE_SEPARATOR
                    && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR
                    && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK;
            if (plain || visible) {
                out.append(c);
            } else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.appendCodePoint(s.codePointAt(i));
                i++;
            } else {
                out.append(String.format("\\u%04X", (int) c));
            }
        }
        return out.toString();
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
