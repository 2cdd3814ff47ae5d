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

    @Test
    void keyBucketsAreShiftedToLedgerPositions() {
        byte[] key = "P-\u00e9".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        var bucket = java.nio.ByteBuffer.allocate(2 * KeyBucket.size(key));
        KeyBucket.put(bucket, key, 0);
        KeyBucket.put(bucket, key, 7);
        byte[] shifted = KeyBucket.shifted(bucket.array(), 5_000);
        List<Long> seqs = new ArrayList<>();
        KeyBucket.find(shifted, "P-\u00e9", seqs::add);
        assertThat(seqs).containsExactly(5_000L, 5_007L);
        KeyBucket.find(bucket.array(), "P-\u00e9", seqs::add);
        assertThat(seqs).containsExactly(5_000L, 5_007L, 0L, 7L); // the prepared bucket itself is left as it was
    }

    /** Stored blocks depend on it: the first 8 bytes of SHA-256(tenant's 16 bytes, source system, 0, source event id). */
    @Test
    void aFingerprintIsTheStartOfTheHashOfTenantSourceAndId() throws Exception {
        var tenant = new io.safeguard.shared.TenantId(java.util.UUID.fromString("7f1c3a52-9e0b-4d8e-8a61-2b5f0c9d4e13"));
        var event = new io.safeguard.accesslog.AccessEvent("epic", "ev-1", java.time.Instant.parse("2026-03-02T14:05:09Z"), null, "j.smith",
                null, null, null, "P100", null, io.safeguard.accesslog.AccessAction.READ, null, null, null, null, null, null,
                io.safeguard.accesslog.AccessOutcome.SUCCESS, null, "ab".repeat(32));
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(java.nio.ByteBuffer.allocate(16 + 4 + 1 + 4)
                .putLong(tenant.value().getMostSignificantBits()).putLong(tenant.value().getLeastSignificantBits())
                .put("epic".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put((byte) 0)
                .put("ev-1".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).array());
        long expected = java.nio.ByteBuffer.wrap(digest).getLong();
        assertThat(Fingerprints.of(tenant, event)).isEqualTo(expected);
        assertThat(Fingerprints.of(tenant, event)).isEqualTo(expected); // the kept prefix gives the same
        var other = new io.safeguard.shared.TenantId(java.util.UUID.randomUUID());
        assertThat(Fingerprints.of(other, event)).isNotEqualTo(expected);
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
