package org.conferencedesk.shared.money;

import java.util.Objects;

/**
 * Thrown by {@link AmountParser} when a text is not an amount it understands.
 *
 * <p>Unchecked (extends {@link IllegalArgumentException}). It carries everything a UI needs to
 * explain the problem in its own language: the original {@link #input()}, a {@link #reason()} and
 * the {@link #fragment()} of the input that was not understood (with its position, so it can be
 * highlighted). {@link #getMessage()} is an English sentence naming the fragment, for logs and the
 * command line.
 */
public final class AmountFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** Why a text was refused. */
    public enum Reason {
        /** Nothing but whitespace (or {@code null}). */
        EMPTY,
        /**
         * No number: letters only, Chinese numerals that break their rules ({@code 壹佰拾},
         * {@code 二三}), scientific notation ({@code 1e9}), two decimal points ({@code 1.2.3}), the
         * ideographic full stop used as decimal point ({@code 12。5}).
         */
        NOT_A_NUMBER,
        /**
         * A word or sign that is not a known unit or currency, or a known one in a place where it
         * makes no sense: {@code 5亿欧}, {@code 5亿亿}, a unit before the number, two different
         * currencies ({@code $5亿人民币}).
         */
        UNKNOWN_UNIT,
        /** A minus sign or {@code 负} before the number. */
        NEGATIVE,
        /** Finer than 0.01 (one fen) after applying the unit: {@code 1234.567}, {@code 0.000000001亿}. */
        TOO_PRECISE,
        /** 10^17 or more, i.e. does not fit {@code DECIMAL(19,2)}. */
        TOO_LARGE,
        /**
         * Digit grouping that is not groups of three ({@code 1,23,4}), or numbers that do not
         * combine clearly: two numbers without a unit between them ({@code 1 234}), a trailing
         * number without a unit after a compound ({@code 1亿2000}), a compound whose parts are
         * not decreasing ({@code 1万2亿}) or a decimal in a part other than the last.
         */
        AMBIGUOUS_GROUPING,
        /**
         * Chinese numerals that can be read two ways: a part after 亿 or 万 without its own unit and
         * without 零 ({@code 叁亿伍仟}: 叁亿伍仟万 or 叁亿零伍仟?), a last digit without its unit
         * ({@code 伍佰伍}: 伍佰伍拾 or 伍佰零伍?).
         */
        UNCLEAR_NUMERALS
    }

    private final String input;
    private final Reason reason;
    private final String fragment;
    private final int fragmentStart;

    /**
     * @param input         the original text as given to the parser ({@code ""} for {@code null})
     * @param reason        why it was refused
     * @param fragment      the part of {@code input} that was not understood (may be the whole
     *                      input, {@code ""} for {@link Reason#EMPTY})
     * @param fragmentStart index of {@code fragment} in {@code input}
     * @param message       English sentence naming the fragment
     */
    AmountFormatException(String input, Reason reason, String fragment, int fragmentStart, String message) {
        super(message);
        this.input = Objects.requireNonNull(input);
        this.reason = Objects.requireNonNull(reason);
        this.fragment = Objects.requireNonNull(fragment);
        this.fragmentStart = fragmentStart;
    }

    /** @return the original text given to the parser, unchanged ({@code ""} if it was {@code null}) */
    public String input() {
        return input;
    }

    /** @return why the text was refused */
    public Reason reason() {
        return reason;
    }

    /** @return the part of {@link #input()} that was not understood, as written by the user */
    public String fragment() {
        return fragment;
    }

    /**
     * @return index of {@link #fragment()} in {@link #input()}; {@code input().substring(fragmentStart(),
     *         fragmentStart() + fragment().length())} equals {@code fragment()}
     */
    public int fragmentStart() {
        return fragmentStart;
    }
}
