package io.safeguard.accesslog.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The address of a complete (perfect) subtree: level 0 are the leaves, and the level-L subtree at index i covers the
 * leaves [i·2^L, (i+1)·2^L).
 */
public record Subtree(int level, long index) {
    public Subtree {
        if (level < 0 || level > 62 || index < 0 || index > (Long.MAX_VALUE >> level) - 1) {
            throw new IllegalArgumentException("no subtree at level " + level + ", index " + index);
        }
    }

    /** The subtree of {@code 2^level} leaves that starts at leaf {@code first}, which must be a multiple of it. */
    static Subtree startingAt(long first, int level) {
        if ((first & ((1L << level) - 1)) != 0) {
            throw new IllegalArgumentException("leaf " + first + " does not start a level-" + level + " subtree");
        }
        return new Subtree(level, first >>> level);
    }

    /** First leaf covered. */
    public long first() {
        return index << level;
    }

    /** One past the last leaf covered. */
    public long end() {
        return (index + 1) << level;
    }

    /**
     * The compact range of a tree of {@code size} leaves: the perfect subtrees of the binary decomposition of size, left
     * (largest) to right. RFC 9162 §2.1.1 MTH of a tree that is not a power of two is these hashes joined right to left.
     */
    public static List<Subtree> compactRange(long size) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + size);
        }
        var range = new ArrayList<Subtree>(Long.bitCount(size));
        long first = 0;
        for (int level = 62; level >= 0; level--) {
            if ((size & (1L << level)) != 0) {
                range.add(startingAt(first, level));
                first += 1L << level;
            }
        }
        return range;
    }
}
