package org.conferencedesk.awards;

/**
 * The pseudo-random numbers of a seeded draw: SplitMix64, fully specified here so that a draw can be
 * repeated by hand or by any other program from the recorded seed, whatever Java version runs it.
 *
 * <p>Algorithm (Steele, Lea and Flood, "Fast Splittable Pseudorandom Number Generators", OOPSLA 2014;
 * the reference C code is Sebastiano Vigna's {@code splitmix64.c}): the state starts at the seed; each
 * number adds the golden gamma {@code 0x9E3779B97F4A7C15} to the state and returns it mixed:
 * {@code z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9; z = (z ^ (z >>> 27)) * 0x94D049BB133111EB;
 * z ^ (z >>> 31)} (64-bit wrap-around arithmetic). This is the sequence of
 * {@code new java.util.SplittableRandom(seed).nextLong()} (a test checks it), kept here in full so the
 * draw does not depend on that class's implementation.
 *
 * <p>How a tie is drawn ({@link WinnerProposal}): one generator per proposal, started from the
 * category's seed; ties are drawn from the top of the ranking down; in a tie the nominees, in the order
 * they were nominated, each take the next number; the highest number, compared as an unsigned 64-bit
 * value, goes first.
 */
public final class SeededDraw {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private long state;

    /** A generator started from {@code seed}. */
    public SeededDraw(long seed) {
        this.state = seed;
    }

    /** The next 64-bit number. */
    public long next() {
        state += GOLDEN_GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
