package io.safeguard.accesslog.ledger;

import java.util.List;

/**
 * The head of a segment file: the ledger's origin, the verifier key its checkpoints are signed with (for information:
 * a verifier must be given the trusted key separately), the first seq in the file, the compact range of the tree before
 * it (largest subtree first; empty when start is 0) and the signed checkpoint notes that the segment can be checked
 * against.
 */
public record SegmentHeader(String origin, VerifierKey key, long start, List<byte[]> compactRange, List<String> checkpoints) {
    public SegmentHeader {
        if (origin.isEmpty() || origin.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("the origin is one line without control characters");
        }
        if (start < 0 || compactRange.size() != Long.bitCount(start)) {
            throw new IllegalArgumentException("a segment starting at seq " + start + " carries a compact range of "
                    + Long.bitCount(Math.max(start, 0)) + " hashes, not " + compactRange.size());
        }
        for (byte[] hash : compactRange) {
            if (hash.length != MerkleHash.SIZE) {
                throw new IllegalArgumentException("a compact-range hash has " + MerkleHash.SIZE + " bytes");
            }
        }
        compactRange = List.copyOf(compactRange);
        checkpoints = List.copyOf(checkpoints);
    }
}
