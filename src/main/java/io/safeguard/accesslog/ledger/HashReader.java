package io.safeguard.accesslog.ledger;

/**
 * Stored hashes of complete subtrees, as roots, proofs and resuming need them. Every request (level L, index i) is a
 * perfect subtree wholly inside the tree size being worked on, (i+1)·2^L ≤ size:
 *
 * <ul>
 *   <li>{@link Proofs#rootOf} and {@link TreeBuilder#resume(long, HashReader, TreeBuilder.Observer)} read the compact
 *       range of the size ({@link Subtree#compactRange(long)}), largest first;
 *   <li>{@link Proofs#inclusion} and {@link Proofs#consistency} read, for each proof hash, either one perfect subtree (a
 *       sibling on the path) or, when the hash covers leaves [s, size) up to the right edge, the perfect subtrees of the
 *       binary decomposition of that range, largest first. Only ranges that end at the tree size are ever split.
 * </ul>
 *
 * A store of leaf hashes plus every complete node at levels 8, 16, 24, ... (tiles) can answer any request by joining
 * 2^(L mod 8) ≤ 128 hashes of the nearest stored level below.
 */
@FunctionalInterface
public interface HashReader {
    /**
     * The RFC 9162 §2.1.1 hash of the complete subtree at {@code level} (0 = a leaf hash) and {@code index}, covering
     * leaves [index·2^level, (index+1)·2^level). Throws if the store does not hold that subtree yet.
     */
    byte[] hash(int level, long index);
}
