package io.safeguard.accesslog.ledger;

import java.util.List;

/** RFC 9162 §2.1.3.2, verifying an inclusion proof, step by step. */
final class InclusionVerifier {
    private InclusionVerifier() {}

    static Verdict verify(byte[] leafHash, long index, long size, List<byte[]> proof, byte[] root) {
        if (leafHash.length != MerkleHash.SIZE || root.length != MerkleHash.SIZE) {
            return Verdict.refused("leaf hash and root must have " + MerkleHash.SIZE + " bytes");
        }
        // Step 1: leaf_index must be less than tree_size.
        if (index < 0 || index >= size) {
            return Verdict.refused("leaf " + index + " is not in a tree of " + size + " leaves");
        }
        // Steps 2-3.
        long fn = index;
        long sn = size - 1;
        byte[] r = leafHash;
        // Step 4.
        for (byte[] p : proof) {
            if (p.length != MerkleHash.SIZE) {
                return Verdict.refused("a proof hash has " + p.length + " bytes");
            }
            if (sn == 0) { // 4a
                return Verdict.refused("the proof is longer than the path to the root");
            }
            if ((fn & 1) == 1 || fn == sn) { // 4b
                r = MerkleHash.node(p, r);
                while ((fn & 1) == 0 && fn != 0) { // 4b.ii
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                r = MerkleHash.node(r, p);
            }
            fn >>>= 1; // 4c
            sn >>>= 1;
        }
        // Step 5.
        if (sn != 0) {
            return Verdict.refused("the proof is shorter than the path to the root");
        }
        return Proofs.sameHash(r, root) ? Verdict.verified() : Verdict.refused("the proof leads to a different root");
    }
}
