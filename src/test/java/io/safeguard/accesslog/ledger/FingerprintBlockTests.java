package io.safeguard.accesslog.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Re-delivery lookups: merged runs keep every pair in order, and a join finds exactly the shared fingerprints. */
class FingerprintBlockTests {
    @Test
    void mergingKeepsEveryPairInFingerprintOrder() {
        var a = block(new long[] {1, 5, 9}, 100);
        var b = block(new long[] {2, 5, 12, 40}, 200);
        var merged = FingerprintBlock.merge(List.of(a, b, FingerprintBlock.EMPTY));
        assertThat(merged.size()).isEqualTo(7);
        List<Long> seqs = new ArrayList<>();
        merged.find(5, seqs::add);
        assertThat(seqs).containsExactlyInAnyOrder(101L, 201L);
    }

    /** Both ways of joining (a merge for similar sizes, a search per fingerprint for a large run) agree. */
    @Test
    void aJoinFindsTheSharedFingerprintsWhateverTheSizes() {
        var random = new Random(3);
        var stored = new TreeSet<Long>();
        while (stored.size() < 50_000) {
            stored.add(random.nextLong());
        }
        long[] storedKeys = stored.stream().mapToLong(Long::longValue).toArray();
        var run = block(storedKeys, 0);
        for (int incomingSize : new int[] {10, 40_000}) {
            var incoming = new TreeSet<Long>();
            for (int i = 0; i < incomingSize / 2; i++) {
                incoming.add(storedKeys[random.nextInt(storedKeys.length)]);
            }
            while (incoming.size() < incomingSize) {
                incoming.add(random.nextLong());
            }
            long[] keys = incoming.stream().mapToLong(Long::longValue).toArray();
            List<long[]> found = new ArrayList<>();
            block(keys, 0).join(run, (seq, position) -> found.add(new long[] {seq, position}));
            long expected = incoming.stream().filter(stored::contains).count();
            assertThat(found).hasSize((int) expected);
            for (long[] pair : found) {
                assertThat(storedKeys[(int) pair[0]]).isEqualTo(keys[(int) pair[1]]);
            }
        }
    }

    @Test
    void shiftingMakesBatchPositionsLedgerPositions() {
        var builder = new FingerprintBlock.Builder();
        builder.add(7, 0);
        builder.add(8, 3);
        var shifted = FingerprintBlock.decode(FingerprintBlock.shifted(builder.encode(), 1_000));
        List<Long> seqs = new ArrayList<>();
        shifted.find(8, seqs::add);
        assertThat(seqs).containsExactly(1_003L);
    }

    /** Sorted keys with positions {@code base + index}. */
    private static FingerprintBlock block(long[] sortedKeys, long base) {
        var builder = new FingerprintBlock.Builder();
        for (int i = 0; i < sortedKeys.length; i++) {
            builder.add(sortedKeys[i], base + i);
        }
        return FingerprintBlock.decode(builder.encode());
    }
}
