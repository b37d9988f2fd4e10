package org.conferencedesk.shared.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A generator of test values of one shape for {@link Property}: random values from a seeded
 * {@link SplittableRandom}, plus the edge cases a property must always meet (the empty string, the
 * ends of a range, a surrogate pair ...).
 *
 * <p>{@link #next} mixes the edge cases into the random values (one draw in {@value #EDGE_CASE_ONE_IN}),
 * at every level: a list of strings gets empty strings among its elements, a record gets extreme
 * amounts in its fields. {@link Property} also tries the combinations of the top-level edge cases
 * before the random tries. Immutable; the same seed gives the same values.
 *
 * @param <T> the type of the values
 */
public final class Gen<T> {

    /** How often {@link #next} returns an edge case instead of a random value: one draw in this many. */
    public static final int EDGE_CASE_ONE_IN = 16;

    private final Function<SplittableRandom, T> random;
    private final List<T> edgeCases;

    private Gen(Function<SplittableRandom, T> random, List<T> edgeCases) {
        this.random = random;
        // Not List.copyOf: null is a legitimate edge case (Gens.orNull).
        this.edgeCases = Collections.unmodifiableList(new ArrayList<>(edgeCases));
    }

    /**
     * A generator from a function of the random source and a list of edge cases.
     *
     * @param random draws one value (may call other generators' {@link #next})
     * @param edgeCases values always tried and mixed in
     */
    public static <T> Gen<T> of(Function<SplittableRandom, T> random, List<T> edgeCases) {
        return new Gen<>(random, edgeCases);
    }

    /** A generator with no edge cases of its own. */
    public static <T> Gen<T> of(Function<SplittableRandom, T> random) {
        return new Gen<>(random, List.of());
    }

    /** A value: one of the edge cases now and then, otherwise a random one. */
    public T next(SplittableRandom source) {
        if (!edgeCases.isEmpty() && source.nextInt(EDGE_CASE_ONE_IN) == 0) {
            return edgeCases.get(source.nextInt(edgeCases.size()));
        }
        return random.apply(source);
    }

    /** A random value, never chosen from the edge cases (for values made of parts). */
    T random(SplittableRandom source) {
        return random.apply(source);
    }

    /** The edge cases, in the order given (no duplicates). */
    public List<T> edgeCases() {
        return edgeCases;
    }

    /** The same values passed through {@code f} (edge cases too). */
    public <R> Gen<R> map(Function<? super T, ? extends R> f) {
        List<R> mapped = new ArrayList<>();
        for (T edge : edgeCases) {
            R r = f.apply(edge);
            if (!mapped.contains(r)) {
                mapped.add(r);
            }
        }
        return new Gen<>(source -> f.apply(random.apply(source)), mapped);
    }

    /** These values plus more edge cases (always tried, then mixed in). */
    @SafeVarargs
    public final Gen<T> withEdgeCases(T... more) {
        LinkedHashSet<T> all = new LinkedHashSet<>(edgeCases);
        all.addAll(Arrays.asList(more));
        return new Gen<>(random, new ArrayList<>(all));
    }
}
