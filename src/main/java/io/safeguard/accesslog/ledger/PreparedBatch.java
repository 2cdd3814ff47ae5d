package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.shared.TenantId;
import java.nio.ByteBuffer;
import java.security.DigestException;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A batch with the CPU work done before it reaches the database, so that ingest prepares the next batch while the
 * previous one is being written: each event's entry-bundle encoding and RFC 9162 leaf hash, its re-delivery
 * fingerprint, the fingerprint blocks per day and the patient and user key buckets. Positions in blocks and buckets are
 * relative to the batch; the store adds the first ledger position when it writes them.
 */
public final class PreparedBatch {
    private static final byte LEAF_PREFIX = 0x00; // RFC 9162 §2.1.1: MTH({d(0)}) = HASH(0x00 || d(0))

    private final TenantId tenant;
    private final List<AccessEvent> events;
    private final byte[] entries;
    private final int[] entryAt;
    private final byte[] leaves;
    private final long[] fingerprints;
    private final long[] occurredMicros;
    private final LocalDate[] days;
    private final Map<LocalDate, byte[]> fingerprintBlocks;
    private final byte[][] patientBuckets;
    private final byte[][] userBuckets;

    private PreparedBatch(TenantId tenant, List<AccessEvent> events) {
        this.tenant = tenant;
        this.events = List.copyOf(events);
        int n = events.size();
        entryAt = new int[n + 1];
        leaves = new byte[n * MerkleHash.SIZE];
        fingerprints = new long[n];
        occurredMicros = new long[n];
        days = new LocalDate[n];
        ByteBuffer out = ByteBuffer.allocate(Math.max(1024, n * 256));
        MessageDigest sha = MerkleHash.sha256();
        for (int i = 0; i < n; i++) {
            AccessEvent e = this.events.get(i);
            byte[] canonical = e.canonical();
            if (out.remaining() < 4 + canonical.length) {
                out = ByteBuffer.allocate(Math.max(out.capacity() * 2, out.position() + 4 + canonical.length)).put(out.flip());
            }
            entryAt[i] = out.position();
            out.putInt(canonical.length).put(canonical); // EntryBundle's entry: 4-byte length, canonical bytes
            sha.update(LEAF_PREFIX);
            sha.update(canonical);
            try {
                sha.digest(leaves, i * MerkleHash.SIZE, MerkleHash.SIZE);
            } catch (DigestException ex) {
                throw new IllegalStateException(ex);
            }
            fingerprints[i] = Fingerprints.of(tenant, e);
            long seconds = e.occurredAt().getEpochSecond();
            occurredMicros[i] = seconds * 1_000_000L + e.occurredAt().getNano() / 1_000;
            days[i] = LocalDate.ofEpochDay(Math.floorDiv(seconds, 86_400L));
        }
        entryAt[n] = out.position();
        entries = out.array();
        fingerprintBlocks = blocks();
        patientBuckets = buckets(AccessEvent::patientId);
        userBuckets = buckets(AccessEvent::userId);
    }

    public static PreparedBatch of(TenantId tenant, List<AccessEvent> events) {
        return new PreparedBatch(tenant, events);
    }

    /** Per day (UTC) its events occurred on, their (fingerprint, relative position) pairs in fingerprint order. */
    private Map<LocalDate, byte[]> blocks() {
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>();
        for (int i = 0; i < days.length; i++) {
            byDay.computeIfAbsent(days[i], d -> new ArrayList<>()).add(i);
        }
        Map<LocalDate, byte[]> blocks = new TreeMap<>();
        for (var day : byDay.entrySet()) {
            List<Integer> positions = day.getValue();
            long[] keys = new long[positions.size()];
            int[] index = new int[positions.size()];
            for (int k = 0; k < index.length; k++) {
                index[k] = positions.get(k);
                keys[k] = fingerprints[index[k]];
            }
            sortTogether(keys, index, 0, index.length - 1);
            var block = new FingerprintBlock.Builder();
            for (int k = 0; k < index.length; k++) {
                block.add(keys[k], index[k]);
            }
            blocks.put(day.getKey(), block.encode());
        }
        return blocks;
    }

    /** The events' keys hashed into {@value JdbcEventStore#BUCKETS} buckets ({@link KeyBucket}), null where none fell. */
    private byte[][] buckets(Function<AccessEvent, String> key) {
        int n = events.size();
        int[] bucket = new int[n];
        int[] counts = new int[JdbcEventStore.BUCKETS + 1];
        byte[][] keys = new byte[n][];
        for (int i = 0; i < n; i++) {
            String k = key.apply(events.get(i));
            bucket[i] = k == null ? -1 : JdbcEventStore.bucket(k);
            if (k != null) {
                keys[i] = k.getBytes(java.nio.charset.StandardCharsets.UTF_8);
                counts[bucket[i]] += KeyBucket.size(keys[i]);
            }
        }
        byte[][] buckets = new byte[JdbcEventStore.BUCKETS][];
        ByteBuffer[] out = new ByteBuffer[JdbcEventStore.BUCKETS];
        for (int b = 0; b < buckets.length; b++) {
            if (counts[b] > 0) {
                buckets[b] = new byte[counts[b]];
                out[b] = ByteBuffer.wrap(buckets[b]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (bucket[i] >= 0) {
                KeyBucket.put(out[bucket[i]], keys[i], i);
            }
        }
        return buckets;
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
        return events.size();
    }

    public List<AccessEvent> events() {
        return events;
    }

    long[] fingerprints() {
        return fingerprints;
    }

    /** The encoded entries of positions [from, to) as one bundle's bytes ({@link EntryBundle}). */
    byte[] entries(int from, int to) {
        return java.util.Arrays.copyOfRange(entries, entryAt[from], entryAt[to]);
    }

    /** The leaf hashes of positions [from, to), 32 bytes each. */
    byte[] leaves(int from, int to) {
        return java.util.Arrays.copyOfRange(leaves, from * MerkleHash.SIZE, to * MerkleHash.SIZE);
    }

    byte[] leaf(int i) {
        return leaves(i, i + 1);
    }

    long occurredMicros(int i) {
        return occurredMicros[i];
    }

    LocalDate day(int i) {
        return days[i];
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
        List<AccessEvent> kept = new ArrayList<>(keep.cardinality());
        for (int i = keep.nextSetBit(0); i >= 0; i = keep.nextSetBit(i + 1)) {
            kept.add(events.get(i));
        }
        return new PreparedBatch(tenant, kept);
    }
}
