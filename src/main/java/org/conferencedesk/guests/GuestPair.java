package org.conferencedesk.guests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Two guests (by id) the committee said are different people ("Not the same person"), the lower id
 * first, so each pair has one spelling. Stored in {@code guest_distinct} (sql/V5); the duplicates
 * review never links such a pair ({@link GuestDuplicates#find(List, java.util.Set)}).
 *
 * @param low the lower guest id
 * @param high the higher guest id
 */
public record GuestPair(long low, long high) implements Comparable<GuestPair> {

    /** @throws IllegalArgumentException if {@code low} is not below {@code high} (a guest is never distinct from itself) */
    public GuestPair {
        if (low >= high) {
            throw new IllegalArgumentException("a pair needs two guests, the lower id first: " + low + ", " + high);
        }
    }

    /** The pair of two different guest ids, in either order. */
    public static GuestPair of(long a, long b) {
        return new GuestPair(Math.min(a, b), Math.max(a, b));
    }

    /** Every pair among these ids (repeats ignored), ordered by low then high id: n ids give n(n−1)/2 pairs. */
    public static List<GuestPair> allAmong(Collection<Long> ids) {
        List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
        List<GuestPair> pairs = new ArrayList<>(sorted.size() * Math.max(0, sorted.size() - 1) / 2);
        for (int i = 0; i < sorted.size(); i++) {
            for (int j = i + 1; j < sorted.size(); j++) {
                pairs.add(new GuestPair(sorted.get(i), sorted.get(j)));
            }
        }
        return pairs;
    }

    /** True if {@code id} is one of the two. */
    public boolean contains(long id) {
        return id == low || id == high;
    }

    @Override
    public int compareTo(GuestPair other) {
        int byLow = Long.compare(low, other.low);
        return byLow != 0 ? byLow : Long.compare(high, other.high);
    }

    /** {@code "12 ≠ 15"}: how the audit trail and the command line write a pair. */
    @Override
    public String toString() {
        return low + " ≠ " + high;
    }
}
