package io.safeguard.accesslog.ledger;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * RFC 9162 §2.1.1 Merkle Tree Hash with SHA-256: a leaf is SHA-256(0x00 ‖ data), an interior node is SHA-256(0x01 ‖
 * left ‖ right), and the empty tree is SHA-256 of nothing. Each thread reuses one {@link MessageDigest}.
 */
public final class MerkleHash {
    /** Length of every hash in bytes (SHA-256). */
    public static final int SIZE = 32;

    private static final byte LEAF_PREFIX = 0x00; // RFC 9162 §2.1.1: MTH({d(0)}) = HASH(0x00 || d(0))
    private static final byte NODE_PREFIX = 0x01; // RFC 9162 §2.1.1: HASH(0x01 || MTH(D[0:k]) || MTH(D[k:n]))
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);
    private static final byte[] EMPTY = sha256().digest();

    private MerkleHash() {}

    /** RFC 9162 §2.1.1: the hash of an empty list, MTH({}) = SHA-256() (e3b0c442...b855). A fresh copy. */
    public static byte[] empty() {
        return EMPTY.clone();
    }

    /** RFC 9162 §2.1.1: MTH({d}) = SHA-256(0x00 ‖ d). */
    public static byte[] leaf(byte[] data) {
        var digest = SCRATCH.get().digest;
        digest.update(LEAF_PREFIX);
        digest.update(data);
        return digest.digest();
    }

    /** RFC 9162 §2.1.1: SHA-256(0x01 ‖ left ‖ right) for the hashes of two adjacent subtrees. */
    public static byte[] node(byte[] left, byte[] right) {
        if (left.length != SIZE || right.length != SIZE) {
            throw new IllegalArgumentException("a node joins two " + SIZE + "-byte hashes");
        }
        var scratch = SCRATCH.get();
        byte[] input = scratch.node; // one 65-byte update is faster than three small ones
        input[0] = NODE_PREFIX;
        System.arraycopy(left, 0, input, 1, SIZE);
        System.arraycopy(right, 0, input, 1 + SIZE, SIZE);
        return scratch.digest.digest(input);
    }

    /** One digest and one node buffer per thread. */
    private static final class Scratch {
        final MessageDigest digest = sha256();
        final byte[] node = new byte[1 + 2 * SIZE];
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
