package io.safeguard.accesslog.ledger;

import static io.safeguard.accesslog.ledger.MerkleFixtures.LEAF_INPUTS;
import static io.safeguard.accesslog.ledger.MerkleFixtures.ROOTS;
import static io.safeguard.accesslog.ledger.MerkleFixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * RFC 9162 §2.1.3 and §2.1.4 against the known proofs of the RFC 6962 test tree (transparency-dev/merkle
 * proof/verify_test.go; its leaf numbers are 1-based, ours are leaf indices), including its corrupted-proof probes.
 */
class ProofVectorsTests {
    static final InMemoryHashes TREE = InMemoryHashes.of(MerkleFixtures.leafHashes(LEAF_INPUTS));
    static final byte[] SOME_HASH = hex("abacaba000000000000000000000000000000000000000000060061e00123456").getFirst();

    static Stream<Arguments> inclusionProofs() {
        return Stream.of(
                Arguments.of(0, 1, List.of()),
                Arguments.of(0, 8, hex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(5, 8, hex("bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                Arguments.of(2, 3, hex("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125")),
                Arguments.of(1, 5, hex("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")));
    }

    static Stream<Arguments> consistencyProofs() {
        return Stream.of(
                Arguments.of(1, 1, List.of()),
                Arguments.of(1, 8, hex("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4")),
                Arguments.of(6, 8, hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")),
                Arguments.of(2, 5, hex("5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b")),
                Arguments.of(6, 7, hex("0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                        "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7")));
    }

    @Test
    void rootsFromStoredSubtreesMatchForSizesZeroToEight() {
        for (int size = 0; size <= 8; size++) {
            assertThat(Proofs.rootOf(TREE, size)).as("size " + size).isEqualTo(ROOTS.get(size));
        }
    }

    @ParameterizedTest(name = "leaf {0} in size {1}")
    @MethodSource("inclusionProofs")
    void inclusionProofsAreTheKnownOnesAndVerify(int index, int size, List<byte[]> known) {
        assertThat(Proofs.inclusion(TREE, index, size)).containsExactlyElementsOf(known);
        byte[] leaf = MerkleHash.leaf(LEAF_INPUTS.get(index));
        byte[] root = ROOTS.get(size);
        assertThat(Proofs.verifyInclusion(leaf, index, size, known, root).valid()).isTrue();
        var probes = new ArrayList<Map.Entry<String, Verdict>>();
        probes.add(Map.entry("index - 1", Proofs.verifyInclusion(leaf, index - 1, size, known, root)));
        probes.add(Map.entry("index + 1", Proofs.verifyInclusion(leaf, index + 1, size, known, root)));
        probes.add(Map.entry("index ^ 2", Proofs.verifyInclusion(leaf, index ^ 2, size, known, root)));
        probes.add(Map.entry("size * 2", Proofs.verifyInclusion(leaf, index, size * 2, known, root)));
        probes.add(Map.entry("size / 2", Proofs.verifyInclusion(leaf, index, size / 2, known, root)));
        probes.add(Map.entry("wrong leaf", Proofs.verifyInclusion(MerkleHash.leaf(new byte[] {9}), index, size, known, root)));
        probes.add(Map.entry("empty root", Proofs.verifyInclusion(leaf, index, size, known, ROOTS.get(0))));
        probes.add(Map.entry("random root", Proofs.verifyInclusion(leaf, index, size, known, SOME_HASH)));
        probes.add(Map.entry("trailing garbage", Proofs.verifyInclusion(leaf, index, size, with(known, -1, new byte[0]), root)));
        probes.add(Map.entry("trailing root", Proofs.verifyInclusion(leaf, index, size, with(known, -1, root), root)));
        probes.add(Map.entry("preceding garbage", Proofs.verifyInclusion(leaf, index, size, with(known, 0, new byte[0]), root)));
        probes.add(Map.entry("preceding root", Proofs.verifyInclusion(leaf, index, size, with(known, 0, root), root)));
        for (int i = 0; i < known.size(); i++) {
            probes.add(Map.entry("flipped bit in " + i, Proofs.verifyInclusion(leaf, index, size, flipped(known, i, 8), root)));
        }
        if (!known.isEmpty()) {
            probes.add(Map.entry("removed", Proofs.verifyInclusion(leaf, index, size, known.subList(0, known.size() - 1), root)));
        }
        if (known.size() > 1) {
            probes.add(Map.entry("inserted", Proofs.verifyInclusion(leaf, index, size, with(known, 1, SOME_HASH), root)));
        }
        assertThat(probes).allSatisfy(p -> assertThat(p.getValue().valid()).as(p.getKey()).isFalse());
    }

    @ParameterizedTest(name = "size {0} to {1}")
    @MethodSource("consistencyProofs")
    void consistencyProofsAreTheKnownOnesAndVerify(int first, int second, List<byte[]> known) {
        assertThat(Proofs.consistency(TREE, first, second)).containsExactlyElementsOf(known);
        byte[] root1 = ROOTS.get(first);
        byte[] root2 = ROOTS.get(second);
        assertThat(Proofs.verifyConsistency(first, second, root1, root2, known).valid()).isTrue();
        if (known.isEmpty()) {
            return;
        }
        byte[] wrong = SOME_HASH;
        var probes = new ArrayList<Map.Entry<String, Verdict>>();
        probes.add(Map.entry("first - 1", Proofs.verifyConsistency(first - 1, second, root1, root2, known)));
        probes.add(Map.entry("first + 1", Proofs.verifyConsistency(first + 1, second, root1, root2, known)));
        probes.add(Map.entry("first ^ 2", Proofs.verifyConsistency(first ^ 2, second, root1, root2, known)));
        probes.add(Map.entry("second * 2", Proofs.verifyConsistency(first, second * 2, root1, root2, known)));
        probes.add(Map.entry("second / 2", Proofs.verifyConsistency(first, second / 2, root1, root2, known)));
        probes.add(Map.entry("wrong root1", Proofs.verifyConsistency(first, second, wrong, root2, known)));
        probes.add(Map.entry("wrong root2", Proofs.verifyConsistency(first, second, root1, wrong, known)));
        probes.add(Map.entry("swapped roots", Proofs.verifyConsistency(first, second, root2, root1, known)));
        probes.add(Map.entry("empty proof", Proofs.verifyConsistency(first, second, root1, root2, List.of())));
        probes.add(Map.entry("trailing garbage", Proofs.verifyConsistency(first, second, root1, root2, with(known, -1, new byte[0]))));
        probes.add(Map.entry("trailing root1", Proofs.verifyConsistency(first, second, root1, root2, with(known, -1, root1))));
        probes.add(Map.entry("trailing root2", Proofs.verifyConsistency(first, second, root1, root2, with(known, -1, root2))));
        probes.add(Map.entry("preceding garbage", Proofs.verifyConsistency(first, second, root1, root2, with(known, 0, new byte[0]))));
        probes.add(Map.entry("preceding root1", Proofs.verifyConsistency(first, second, root1, root2, with(known, 0, root1))));
        probes.add(Map.entry("preceding root2", Proofs.verifyConsistency(first, second, root1, root2, with(known, 0, root2))));
        probes.add(Map.entry("preceding proof[0]", Proofs.verifyConsistency(first, second, root1, root2, with(known, 0, known.getFirst()))));
        probes.add(Map.entry("truncated", Proofs.verifyConsistency(first, second, root1, root2, known.subList(0, known.size() - 1))));
        for (int i = 0; i < known.size(); i++) {
            probes.add(Map.entry("flipped bit in " + i, Proofs.verifyConsistency(first, second, root1, root2, flipped(known, i, 16))));
        }
        assertThat(probes).allSatisfy(p -> assertThat(p.getValue().valid()).as(p.getKey()).isFalse());
    }

    @Test
    void consistencyWithTheEmptyTreeOrTheSameTreeNeedsAnEmptyProof() {
        assertThat(Proofs.verifyConsistency(0, 0, ROOTS.get(0), ROOTS.get(0), List.of()).valid()).isTrue();
        assertThat(Proofs.verifyConsistency(0, 5, ROOTS.get(0), ROOTS.get(5), List.of()).valid()).isTrue();
        assertThat(Proofs.verifyConsistency(5, 5, ROOTS.get(5), ROOTS.get(5), List.of()).valid()).isTrue();
        assertThat(Proofs.verifyConsistency(5, 5, ROOTS.get(5), ROOTS.get(4), List.of()).valid()).isFalse();
        assertThat(Proofs.verifyConsistency(0, 5, ROOTS.get(0), ROOTS.get(5), List.of(ROOTS.get(0))).valid()).isFalse();
        assertThat(Proofs.verifyConsistency(5, 5, ROOTS.get(5), ROOTS.get(5), List.of(ROOTS.get(0))).valid()).isFalse();
        assertThat(Proofs.verifyConsistency(2, 1, ROOTS.get(2), ROOTS.get(1), List.of()).reason()).contains("cannot precede");
        assertThat(Proofs.consistency(TREE, 0, 8)).isEmpty();
        assertThat(Proofs.consistency(TREE, 8, 8)).isEmpty();
    }

    static List<byte[]> with(List<byte[]> proof, int at, byte[] hash) {
        var copy = new ArrayList<>(proof);
        copy.add(at < 0 ? copy.size() : at, hash);
        return copy;
    }

    static List<byte[]> flipped(List<byte[]> proof, int element, int bit) {
        var copy = new ArrayList<>(proof);
        byte[] hash = copy.get(element).clone();
        hash[0] ^= (byte) bit;
        copy.set(element, hash);
        return copy;
    }
}
