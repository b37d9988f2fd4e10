package org.conferencedesk.importexport;

import java.nio.charset.StandardCharsets;
import org.apache.commons.codec.digest.MurmurHash3;

/**
 * The first line on which each key was seen, for an import's duplicate checks against the whole
 * file (same project and investor, same e-mail …) without keeping every key's text: a key is kept
 * as its 128-bit MurmurHash3 (20 bytes a key with its line, instead of ~100 for a short String in a
 * HashMap), so a 1,000,000-row file stays within a few tens of MB. Two different keys get the same
 * hash with a probability of about n² / 2¹²⁹ (10⁻²⁷ for a million keys): never, in practice.
 *
 * <p>Not thread-safe; one per import and key kind.
 */
public final class SeenKeys {

    private long[] high;
    private long[] low;
    private int[] lines;
    private int size;
    private int mask;

    /** An empty set sized for about {@code expected} keys (it grows as needed). */
    public SeenKeys(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        allocate(capacity);
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new long[capacity];
        lines = new int[capacity];
        mask = capacity - 1;
    }

    /**
     * Records that {@code key} is on {@code line} unless it was seen before.
     *
     * @param line the line, 1 or more
     * @return the line it was first seen on, or 0 if this is the first time (then {@code line} is kept)
     */
    public int firstLine(String key, int line) {
        long[] hash = MurmurHash3.hash128x64(key.getBytes(StandardCharsets.UTF_8));
        int slot = slot(hash);
        if (lines[slot] != 0) {
            return lines[slot];
        }
        high[slot] = hash[0];
        low[slot] = hash[1];
        lines[slot] = line;
        if (++size * 2 > high.length) {
            grow();
        }
        return 0;
    }

    /** The line {@code key} was first seen on, or 0. */
    public int lineOf(String key) {
        return lines[slot(MurmurHash3.hash128x64(key.getBytes(StandardCharsets.UTF_8)))];
    }

    /** The slot holding {@code hash}, or the empty slot where it would go. */
    private int slot(long[] hash) {
        int slot = (int) (hash[0] ^ (hash[0] >>> 32)) & mask;
        while (lines[slot] != 0 && (high[slot] != hash[0] || low[slot] != hash[1])) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** How many keys were seen. */
    public int size() {
        return size;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldLines = lines;
        allocate(oldHigh.length * 2);
        for (int i = 0; i < oldHigh.length; i++) {
            if (oldLines[i] != 0) {
                int slot = (int) (oldHigh[i] ^ (oldHigh[i] >>> 32)) & mask;
                while (lines[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
