package io.safeguard.accesslog.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9162 §2.1.3 inclusion proofs and §2.1.4 consistency proofs: generation from stored complete-subtree hashes (see
 * {@link HashReader} for exactly which ones are read, at most about 2·log2(size) per proof) and verification from
 * hashes alone.
 */
public final class Proofs {
    private Proofs() {}

    /** RFC 9162 §2.1.1 MTH(D[0:size]): the compact range of size joined right to left; the empty hash for 0. */
    public static byte[] rootOf(HashReader hashes, long size) {
        if (size < 0) {
            throw new IllegalArgumentException("tree size must not be negative: " + size);
        }
        return size == 0 ? MerkleHash.empty() : subtreeHash(hashes, 0, size);
    }

    /** RFC 9162 §2.1.3.1 PATH(m, D[n]): the audit path of leaf {@code index} in the tree of {@code size} leaves. */
    public static List<byte[]> inclusion(HashReader hashes, long index, long size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size + " leaves");
        }
        var path = new ArrayList<byte[]>();
        path(hashes, index, 0, size, path);
        return path;
    }

    /** RFC 9162 §2.1.4.1 PROOF(m, D[n]) between the trees of {@code oldSize} and {@code newSize} leaves. */
    public static List<byte[]> consistency(HashReader hashes, long oldSize, long newSize) {
        if (oldSize < 0 || oldSize > newSize) {
            throw new IllegalArgumentException("no consistency proof from size " + oldSize + " to size " + newSize);
        }
        var proof = new ArrayList<byte[]>();
        if (oldSize > 0 && oldSize < newSize) { // RFC 9162 §2.1.4: empty for m = 0 and m = n
            subproof(hashes, oldSize, 0, newSize, true, proof);
        }
        return proof;
    }

    /** RFC 9162 §2.1.3.2: does {@code proof} show {@code leafHash} at {@code index} in the tree with {@code root}? */
    public static Verdict verifyInclusion(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        return InclusionVerifier.verify(leafHash, index, size, proof, root);
    }

    /** RFC 9162 §2.1.4.2: does {@code proof} show that the tree with {@code newRoot} extends the one with {@code oldRoot}? */
    public static Verdict verifyConsistency(long oldSize, long newSize, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
        return ConsistencyVerifier.verify(oldSize, newSize, oldRoot, newRoot, proof);
    }

    /** RFC 9162 §2.1.1 MTH(D[first:end]) where every piece of the decomposition is a stored perfect subtree. */
    static byte[] subtreeHash(HashReader hashes, long first, long end) {
        long n = end - first;
        if (Long.bitCount(n) == 1) {
            var subtree = Subtree.startingAt(first, Long.numberOfTrailingZeros(n));
            return hashes.hash(subtree.level(), subtree.index());
        }
        long k = Long.highestOneBit(n - 1); // RFC 9162 §2.1.1: the largest power of two smaller than n
        return MerkleHash.node(subtreeHash(hashes, first, first + k), subtreeHash(hashes, first + k, end));
    }

    // RFC 9162 §2.1.3.1: PATH(m, D[n]) = PATH(m, D[0:k]) : MTH(D[k:n]) for m < k, else PATH(m - k, D[k:n]) : MTH(D[0:k]).
    private static void path(HashReader hashes, long m, long first, long end, List<byte[]> path) {
        if (end - first == 1) {
            return;
        }
        long k = Long.highestOneBit(end - first - 1);
        if (m < first + k) {
            path(hashes, m, first, first + k, path);
            path.add(subtreeHash(hashes, first + k, end));
        } else {
            path(hashes, m, first + k, end, path);
            path.add(subtreeHash(hashes, first, first + k));
        }
    }

    // RFC 9162 §2.1.4.1: SUBPROOF(m, D[m], true) = {}, SUBPROOF(m, D[m], false) = {MTH(D[m])}; for m < n,
    // SUBPROOF(m, D[0:k], b) : MTH(D[k:n]) when m <= k, else SUBPROOF(m - k, D[k:n], false) : MTH(D[0:k]).
    private static void subproof(HashReader hashes, long m, long first, long end, boolean whole, List<byte[]> proof) {
        if (m == end) {
            if (!whole) {
                proof.add(subtreeHash(hashes, first, end));
            }
            return;
        }
        long k = Long.highestOneBit(end - first - 1);
        if (m <= first + k) {
            subproof(hashes, m, first, first + k, whole, proof);
            proof.add(subtreeHash(hashes, first + k, end));
        } else {
            subproof(hashes, m, first + k, end, false, proof);
            proof.add(subtreeHash(hashes, first, first + k));
        }
    }

    static boolean sameHash(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
