package io.safeguard.accesslog.ledger;

import static io.safeguard.accesslog.ledger.ProofVectorsTests.flipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every inclusion and consistency proof for every tree size 1 to 64, and random pairs in a larger tree, verifies; a
 * flipped byte, a wrong index or a wrong size does not; proofs read only complete subtrees inside the tree size.
 */
class ProofPropertiesTests {
    static final int SMALL = 64;
    static final List<byte[]> LEAVES = MerkleFixtures.randomLeafHashes(5000, 11);
    static final InMemoryHashes STORE = InMemoryHashes.of(LEAVES);
    static final byte[][] ROOTS = new byte[SMALL + 1][];

    static {
        for (int n = 0; n <= SMALL; n++) {
            ROOTS[n] = MerkleFixtures.mth(LEAVES, 0, n);
        }
    }

    @Test
    void everyInclusionProofUpTo64LeavesVerifiesAndNoCorruptionDoes() {
        for (int n = 1; n <= SMALL; n++) {
            assertThat(Proofs.rootOf(STORE, n)).isEqualTo(ROOTS[n]);
            for (int m = 0; m < n; m++) {
                var proof = Proofs.inclusion(STORE, m, n);
                byte[] leaf = LEAVES.get(m);
                String at = "leaf " + m + " of " + n;
                assertThat(Proofs.verifyInclusion(leaf, m, n, proof, ROOTS[n]).valid()).as(at).isTrue();
                for (int i = 0; i < proof.size(); i++) {
                    assertThat(Proofs.verifyInclusion(leaf, m, n, flipped(proof, i, 1), ROOTS[n]).valid()).as(at).isFalse();
                }
                if (m + 1 < n) {
                    assertThat(Proofs.verifyInclusion(leaf, m + 1, n, proof, ROOTS[n]).valid()).as(at + " as m+1").isFalse();
                    assertThat(Proofs.verifyInclusion(LEAVES.get(m + 1), m + 1, n, proof, ROOTS[n]).valid()).as(at).isFalse();
                }
                if (m > 0) {
                    assertThat(Proofs.verifyInclusion(leaf, m - 1, n, proof, ROOTS[n]).valid()).as(at + " as m-1").isFalse();
                }
                if (n + 1 <= SMALL) {
                    assertThat(Proofs.verifyInclusion(leaf, m, n + 1, proof, ROOTS[n + 1]).valid()).as(at + " in n+1").isFalse();
                }
                if (m < n - 1) {
                    assertThat(Proofs.verifyInclusion(leaf, m, n - 1, proof, ROOTS[n - 1]).valid()).as(at + " in n-1").isFalse();
                }
                assertThat(Proofs.verifyInclusion(flipped(List.of(leaf), 0, 1).getFirst(), m, n, proof, ROOTS[n]).valid()).isFalse();
            }
        }
    }

    @Test
    void everyConsistencyProofUpTo64LeavesVerifiesAndNoCorruptionDoes() {
        for (int n = 1; n <= SMALL; n++) {
            for (int m = 0; m <= n; m++) {
                var proof = Proofs.consistency(STORE, m, n);
                String at = m + " to " + n;
                assertThat(Proofs.verifyConsistency(m, n, ROOTS[m], ROOTS[n], proof).valid()).as(at).isTrue();
                if (m == 0 || m == n) {
                    assertThat(proof).as(at).isEmpty();
                    continue;
                }
                for (int i = 0; i < proof.size(); i++) {
                    assertThat(Proofs.verifyConsistency(m, n, ROOTS[m], ROOTS[n], flipped(proof, i, 1)).valid()).as(at).isFalse();
                }
                assertThat(Proofs.verifyConsistency(m - 1, n, ROOTS[m - 1], ROOTS[n], proof).valid()).as(at + " from m-1").isFalse();
                assertThat(Proofs.verifyConsistency(m + 1, n, ROOTS[m + 1], ROOTS[n], proof).valid()).as(at + " from m+1").isFalse();
                if (n < SMALL) {
                    assertThat(Proofs.verifyConsistency(m, n + 1, ROOTS[m], ROOTS[n + 1], proof).valid()).as(at + " to n+1").isFalse();
                }
                if (m < n - 1) {
                    assertThat(Proofs.verifyConsistency(m, n - 1, ROOTS[m], ROOTS[n - 1], proof).valid()).as(at + " to n-1").isFalse();
                }
                assertThat(Proofs.verifyConsistency(m, n, ROOTS[m], ROOTS[m], proof).valid()).as(at + " old root twice").isFalse();
            }
        }
    }

    @Test
    void randomProofsInA5000LeafTreeVerifyAndReadOnlyCompleteSubtreesInsideTheSize() {
        var random = new Random(5);
        for (int trial = 0; trial < 300; trial++) {
            int n = 1 + random.nextInt(LEAVES.size());
            int m = random.nextInt(n);
            byte[] root = MerkleFixtures.mth(LEAVES, 0, n);
            STORE.forgetReads();
            var inclusion = Proofs.inclusion(STORE, m, n);
            assertReadsInside(n);
            assertThat(Proofs.verifyInclusion(LEAVES.get(m), m, n, inclusion, root).valid()).isTrue();
            assertThat(Proofs.verifyInclusion(LEAVES.get(m), m, n, flipped(inclusion, inclusion.size() - 1, 4), root).valid()).isFalse();

            int old = 1 + random.nextInt(n);
            byte[] oldRoot = MerkleFixtures.mth(LEAVES, 0, old);
            STORE.forgetReads();
            var consistency = Proofs.consistency(STORE, old, n);
            assertReadsInside(n);
            assertThat(Proofs.verifyConsistency(old, n, oldRoot, root, consistency).valid()).as(old + " to " + n).isTrue();
            if (!consistency.isEmpty()) {
                assertThat(Proofs.verifyConsistency(old, n, oldRoot, root, flipped(consistency, 0, 4)).valid()).isFalse();
            }
        }
    }

    @Test
    void proofsForASmallerSizeAreTheSameWhetherTheStoreHoldsMoreOrNot() {
        for (int n = 1; n <= 40; n++) {
            var exact = InMemoryHashes.of(LEAVES.subList(0, n));
            for (int m = 0; m < n; m++) {
                assertThat(Proofs.inclusion(exact, m, n)).containsExactlyElementsOf(Proofs.inclusion(STORE, m, n));
                assertThat(Proofs.consistency(exact, m + 1, n)).containsExactlyElementsOf(Proofs.consistency(STORE, m + 1, n));
            }
        }
    }

    @Test
    void generationRefusesPositionsOutsideTheTree() {
        assertThatThrownBy(() -> Proofs.inclusion(STORE, 5, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Proofs.inclusion(STORE, -1, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Proofs.consistency(STORE, 6, 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Proofs.rootOf(STORE, 5001)).isInstanceOf(IllegalStateException.class);
    }

    private static void assertReadsInside(int n) {
        var reads = STORE.reads();
        assertThat(reads).allSatisfy(s -> assertThat(s.end()).as(s.toString()).isLessThanOrEqualTo(n));
        assertThat(reads.size()).isLessThanOrEqualTo(2 * (64 - Long.numberOfLeadingZeros(n)) + 1);
    }
}
