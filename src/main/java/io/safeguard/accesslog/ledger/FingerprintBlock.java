package io.safeguard.accesslog.ledger;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.LongConsumer;

/** One segment's fingerprints for one day, in order, each with its position: 16 bytes per event, found by binary search. */
final class FingerprintBlock {
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
