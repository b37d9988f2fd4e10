package org.conferencedesk.importexport;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * The event's own list of values for one field (a guest's category, a contract's sector or district),
 * as an import reads it ({@link ImportRow#listed}): a cell naming a known value (in any spelling the
 * type accepts: {@code 院士}, {@code academician}, {@code ＡＩ} for {@code AI}) takes it; a value the
 * event does not know is shown in the preview once for the whole file, where the user maps it to a
 * known value or adds it ({@code --map-value}, {@code --add-values} on the command line). A list that
 * {@linkplain #asks() asks} refuses the import until every new value has an answer; one that does not
 * (sector, district: every first import brings new ones) adds them unless the user maps them.
 *
 * <p>Immutable once built; made per import (the event's values as they are when it starts).
 *
 * @param <V> the field's values
 */
public final class ValueList<V> {

    private final ChoiceWords<V> words;
    private final List<String> shown;
    private final Function<String, V> adding;
    private final boolean asks;

    private ValueList(ChoiceWords<V> words, List<String> shown, Function<String, V> adding, boolean asks) {
        this.words = words;
        this.shown = List.copyOf(shown);
        this.adding = adding;
        this.asks = asks;
    }

    /**
     * A list whose new values wait for the user's answer (a guest's category).
     *
     * @param words every spelling of every known value (the shown names among them)
     * @param shown the known values as the preview offers them, in the user's language and the list's order
     * @param adding the value a new one becomes when added, from its text as written (stripped)
     */
    public static <V> ValueList<V> asking(ChoiceWords<V> words, List<String> shown, Function<String, V> adding) {
        return new ValueList<>(words, shown, adding, true);
    }

    /** A list whose new values are added unless the user maps them (see {@link #asking} for the arguments). */
    public static <V> ValueList<V> adding(ChoiceWords<V> words, List<String> shown, Function<String, V> adding) {
        return new ValueList<>(words, shown, adding, false);
    }

    /**
     * A list of free-text values kept as written (sector, district): another spelling of a known value
     * (width, case, spaces, traditional characters) takes the known spelling; new values are added
     * unless {@code asks}.
     */
    public static ValueList<String> ofTexts(Collection<String> known, boolean asks) {
        ChoiceWords<String> words = new ChoiceWords<>();
        for (String k : known) {
            words.addIfAbsent(k, k);
        }
        List<String> shown = List.copyOf(known);
        return new ValueList<>(words, shown, Function.identity(), asks);
    }

    /** The known value {@code written} names, or null. */
    public V known(String written) {
        return words.of(written);
    }

    /** The value {@code written} becomes when added to the list. */
    public V added(String written) {
        return adding.apply(written);
    }

    /** The known values as the preview offers them. */
    public List<String> shown() {
        return shown;
    }

    /** True if a new value waits for the user's answer; false if it is added unless mapped. */
    public boolean asks() {
        return asks;
    }
}
