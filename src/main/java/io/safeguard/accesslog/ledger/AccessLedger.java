package io.safeguard.accesslog.ledger;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's access-log ledger (C12, RFC 9162): appending batches, signed checkpoints every N events (and on a
 * timer), inclusion and consistency proofs, full verification from the stored events, and segments for verification
 * away from this server. Reads of the ledger are recorded in the activity trail (the audit log used, DICOM 110101).
 */
@Service
@Transactional
public class AccessLedger {
    private final LedgerWriter writer;
    private final EventStore events;
    private final JdbcTiles tiles;
    private final CheckpointKey key;
    private final ActivityTrail trail;
    private final Retention retention;
    private final Clock clock;
    private final long checkpointEvery;

    AccessLedger(LedgerWriter writer, EventStore events, JdbcTiles tiles, CheckpointKey key, ActivityTrail trail, Retention retention, Clock clock,
            @Value("${safeguard.accesslog.checkpoint-every:10000}") long checkpointEvery) {
        this.writer = writer;
        this.events = events;
        this.tiles = tiles;
        this.key = key;
        this.trail = trail;
        this.retention = retention;
        this.clock = clock;
        this.checkpointEvery = checkpointEvery;
    }

    /** The origin line of an organization's checkpoints. */
    public static String origin(TenantId tenant) {
        return "safeguard.accesslog/" + tenant.value();
    }

    public record Status(long size, @Nullable Checkpointed latest, String verifierKey, String origin) {}

    public record Checkpointed(long size, String rootHex, String note, Instant createdAt) {}

    public record InclusionProof(long seq, long treeSize, String leafHash, List<String> path, String rootHash, String checkpoint,
            boolean verified) {}

    public record ConsistencyProof(long oldSize, long newSize, String oldRoot, String newRoot, List<String> path, boolean verified) {}

    /** New events (already known to be new) as the next positions; a checkpoint follows every N events. */
    public long append(TenantId tenant, PreparedBatch batch) {
        if (batch.size() == 0) {
            return tiles.head(tenant).map(JdbcTiles.Head::size).orElse(0L);
        }
        var appended = writer.append(tenant, batch);
        long last = tiles.latestCheckpoint(tenant).map(JdbcTiles.StoredCheckpoint::size).orElse(0L);
        if (appended.size() - last >= checkpointEvery) {
            sign(tenant, appended.size(), appended.root());
        }
        return appended.firstSeq();
    }

    /** Signs a checkpoint of the current tree when it grew since the last one; empty when there was nothing new. */
    public Optional<Checkpointed> checkpoint(TenantId tenant) {
        if (tiles.head(tenant).isEmpty()) {
            return Optional.empty();
        }
        var head = Optional.of(tiles.lockHead(tenant, clock.instant())); // one signer at a time (timer and ingest)
        if (head.isEmpty() || head.get().size() == 0) {
            return Optional.empty();
        }
        long size = head.get().size();
        if (tiles.latestCheckpoint(tenant).map(c -> c.size() >= size).orElse(false)) {
            return Optional.empty();
        }
        byte[] root = Proofs.rootOf(new TileHashes(tiles, tenant), size);
        return Optional.of(sign(tenant, size, root));
    }

    @Transactional(readOnly = true)
    public Status status(TenantScope scope) {
        scope.require(Permission.VIEW);
        TenantId tenant = scope.tenantId();
        return new Status(tiles.head(tenant).map(JdbcTiles.Head::size).orElse(0L),
                tiles.latestCheckpoint(tenant).map(AccessLedger::checkpointed).orElse(null), key.verifierKey().encode(), origin(tenant));
    }

