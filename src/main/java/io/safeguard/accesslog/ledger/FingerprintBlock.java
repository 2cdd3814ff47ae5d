package io.safeguard.accesslog.ledger;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/** One segment's fingerprints for one day, in order, each with its position: 16 bytes per event, found by binary search. */
final class FingerprintBlock {
    static final FingerprintBlock EMPTY = new FingerprintBlock(new long[0], new long[0]);

    private final long[] fingerprints;
    private final long[] seqs;

    private FingerprintBlock(long[] fingerprints, long[] seqs) {
        this.fingerprints = fingerprints;
        this.seqs = seqs;
    }

    static FingerprintBlock decode(byte[] bytes) {
        var in = ByteBuffer.wrap(bytes);
        int n = bytes.length / 16;
        long[] fingerprints = new long[n];
        long[] seqs = new long[n];
        for (int i = 0; i < n; i++) {
            fingerprints[i] = in.getLong();
            seqs[i] = in.getLong();
        }
        return new FingerprintBlock(fingerprints, seqs);
    }

    /** The blocks' pairs in one block, still in fingerprint order (merged two at a time: linear in the total). */
    static FingerprintBlock merge(List<FingerprintBlock> blocks) {
        List<FingerprintBlock> round = new ArrayList<>(blocks);
        while (round.size() > 1) {
            List<FingerprintBlock> next = new ArrayList<>((round.size() + 1) / 2);
            for (int i = 0; i + 1 < round.size(); i += 2) {
                next.add(merge(round.get(i), round.get(i + 1)));
            }
            if (round.size() % 2 == 1) {
                next.add(round.getLast());
            }
            round = next;
        }
        return round.isEmpty() ? EMPTY : round.getFirst();
    }

    private static FingerprintBlock merge(FingerprintBlock a, FingerprintBlock b) {
        int n = a.size() + b.size();
        long[] fingerprints = new long[n];
        long[] seqs = new long[n];
        int i = 0;
        int j = 0;
        for (int k = 0; k < n; k++) {
            if (j >= b.size() || (i < a.size() && a.fingerprints[i] <= b.fingerprints[j])) {
                fingerprints[k] = a.fingerprints[i];
                seqs[k] = a.seqs[i++];
            } else {
                fingerprints[k] = b.fingerprints[j];
                seqs[k] = b.seqs[j++];
            }
        }
        return new FingerprintBlock(fingerprints, seqs);
    }

    /** Calls {@code match} with (stored position, this block's position) for every fingerprint both blocks hold. */
    void join(FingerprintBlock stored, java.util.function.BiConsumer<Long, Long> match) {
        if (stored.size() > 16 * size()) { // a large run: a binary search per fingerprint reads less than a merge
            for (int k = 0; k < fingerprints.length; k++) {
                long position = seqs[k];
                stored.find(fingerprints[k], seq -> match.accept(seq, position));
            }
            return;
        }
        int i = 0;
        int j = 0;
        while (i < fingerprints.length && j < stored.fingerprints.length) {
            long a = fingerprints[i];
            long b = stored.fingerprints[j];
            if (a < b) {
                i++;
            } else if (a > b) {
                j++;
            } else {
                int jEnd = j;
                while (jEnd < stored.fingerprints.length && stored.fingerprints[jEnd] == a) {
                    jEnd++;
                }
                for (; i < fingerprints.length && fingerprints[i] == a; i++) {
                    for (int k = j; k < jEnd; k++) {
                        match.accept(stored.seqs[k], seqs[i]);
                    }
                }
                j = jEnd;
            }
        }
    }

    int size() {
        return fingerprints.length;
    }

    /** Every position stored with this fingerprint. */
    void find(long fingerprint, LongConsumer seq) {
        int at = Arrays.binarySearch(fingerprints, fingerprint);
        if (at < 0) {
            return;
        }
        while (at > 0 && fingerprints[at - 1] == fingerprint) {
            at--;
        }
        for (; at < fingerprints.length && fingerprints[at] == fingerprint; at++) {
            seq.accept(seqs[at]);
        }
    }

    /** A copy of encoded pairs with {@code by} added to every position (a batch's relative positions made ledger positions). */
    static byte[] shifted(byte[] bytes, long by) {
        byte[] copy = bytes.clone();
        var buffer = ByteBuffer.wrap(copy);
        for (int at = 8; at < copy.length; at += 16) {
            buffer.putLong(at, buffer.getLong(at) + by);
        }
        return copy;
    }

    static final class Builder {
        private long[] pairs = new long[64];
        private int n;

        void add(long fingerprint, long seq) {
            if (2 * n + 2 > pairs.length) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[2 * n] = fingerprint;
            pairs[2 * n + 1] = seq;
            n++;
        }

        /** The pairs in the order added, which must be fingerprint order (the batch prepares it). */
        byte[] encode() {
            var out = ByteBuffer.allocate(n * 16);
            for (int i = 0; i < n; i++) {
                out.putLong(pairs[2 * i]).putLong(pairs[2 * i + 1]);
            }
            return out.array();
        }
    }
}
