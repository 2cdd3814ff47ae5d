package io.safeguard.accesslog.ledger;

import java.util.ArrayList;
import java.util.List;

/** RFC 9162 §2.1.4.2, verifying a consistency proof, step by step. */
final class ConsistencyVerifier {
    private ConsistencyVerifier() {}

    static Verdict verify(long first, long second, byte[] firstHash, byte[] secondHash, List<byte[]> proof) {
        if (firstHash.length != MerkleHash.SIZE || secondHash.length != MerkleHash.SIZE) {
            return Verdict.refused("roots must have " + MerkleHash.SIZE + " bytes");
        }
        if (first < 0 || first > second) {
            return Verdict.refused("tree size " + first + " cannot precede tree size " + second);
        }
        if (first == second || first == 0) { // RFC 9162 §2.1.4: the proof is empty for m = n and for m = 0
            if (!proof.isEmpty()) {
                return Verdict.refused("the proof between sizes " + first + " and " + second + " must be empty");
            }
            boolean same = first == second ? Proofs.sameHash(firstHash, secondHash) : Proofs.sameHash(firstHash, MerkleHash.empty());
            return same ? Verdict.verified() : Verdict.refused("the roots differ");
        }
        // Step 1.
        if (proof.isEmpty()) {
            return Verdict.refused("the proof is empty");
        }
        for (byte[] c : proof) {
            if (c.length != MerkleHash.SIZE) {
                return Verdict.refused("a proof hash has " + c.length + " bytes");
            }
        }
        // Step 2: if first is an exact power of 2, prepend first_hash.
        var path = new ArrayList<byte[]>(proof.size() + 1);
        if (Long.bitCount(first) == 1) {
            path.add(firstHash);
        }
        path.addAll(proof);
        // Steps 3-4.
        long fn = first - 1;
        long sn = second - 1;
        while ((fn & 1) == 1) {
            fn >>>= 1;
            sn >>>= 1;
        }
        // Step 5.
        byte[] fr = path.getFirst();
        byte[] sr = path.getFirst();
        // Step 6.
        for (byte[] c : path.subList(1, path.size())) {
            if (sn == 0) { // 6a
                return Verdict.refused("the proof is longer than the path to the root");
            }
            if ((fn & 1) == 1 || fn == sn) { // 6b
                fr = MerkleHash.node(c, fr);
                sr = MerkleHash.node(c, sr);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>>= 1;
                    sn >>>= 1;
                }
            } else {
                sr = MerkleHash.node(sr, c);
            }
            fn >>>= 1; // 6c
            sn >>>= 1;
        }
        // Step 7.
        if (sn != 0) {
            return Verdict.refused("the proof is shorter than the path to the root");
        }
        if (!Proofs.sameHash(fr, firstHash)) {
            return Verdict.refused("the proof does not lead to the old root");
        }
        return Proofs.sameHash(sr, secondHash) ? Verdict.verified() : Verdict.refused("the proof does not lead to the new root");
    }
}