    /** Proof that event {@code seq} is in the tree of the latest checkpoint (RFC 9162 §2.1.3). */
    public InclusionProof inclusion(TenantScope scope, long seq) {
        scope.require(Permission.VIEW);
        TenantId tenant = scope.tenantId();
        var checkpoint = tiles.latestCheckpoint(tenant).filter(c -> seq >= 0 && seq < c.size())
                .orElseThrow(() -> new NotFound("checkpointed event", seq));
        var hashes = new TileHashes(tiles, tenant);
        byte[] leaf = hashes.hash(0, seq);
        List<byte[]> path = Proofs.inclusion(hashes, seq, checkpoint.size());
        boolean ok = Proofs.verifyInclusion(leaf, seq, checkpoint.size(), path, checkpoint.root()).valid();
        trail.record(ActivityEntry.of(tenant, "accesslog.proof", "accesslog", null).withDetail("inclusion of seq " + seq));
        return new InclusionProof(seq, checkpoint.size(), hex(leaf), path.stream().map(AccessLedger::hex).toList(), hex(checkpoint.root()),
                checkpoint.note(), ok);
    }

    /** Proof that the checkpoint of {@code newSize} extends that of {@code oldSize} (RFC 9162 §2.1.4). */
    public ConsistencyProof consistency(TenantScope scope, long oldSize, long newSize) {
        scope.require(Permission.VIEW);
        TenantId tenant = scope.tenantId();
        var older = tiles.checkpoint(tenant, oldSize).orElseThrow(() -> new NotFound("checkpoint", oldSize));
        var newer = tiles.checkpoint(tenant, newSize).orElseThrow(() -> new NotFound("checkpoint", newSize));
        if (oldSize > newSize) {
            throw new BusinessRuleViolation("accesslog.consistency", "The first checkpoint must be the older one.");
        }
        List<byte[]> path = Proofs.consistency(new TileHashes(tiles, tenant), oldSize, newSize);
        boolean ok = Proofs.verifyConsistency(oldSize, newSize, older.root(), newer.root(), path).valid();
        trail.record(ActivityEntry.of(tenant, "accesslog.proof", "accesslog", null).withDetail("consistency of " + oldSize + " and " + newSize));
        return new ConsistencyProof(oldSize, newSize, hex(older.root()), hex(newer.root()), path.stream().map(AccessLedger::hex).toList(), ok);
    }

    /** Recomputes the whole tree from the stored events and checks it against the tiles and every signed checkpoint. */
    @Transactional(readOnly = true)
    public LedgerReport verify(TenantId tenant) {
        long size = tiles.head(tenant).map(JdbcTiles.Head::size).orElse(0L);
        List<String> notes = tiles.checkpoints(tenant).stream().map(JdbcTiles.StoredCheckpoint::note).toList();
        var verifier = new LedgerVerifier(key.verifierKey(), origin(tenant));
        // Streams the ledger in windows so that memory stays bounded whatever its size.
        var windows = new Windows(tenant, size, new ArrayList<>());
        windows.clearedEarly = new ClearedEarly(retention.lastCutoff(tenant));
        LedgerReport report = verifier.verify(windows, notes);
        long stored = windows.lastSeq + 1;
        if (stored != size) { // events cut from the end after the last checkpoint show only against the head
            windows.clearedEarly.problems.add(0, "the head says " + size + " events but the stored ledger ends at seq " + (stored - 1)
                    + ": events are missing at the end");
        }
        if (windows.clearedEarly.problems.isEmpty()) {
            return report;
        }
        List<String> problems = new ArrayList<>(windows.clearedEarly.problems);
        problems.addAll(report.problems());
        return new LedgerReport(report.events(), report.checkpointsChecked(), false, problems);
    }

    /** Writes events [from, to) with the checkpoints and the tree's right edge at {@code from}, for offline verification. */
    public void exportSegment(TenantScope scope, long from, long to, OutputStream out) throws IOException {
        scope.require(Permission.VIEW);
        TenantId tenant = scope.tenantId();
        long size = tiles.head(tenant).map(JdbcTiles.Head::size).orElse(0L);
        long end = Math.min(to, size);
        if (from < 0 || from > end) {
            throw new BusinessRuleViolation("accesslog.segment", "The segment must start within the ledger (0 to " + size + ").");
        }
        var hashes = new TileHashes(tiles, tenant);
        List<byte[]> range = Subtree.compactRange(from).stream().map(s -> hashes.hash(s.level(), s.index())).toList();
        List<String> notes = tiles.checkpoints(tenant).stream().map(JdbcTiles.StoredCheckpoint::note).toList();
        try (var writer = new SegmentWriter(out, new SegmentHeader(origin(tenant), key.verifierKey(), from, range, notes))) {
            var iterator = new Windows(tenant, end, new ArrayList<>(), from);
            while (iterator.hasNext()) {
                writer.write(iterator.next());
            }
            writer.finish();
        }
        trail.record(ActivityEntry.of(tenant, "accesslog.export", "accesslog", null).withDetail("segment " + from + " to " + end));
    }

