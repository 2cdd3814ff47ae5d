package io.safeguard.accesslog.ledger;

import org.jspecify.annotations.Nullable;

/**
 * One stored ledger position for verification: its sequence number (leaf index) and the canonical event bytes, the
 * stored leaf hash, or both. An expired event (payload deleted after retention) keeps only its leaf hash. The arrays
 * are shared, not copied.
 */
public record LedgerEntry(long seq, byte @Nullable [] canonical, byte @Nullable [] leafHash) {
    public LedgerEntry {
        if (seq < 0) {
            throw new IllegalArgumentException("seq must not be negative: " + seq);
        }
        if (canonical == null && leafHash == null) {
            throw new IllegalArgumentException("seq " + seq + " has neither an event nor a leaf hash");
        }
        if (leafHash != null && leafHash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("seq " + seq + ": a leaf hash has " + MerkleHash.SIZE + " bytes");
        }
    }

    /** An event with its canonical bytes ({@link io.safeguard.accesslog.AccessEvent#canonical()}). */
    public static LedgerEntry event(long seq, byte[] canonical) {
        return new LedgerEntry(seq, canonical, null);
    }

    /** An expired event: only the leaf hash is kept. */
    public static LedgerEntry expired(long seq, byte[] leafHash) {
        return new LedgerEntry(seq, null, leafHash);
    }

    /** An event as the database keeps it, with the leaf hash computed when it was appended. */
    public static LedgerEntry stored(long seq, byte[] canonical, byte[] leafHash) {
        return new LedgerEntry(seq, canonical, leafHash);
    }

    /** True for an expired event, which keeps only its leaf hash. */
    public boolean isExpired() {
        return canonical == null;
    }
}
