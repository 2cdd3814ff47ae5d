package io.safeguard.accesslog.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * An append-only Merkle tree kept as its compact range (the right-edge perfect subtrees), so appending is O(1) amortised
 * and memory is O(log n). Every complete subtree is announced to the {@link Observer} the moment it is formed, which is
 * how the service stores leaves and tiles. Not thread-safe.
 */
final class TreeBuilder {
    /** Told of each complete subtree as it is formed: the leaf itself at level 0, then each parent it completes. */
    @FunctionalInterface
    interface Observer {
        void completed(int level, long index, byte[] hash);
    }

    private static final Observer NONE = (level, index, hash) -> {};

    private final Observer observer;
    private final List<byte[]> range; // compact range, largest subtree first
    private long size;

    private TreeBuilder(long size, List<byte[]> range, Observer observer) {
        this.size = size;
        this.range = range;
        this.observer = observer;
    }

    /** An empty tree. */
    TreeBuilder() {
        this(NONE);
    }

    TreeBuilder(Observer observer) {
        this(0, new ArrayList<>(), observer);
    }

    /**
     * Continues a tree of {@code size} leaves from its compact range: the hashes of {@link Subtree#compactRange(long)},
     * largest first.
     */
    static TreeBuilder resume(long size, List<byte[]> compactRange, Observer observer) {
        if (size < 0 || compactRange.size() != Long.bitCount(size)) {
            throw new IllegalArgumentException(
                    "a tree of " + size + " leaves cannot have a compact range of " + compactRange.size() + " hashes");
        }
        var range = new ArrayList<byte[]>(compactRange.size() + 1);
        for (byte[] hash : compactRange) {
            range.add(checked(hash).clone());
        }
        return new TreeBuilder(size, range, observer);
    }

    /** Continues a tree of {@code size} leaves reading its compact range from stored hashes. */
    static TreeBuilder resume(long size, HashReader hashes, Observer observer) {
        var range = new ArrayList<byte[]>();
        for (Subtree subtree : Subtree.compactRange(size)) {
            range.add(hashes.hash(subtree.level(), subtree.index()));
        }
        return resume(size, range, observer);
    }

    /** Appends the next leaf hash (RFC 9162 §2.1.1 leaf hash, not the entry) and returns its index. */
    long append(byte[] leafHash) {
        long index = size;
        byte[] hash = checked(leafHash).clone();
        observer.completed(0, index, hash);
        // Each set low bit of the old size is a perfect subtree on the right edge that the new leaf now completes.
        for (int level = 0; (index & (1L << level)) != 0; level++) {
            hash = MerkleHash.node(range.removeLast(), hash);
            observer.completed(level + 1, index >>> (level + 1), hash);
        }
        range.add(hash);
        size = index + 1;
        return index;
    }

    long size() {
        return size;
    }

    /** RFC 9162 §2.1.1 MTH of the current tree: the compact range joined right to left; the empty hash if none. */
    byte[] root() {
        if (range.isEmpty()) {
            return MerkleHash.empty();
        }
        byte[] root = range.getLast();
        for (int i = range.size() - 2; i >= 0; i--) {
            root = MerkleHash.node(range.get(i), root);
        }
        return root == range.getLast() ? root.clone() : root;
    }

    /** The compact range (largest subtree first), copies: enough to {@link #resume} this tree later. */
    List<byte[]> compactRange() {
        return range.stream().map(byte[]::clone).toList();
    }

    private static byte[] checked(byte[] hash) {
        if (hash.length != MerkleHash.SIZE) {
            throw new IllegalArgumentException("a hash has " + MerkleHash.SIZE + " bytes, not " + hash.length);
        }
        return hash;
    }
}
