package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.StoredEvent;
import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Where an organization's access events live, by ledger position. The embedded database and PostgreSQL implement it
 * now ({@link JdbcEventStore}); a Kafka log with Parquet history can later (architecture.md "Growing past one
 * machine"). Positions are dense from 0: a missing position is a deletion the ledger verification reports.
 */
interface EventStore {

    /** Bit i set when {@code batch.get(i)} (same source system and source event id) is already stored. */
    BitSet alreadyStored(TenantId tenant, PreparedBatch batch);

    /**
     * Stores the events at positions {@code firstSeq, firstSeq + 1, ...} as one segment (no commit of its own), with
     * their canonical bytes as hashed into the ledger.
     */
    void append(TenantId tenant, long segment, long firstSeq, PreparedBatch batch);

    /** Entries in position order from {@code fromSeq} (inclusive) to {@code toSeq} (exclusive), as stored. */
    void scan(TenantId tenant, long fromSeq, long toSeq, Consumer<Row> consumer);

    /** Position ranges [first, end) of the segments whose events may have occurred in [from, to). */
    List<long[]> seqRanges(TenantId tenant, Instant from, Instant to);

    /** Accesses to one patient's record, newest first, within [from, to). */
    List<StoredEvent> byPatient(TenantId tenant, String patientId, Instant from, Instant to, int limit);

    /** One user's accesses, newest first, within [from, to). */
    List<StoredEvent> byUser(TenantId tenant, String userId, Instant from, Instant to, int limit);

    /** Clears the payload of events that occurred before {@code cutoff}, except those in {@code held} periods. */
    long expire(TenantId tenant, Instant cutoff, List<Instant[]> held);

    /**
     * A stored position: the canonical bytes exactly as stored (what the leaf hash covers), or, when retention cleared
     * the payload, null and the instant the event occurred.
     */
    record Row(long seq, byte @Nullable [] canonical, @Nullable Instant clearedOccurred) {
        public @Nullable AccessEvent event() {
            return canonical == null ? null : AccessEvent.fromCanonical(canonical);
        }
    }
}
