package io.safeguard.accesslog.ledger;

import static io.safeguard.accesslog.ledger.MerkleFixtures.LEAF_INPUTS;
import static io.safeguard.accesslog.ledger.MerkleFixtures.NODE_HASHES;
import static io.safeguard.accesslog.ledger.MerkleFixtures.ROOTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The append-only tree: RFC 9162 §2.1.1 roots at every size, announced subtrees, and resuming from a compact range. */
class TreeBuilderTests {

    @Test
    void rootsOfTheTestTreeMatchForSizesZeroToEight() {
        var tree = new TreeBuilder();
        assertThat(tree.root()).isEqualTo(ROOTS.get(0));
        for (int i = 0; i < LEAF_INPUTS.size(); i++) {
            assertThat(tree.append(MerkleHash.leaf(LEAF_INPUTS.get(i)))).isEqualTo(i);
            assertThat(tree.size()).isEqualTo(i + 1);
            assertThat(tree.root()).as("size " + (i + 1)).isEqualTo(ROOTS.get(i + 1));
        }
    }

    @Test
    void everyCompleteSubtreeIsAnnouncedOnceWithItsLevelAndIndex() {
        var hashes = InMemoryHashes.of(MerkleFixtures.leafHashes(LEAF_INPUTS));
        for (int level = 0; level < NODE_HASHES.size(); level++) {
            assertThat(hashes.count(level)).isEqualTo(NODE_HASHES.get(level).size());
            for (int i = 0; i < NODE_HASHES.get(level).size(); i++) {
                assertThat(hashes.hash(level, i)).isEqualTo(NODE_HASHES.get(level).get(i));
            }
        }
        assertThat(hashes.count(4)).isZero();
    }

    @Test
    void theCompactRangeIsTheRightEdgeOfPerfectSubtrees() {
        // transparency-dev/merkle testonly CompactTrees(): e.g. size 7 is {nh[2][0], nh[1][2], nh[0][6]}.
        var tree = new TreeBuilder();
        for (int size = 1; size <= 8; size++) {
            tree.append(MerkleHash.leaf(LEAF_INPUTS.get(size - 1)));
            var expected = Subtree.compactRange(size).stream()
                    .map(s -> NODE_HASHES.get(s.level()).get((int) s.index())).toList();
            assertThat(tree.compactRange()).as("size " + size).containsExactlyElementsOf(expected);
        }
        assertThat(Subtree.compactRange(7)).containsExactly(new Subtree(2, 0), new Subtree(1, 2), new Subtree(0, 6));
        assertThat(Subtree.compactRange(0)).isEmpty();
    }

    @Test
    void rootsEqualTheRecursiveDefinitionUpTo300Leaves() {
        var leaves = MerkleFixtures.randomLeafHashes(300, 1);
        var tree = new TreeBuilder();
        for (int n = 1; n <= leaves.size(); n++) {
            tree.append(leaves.get(n - 1));
            assertThat(tree.root()).as("size " + n).isEqualTo(MerkleFixtures.mth(leaves, 0, n));
        }
    }

    @Test
    void aTreeResumedFromItsCompactRangeGivesTheSameRootsAndSubtreesAsOneBuiltFromScratch() {
        var random = new Random(7);
        var leaves = MerkleFixtures.randomLeafHashes(1500, 2);
        for (int trial = 0; trial < 40; trial++) {
            int resumeAt = trial < 10 ? trial : random.nextInt(1000);
            var scratch = new TreeBuilder();
            leaves.subList(0, resumeAt).forEach(scratch::append);
            var announced = new ArrayList<String>();
            var resumed = TreeBuilder.resume(resumeAt, scratch.compactRange(), (l, i, h) -> announced.add(l + "/" + i));
            var expectedAnnounced = new ArrayList<String>();
            var fromScratch = new TreeBuilder((l, i, h) -> {
                if (i >= 0 && ((i + 1) << l) > resumeAt) {
                    expectedAnnounced.add(l + "/" + i);
                }
            });
            leaves.subList(0, resumeAt).forEach(fromScratch::append);
            for (int n = resumeAt; n < resumeAt + 300; n++) {
                resumed.append(leaves.get(n));
                fromScratch.append(leaves.get(n));
                assertThat(resumed.root()).as("resumed at %d, size %d", resumeAt, n + 1).isEqualTo(fromScratch.root());
            }
            assertThat(announced).isEqualTo(expectedAnnounced);
        }
    }

    @Test
    void aTreeResumesFromStoredHashes() {
        var leaves = MerkleFixtures.randomLeafHashes(700, 3);
        var hashes = InMemoryHashes.of(leaves.subList(0, 613));
        var resumed = TreeBuilder.resume(613, hashes, (l, i, h) -> {});
        assertThat(hashes.reads()).isEqualTo(Subtree.compactRange(613));
        leaves.subList(613, 700).forEach(resumed::append);
        assertThat(resumed.root()).isEqualTo(MerkleFixtures.mth(leaves, 0, 700));
    }

    @Test
    void resumingRefusesACompactRangeOfTheWrongShape() {
        List<byte[]> two = List.of(new byte[32], new byte[32]);
        assertThatThrownBy(() -> TreeBuilder.resume(4, two, (l, i, h) -> {})).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TreeBuilder.resume(3, List.of(new byte[32], new byte[31]), (l, i, h) -> {}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TreeBuilder().append(new byte[33])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void appendingAMillionLeavesKeepsMemoryLogarithmic() {
        var tree = new TreeBuilder();
        byte[] leaf = MerkleHash.leaf(new byte[] {1});
        for (int i = 0; i < 1_000_000; i++) {
            tree.append(leaf);
        }
        assertThat(tree.compactRange()).hasSize(Long.bitCount(1_000_000));
    }
}
