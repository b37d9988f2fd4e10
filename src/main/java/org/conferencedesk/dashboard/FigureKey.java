package org.conferencedesk.dashboard;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * The stable key of one figure of an event: a {@link FigureName}, and for a figure kept per sector,
 * district, hall, session, origin or place of the signing order, its argument as written. Written as
 * text {@code name} or {@code name[argument]}: {@code guests.academicians}, {@code contracts.signed.amount},
 * {@code contracts.sector[集成电路]}, {@code exhibitors.hall[9.2]}, {@code contracts.runningTotal[12]}; in the
 * argument a {@code ]} or {@code \} is written {@code \]} or {@code \\}.
 *
 * @param name the figure
 * @param argument its argument ("" allowed: contracts with no sector), or null for a figure without one
 */
public record FigureKey(FigureName name, String argument) implements Comparable<FigureKey> {

    /** Orders keys as the figures are shown: by name (sections, then the order of {@link FigureName}), then argument. */
    private static final Comparator<FigureKey> ORDER = Comparator.comparing(FigureKey::name)
            .thenComparing(FigureKey::argument, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Checks that the argument is given exactly when the name takes one.
     *
     * @throws IllegalArgumentException otherwise
     */
    public FigureKey {
        Objects.requireNonNull(name, "name");
        if (name.hasArgument() != (argument != null)) {
            throw new IllegalArgumentException(name.hasArgument()
                    ? "The figure " + name.key() + " is kept per " + name.argument() + ": give which one"
                    : "The figure " + name.key() + " takes no argument");
        }
    }

    /** The key of a figure without argument. */
    public static FigureKey of(FigureName name) {
        return new FigureKey(name, null);
    }

    /** The key of a figure kept per sector, district, hall …, for {@code argument}. */
    public static FigureKey of(FigureName name, String argument) {
        return new FigureKey(name, Objects.requireNonNull(argument, "argument"));
    }

    /**
     * Reads a key written by {@link #toString()} (surrounding blanks ignored).
     *
     * @return the key, or empty if the text names no figure, or gives an argument to a figure without
     *         one (or none to one that needs it)
     */
    public static Optional<FigureKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        int open = t.indexOf('[');
        if (open < 0) {
            return FigureName.ofKey(t).filter(n -> !n.hasArgument()).map(FigureKey::of);
        }
        if (!t.endsWith("]")) {
            return Optional.empty();
        }
        StringBuilder argument = new StringBuilder();
        for (int i = open + 1; i < t.length() - 1; i++) {
            char ch = t.charAt(i);
            if (ch == '\\' && i + 1 < t.length() - 1) {
                argument.append(t.charAt(++i));
            } else if (ch == ']' || ch == '\\') {
                return Optional.empty();
            } else {
                argument.append(ch);
            }
        }
        return FigureName.ofKey(t.substring(0, open)).filter(FigureName::hasArgument)
                .map(n -> FigureKey.of(n, argument.toString()));
    }

    /** The key as text: {@code name} or {@code name[argument]} (see the class comment). */
    @Override
    public String toString() {
        if (argument == null) {
            return name.key();
        }
        StringBuilder out = new StringBuilder(name.key().length() + argument.length() + 2).append(name.key()).append('[');
        for (int i = 0; i < argument.length(); i++) {
            char ch = argument.charAt(i);
            if (ch == ']' || ch == '\\') {
                out.append('\\');
            }
            out.append(ch);
        }
        return out.append(']').toString();
    }

    @Override
    public int compareTo(FigureKey other) {
        return ORDER.compare(this, other);
    }
}
