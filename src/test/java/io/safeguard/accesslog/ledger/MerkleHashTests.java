package io.safeguard.accesslog.ledger;

import static io.safeguard.accesslog.ledger.MerkleFixtures.LEAF_INPUTS;
import static io.safeguard.accesslog.ledger.MerkleFixtures.NODE_HASHES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** RFC 9162 §2.1.1 hashing against the RFC 6962 test tree of transparency-dev/merkle. */
class MerkleHashTests {

    @Test
    void theEmptyTreeHashesToSha256OfNothing() {
        assertThat(HexFormat.of().formatHex(MerkleHash.empty()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void leavesArePrefixedWithZeroByte() {
        for (int i = 0; i < LEAF_INPUTS.size(); i++) {
            assertThat(MerkleHash.leaf(LEAF_INPUTS.get(i))).as("leaf " + i).isEqualTo(NODE_HASHES.get(0).get(i));
        }
    }

    @Test
    void nodesArePrefixedWithOneByte() {
        for (int level = 1; level < NODE_HASHES.size(); level++) {
            var below = NODE_HASHES.get(level - 1);
            for (int i = 0; i < NODE_HASHES.get(level).size(); i++) {
                assertThat(MerkleHash.node(below.get(2 * i), below.get(2 * i + 1))).as("level %d index %d", level, i)
                        .isEqualTo(NODE_HASHES.get(level).get(i));
            }
        }
    }

    @Test
    void theEmptyHashIsACopyCallersCannotSpoil() {
        MerkleHash.empty()[0] ^= 1;
        assertThat(MerkleHash.empty()[0]).isEqualTo((byte) 0xe3);
    }

    @Test
    void nodesRefuseHashesOfTheWrongLength() {
        assertThatThrownBy(() -> MerkleHash.node(new byte[31], new byte[32])).isInstanceOf(IllegalArgumentException.class);
    }
}
