package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.shared.TenantId;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.DigestException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A batch with the CPU work done before it reaches the database, so that ingest prepares the next batch while the
 * previous one is being written: each event's entry-bundle encoding and RFC 9162 leaf hash, its re-delivery
 * fingerprint, the fingerprint blocks per day and the patient and user key buckets. Events are encoded as they are
 * added and not kept (they are read back from their encoding when re-delivery needs their ids). Positions in blocks
 * and buckets are relative to the batch; the store adds the first ledger position when it writes them.
 */
public final class PreparedBatch {
    private final TenantId tenant;
    private final int size;
    private final byte[] entries;
    private final int[] entryAt;
    private final byte[] leaves;
    private final long[] fingerprints;
    private final long[] occurredMicros;
    private final Map<LocalDate, byte[]> fingerprintBlocks;
    private final byte[][] patientBuckets;
    private final byte[][] userBuckets;

    private PreparedBatch(Builder b) {
        tenant = b.tenant;
        size = b.size;
        entries = b.entries.array();
        entryAt = Arrays.copyOf(b.entryAt, size + 1);
        entryAt[size] = b.entries.position();
        leaves = Arrays.copyOf(b.leaves, size * MerkleHash.SIZE);
        fingerprints = Arrays.copyOf(b.fingerprints, size);
        occurredMicros = Arrays.copyOf(b.occurredMicros, size);
        fingerprintBlocks = blocks(Arrays.copyOf(b.epochDays, size), fingerprints);
        patientBuckets = b.patients.buckets(size);
        userBuckets = b.users.buckets(size);
    }

    public static PreparedBatch of(TenantId tenant, List<AccessEvent> events) {
        var builder = new Builder(tenant, events.size());
        events.forEach(builder::add);
        return builder.build();
    }

    /** Encodes events one at a time as they arrive; {@link #build()} adds the blocks and buckets. Not thread-safe. */
    public static final class Builder {
        private static final byte LEAF_PREFIX = 0x00; // RFC 9162 §2.1.1: MTH({d(0)}) = HASH(0x00 || d(0))
        private final TenantId tenant;
        private final MessageDigest sha = MerkleHash.sha256();
        private int size;
        private ByteBuffer entries;
        private int[] entryAt;
        private byte[] leaves;
        private long[] fingerprints;
        private long[] occurredMicros;
        private long[] epochDays;
        private final Keys patients;
        private final Keys users;

        public Builder(TenantId tenant, int expected) {
            this.tenant = tenant;
            int n = Math.max(16, expected);
            entries = ByteBuffer.allocate(n * 160);
            entryAt = new int[n + 1];
            leaves = new byte[n * MerkleHash.SIZE];
            fingerprints = new long[n];
            occurredMicros = new long[n];
            epochDays = new long[n];
            patients = new Keys(n);
            users = new Keys(n);
        }

        public Builder add(AccessEvent e) {
            if (size == fingerprints.length) {
                int n = size * 2;
                entryAt = Arrays.copyOf(entryAt, n + 1);
                leaves = Arrays.copyOf(leaves, n * MerkleHash.SIZE);
                fingerprints = Arrays.copyOf(fingerprints, n);
                occurredMicros = Arrays.copyOf(occurredMicros, n);
                epochDays = Arrays.copyOf(epochDays, n);
            }
            byte[] canonical = e.canonical();
            if (entries.remaining() < 4 + canonical.length) {
                entries = ByteBuffer.allocate(Math.max(entries.capacity() * 2, entries.position() + 4 + canonical.length)).put(entries.flip());
            }
            entryAt[size] = entries.position();
            entries.putInt(canonical.length).put(canonical); // EntryBundle's entry: 4-byte length, canonical bytes
            sha.update(LEAF_PREFIX);
            sha.update(canonical);
            try {
                sha.digest(leaves, size * MerkleHash.SIZE, MerkleHash.SIZE);
            } catch (DigestException ex) {
                throw new IllegalStateException(ex);
            }
            fingerprints[size] = Fingerprints.of(tenant, e);
            long seconds = e.occurredAt().getEpochSecond();
            occurredMicros[size] = seconds * 1_000_000L + e.occurredAt().getNano() / 1_000;
            epochDays[size] = Math.floorDiv(seconds, 86_400L);
            patients.add(size, e.patientId());
            users.add(size, e.userId());
            size++;
            return this;
        }

        public int size() {
            return size;
        }

        public PreparedBatch build() {
            return new PreparedBatch(this);
        }
    }

    /** One kind of key (patient or user) of each position, hashed to its bucket as it is added. */
    private static final class Keys {
        private byte[][] keys;
        private int[] bucket;
        private final int[] bytes = new int[JdbcEventStore.BUCKETS];

