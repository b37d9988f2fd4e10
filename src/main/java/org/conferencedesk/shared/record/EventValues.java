package org.conferencedesk.shared.record;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The values an event already uses in a free-text field that totals are kept by (a contract's
 * sector and district): the same value written another way must not start a separate total. Two
 * spellings are the same value when they differ only in width (ＡＩ/AI), case, or spaces
 * (新能源 汽车/新能源汽车); anything else is a new value, which the form asks about once.
 * Pure; no JavaFX.
 */
public final class EventValues {

    private EventValues() {
    }

    /** The form two spellings of one value share: NFKC, lower case, no whitespace. */
    public static String fold(String value) {
        return value == null ? "" : Normalizer.normalize(value, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u3000]+", "");
    }

    /**
     * The known value {@code typed} is a spelling of, if any: itself if known as typed, else the one
     * it folds to ({@link #fold}). Empty for a new value (or for blank text).
     */
    public static Optional<String> known(String typed, Collection<String> known) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String stripped = typed.strip();
        if (known.contains(stripped)) {
            return Optional.of(stripped);
        }
        String folded = fold(stripped);
        return known.stream().filter(k -> fold(k).equals(folded)).findFirst();
    }

    /**
     * The known values matching what is typed, for completion as you type: those starting with it
     * first, then those containing it, each group in the order given; all of them for blank text.
     *
     * @param max at most this many
     */
    public static List<String> suggestions(String typed, Collection<String> known, int max) {
        String folded = fold(typed);
        List<String> starting = new ArrayList<>();
        List<String> containing = new ArrayList<>();
        for (String k : known) {
            String f = fold(k);
            if (f.startsWith(folded)) {
                starting.add(k);
            } else if (f.contains(folded)) {
                containing.add(k);
            }
        }
        starting.addAll(containing);
        return starting.size() > max ? List.copyOf(starting.subList(0, max)) : List.copyOf(starting);
    }
}