    public String verifierKey() {
        return key.verifierKey().encode();
    }

    private Checkpointed sign(TenantId tenant, long size, byte[] root) {
        String note = new Checkpoint(origin(tenant), size, root).sign(key.signer());
        Instant now = clock.instant();
        tiles.addCheckpoint(tenant, size, root, note, now);
        return new Checkpointed(size, hex(root), note, now);
    }

    private static Checkpointed checkpointed(JdbcTiles.StoredCheckpoint c) {
        return new Checkpointed(c.size(), hex(c.root()), c.note(), c.createdAt());
    }

    static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** Entries whose payload is gone although no expiry run reached the day they occurred: deleted, not expired. */
    private static final class ClearedEarly {
        private final Instant cutoff;
        private final List<String> problems = new ArrayList<>();
        private long more;

        ClearedEarly(Instant cutoff) {
            this.cutoff = cutoff;
        }

        Instant cutoff() {
            return cutoff;
        }

        void note(long seq, Instant occurred) {
            if (problems.size() < 10) {
                problems.add("event at seq " + seq + " (occurred " + occurred + ") was cleared although no expiry run reached it");
            } else if (++more % 1_000_000 == 0) {
                problems.set(9, "... and more events cleared before their retention ended");
            }
        }
    }

    /** Ledger entries in position order, read 10,000 at a time, with the stored leaf hash of each from its tile. */
    private final class Windows implements Iterator<LedgerEntry> {
        private static final int WINDOW = 10_240; // a multiple of 256: whole level-0 tiles per window
        private final TenantId tenant;
        private final long end;
        private final List<LedgerEntry> window;
        private long next;
        private int position;

        Windows(TenantId tenant, long end, List<LedgerEntry> window) {
            this(tenant, end, window, 0);
        }

        Windows(TenantId tenant, long end, List<LedgerEntry> window, long start) {
            this.tenant = tenant;
            this.end = end;
            this.window = window;
            this.next = start;
        }

        @Override
        public boolean hasNext() {
            if (position < window.size()) {
                return true;
            }
            while (position >= window.size() && next < end) {
                fill(); // a window whose positions are all missing is empty: the verifier reports the gap at the next entry
            }
            return position < window.size();
        }

        @Override
        public LedgerEntry next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return window.get(position++);
        }

        private void fill() {
            window.clear();
            position = 0;
            long to = Math.min(end, next + WINDOW);
            long from = next;
            Consumer<EventStore.Row> add = row -> {
                byte[] leaf = storedLeaf(row.seq());
                lastSeq = row.seq();
                if (row.canonical() == null) {
                    window.add(LedgerEntry.expired(row.seq(), leaf == null ? new byte[MerkleHash.SIZE] : leaf));
                    if (clearedEarly != null && !row.clearedOccurred().isBefore(clearedEarly.cutoff())) {
                        clearedEarly.note(row.seq(), row.clearedOccurred());
                    }
                } else {
                    window.add(leaf == null ? LedgerEntry.event(row.seq(), row.canonical()) : LedgerEntry.stored(row.seq(), row.canonical(), leaf));
                }
            };
            events.scan(tenant, from, to, add);
            next = to;
        }

        private @Nullable ClearedEarly clearedEarly;
        private long lastSeq = -1;
        private byte @Nullable [] tile;
        private long tileIndex = -1;

        private byte @Nullable [] storedLeaf(long seq) {
            if (seq >>> 8 != tileIndex) {
                tileIndex = seq >>> 8;
                tile = tiles.tile(tenant, 0, tileIndex);
            }
            int at = (int) (seq & 0xff) * MerkleHash.SIZE;
            return tile == null || tile.length < at + MerkleHash.SIZE ? null : java.util.Arrays.copyOfRange(tile, at, at + MerkleHash.SIZE);
        }
    }
}