        Keys(int n) {
            keys = new byte[n][];
            bucket = new int[n];
        }

        void add(int position, String key) {
            if (position == keys.length) {
                keys = Arrays.copyOf(keys, position * 2);
                bucket = Arrays.copyOf(bucket, position * 2);
            }
            if (key == null) {
                bucket[position] = -1;
                return;
            }
            keys[position] = key.getBytes(StandardCharsets.UTF_8);
            bucket[position] = JdbcEventStore.bucket(key);
            bytes[bucket[position]] += KeyBucket.size(keys[position]);
        }

        /** Each bucket's (key, relative position) pairs ({@link KeyBucket}), null where none fell. */
        byte[][] buckets(int size) {
            byte[][] buckets = new byte[JdbcEventStore.BUCKETS][];
            ByteBuffer[] out = new ByteBuffer[JdbcEventStore.BUCKETS];
            for (int b = 0; b < buckets.length; b++) {
                if (bytes[b] > 0) {
                    buckets[b] = new byte[bytes[b]];
                    out[b] = ByteBuffer.wrap(buckets[b]);
                }
            }
            for (int i = 0; i < size; i++) {
                if (bucket[i] >= 0) {
                    KeyBucket.put(out[bucket[i]], keys[i], i);
                }
            }
            return buckets;
        }
    }

    /** Per day (UTC) the events occurred on, their (fingerprint, relative position) pairs in fingerprint order. */
    private static Map<LocalDate, byte[]> blocks(long[] epochDays, long[] fingerprints) {
        Map<Long, Integer> counts = new TreeMap<>();
        for (long day : epochDays) {
            counts.merge(day, 1, Integer::sum);
        }
        Map<LocalDate, byte[]> blocks = new TreeMap<>();
        for (var day : counts.entrySet()) {
            long[] keys = new long[day.getValue()];
            int[] index = new int[keys.length];
            for (int i = 0, k = 0; i < epochDays.length; i++) {
                if (epochDays[i] == day.getKey()) {
                    index[k] = i;
                    keys[k++] = fingerprints[i];
                }
            }
            sortTogether(keys, index, 0, index.length - 1);
            var block = new FingerprintBlock.Builder();
            for (int k = 0; k < index.length; k++) {
                block.add(keys[k], index[k]);
            }
            blocks.put(LocalDate.ofEpochDay(day.getKey()), block.encode());
        }
        return blocks;
    }

    /** Quicksort of keys with their positions carried along. */
    private static void sortTogether(long[] keys, int[] values, int lo, int hi) {
        while (lo < hi) {
            long pivot = keys[(lo + hi) >>> 1];
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (keys[i] < pivot) {
                    i++;
                }
                while (keys[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long k = keys[i];
                    keys[i] = keys[j];
                    keys[j] = k;
                    int v = values[i];
                    values[i] = values[j];
                    values[j] = v;
                    i++;
                    j--;
                }
            }
            if (j - lo < hi - i) { // recurse into the smaller half
                sortTogether(keys, values, lo, j);
                lo = i;
            } else {
                sortTogether(keys, values, i, hi);
                hi = j;
            }
        }
    }

    public int size() {
        return size;
    }

    /** The event at a position, read back from its encoding. */
    AccessEvent event(int i) {
        return AccessEvent.fromCanonical(Arrays.copyOfRange(entries, entryAt[i] + 4, entryAt[i + 1]));
    }

    long[] fingerprints() {
        return fingerprints;
    }

    /** The encoded entries of positions [from, to) as one bundle's bytes ({@link EntryBundle}). */
    byte[] entries(int from, int to) {
        return Arrays.copyOfRange(entries, entryAt[from], entryAt[to]);
    }

    /** The leaf hashes of positions [from, to), 32 bytes each. */
    byte[] leaves(int from, int to) {
        return Arrays.copyOfRange(leaves, from * MerkleHash.SIZE, to * MerkleHash.SIZE);
    }

    byte[] leaf(int i) {
        return leaves(i, i + 1);
    }

    long occurredMicros(int i) {
        return occurredMicros[i];
    }

    Map<LocalDate, byte[]> fingerprintBlocks() {
        return fingerprintBlocks;
    }

    byte[][] patientBuckets() {
        return patientBuckets;
    }

    byte[][] userBuckets() {
        return userBuckets;
    }

    /** The batch with only the positions kept (re-delivered events dropped), prepared again. */
    PreparedBatch only(BitSet keep) {
        var builder = new Builder(tenant, keep.cardinality());
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            builder.add(event(i));
        }
        return builder.build();
    }
}
