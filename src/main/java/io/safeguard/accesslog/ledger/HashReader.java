package io.safeguard.accesslog.ledger;

/**
 * Stored hashes of complete subtrees, as proofs and roots need them. Callers only ever ask for a perfect subtree that
 * lies entirely inside the tree size they work on ({@code (index + 1)·2^level ≤ size}), and never for a larger one than
 * the tree has, so a store of leaf hashes plus every complete node at levels 8, 16, 24, ... (tiles) can answer any
 * request by joining at most 255 stored hashes of the level below.
 */
@FunctionalInterface
public interface HashReader {
    /**
     * The RFC 9162 §2.1.1 hash of the complete subtree at {@code level} (0 = a leaf hash) and {@code index}, covering
     * leaves [index·2^level, (index+1)·2^level). Throws if the store does not hold that subtree yet.
     */
    byte[] hash(int level, long index);
}
