package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.AccessAction;
import io.safeguard.accesslog.AccessEvent;
import io.safeguard.accesslog.AccessOutcome;
import io.safeguard.accesslog.StoredEvent;
import io.safeguard.shared.TenantId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * Events in {@code accesslog.event}, one row per ledger position, with the segment-ordered patient and user indexes of
 * ADR 0004. Writes are JDBC batches; reads stream with a fetch size so a scan never holds the log in memory.
 */
@Repository
class JdbcEventStore implements EventStore {
    static final String COLUMNS = """
            seq, source_system, source_event_id, occurred_at, recorded_at, user_id, user_name, user_role, user_department, patient_id,
            encounter_id, action, action_code, object_type, object_id, workstation, network_address, facility, outcome, purpose_of_use,
            raw_sha256""";
    private static final int IN_CHUNK = 500;
    private final JdbcTemplate jdbc;

    JdbcEventStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public BitSet alreadyStored(TenantId tenant, List<AccessEvent> batch, long[] fingerprints) {
        Map<Long, List<Integer>> byFingerprint = new HashMap<>();
        for (int i = 0; i < fingerprints.length; i++) {
            byFingerprint.computeIfAbsent(fingerprints[i], k -> new ArrayList<>(1)).add(i);
        }
        BitSet stored = new BitSet(batch.size());
        List<Long> keys = new ArrayList<>(byFingerprint.keySet());
        for (int from = 0; from < keys.size(); from += IN_CHUNK) {
            List<Long> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
            String marks = String.join(",", java.util.Collections.nCopies(chunk.size(), "?"));
            Object[] args = new Object[chunk.size() + 1];
            args[0] = tenant.value();
            for (int i = 0; i < chunk.size(); i++) {
                args[i + 1] = chunk.get(i);
            }
            jdbc.query("SELECT fingerprint, source_system, source_event_id FROM accesslog.event WHERE tenant_id = ? AND fingerprint IN ("
                    + marks + ")", rs -> {
                        for (int i : byFingerprint.getOrDefault(rs.getLong(1), List.of())) {
                            AccessEvent e = batch.get(i);
                            if (e.sourceSystem().equals(rs.getString(2)) && e.sourceEventId().equals(rs.getString(3))) {
                                stored.set(i);
                            }
                        }
                    }, args);
        }
        return stored;
    }

    @Override
    public void append(TenantId tenant, long segment, long firstSeq, List<AccessEvent> events, long[] fingerprints) {
        if (events.isEmpty()) {
            return;
        }
        jdbc.execute((java.sql.Connection con) -> {
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO accesslog.event (tenant_id, fingerprint, " + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (int i = 0; i < events.size(); i++) {
                    bind(ps, tenant, firstSeq + i, fingerprints[i], events.get(i));
                    ps.addBatch();
                    if (i % 5_000 == 4_999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            index(con, "patient_index", "patient_id", tenant, segment, firstSeq, events, AccessEvent::patientId);
            index(con, "user_index", "user_id", tenant, segment, firstSeq, events, AccessEvent::userId);
            Instant min = events.stream().map(AccessEvent::occurredAt).min(Comparator.naturalOrder()).orElseThrow();
            Instant max = events.stream().map(AccessEvent::occurredAt).max(Comparator.naturalOrder()).orElseThrow();
            try (PreparedStatement ps = con.prepareStatement("""
                    INSERT INTO accesslog.segment (tenant_id, seg, first_seq, last_seq, min_occurred, max_occurred) VALUES (?, ?, ?, ?, ?, ?)""")) {
                ps.setObject(1, tenant.value());
                ps.setLong(2, segment);
                ps.setLong(3, firstSeq);
                ps.setLong(4, firstSeq + events.size() - 1);
                ps.setObject(5, utc(min));
                ps.setObject(6, utc(max));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Index rows of one segment in key order, so the index grows at its end (ADR 0004). */
    private static void index(java.sql.Connection con, String table, String column, TenantId tenant, long segment, long firstSeq,
            List<AccessEvent> events, Function<AccessEvent, @Nullable String> key) throws SQLException {
        Integer[] order = new Integer[events.size()];
        int n = 0;
        for (int i = 0; i < events.size(); i++) {
            if (key.apply(events.get(i)) != null) {
                order[n++] = i;
            }
        }
        Integer[] present = java.util.Arrays.copyOf(order, n);
        java.util.Arrays.sort(present, Comparator.comparing((Integer i) -> key.apply(events.get(i))));
        try (PreparedStatement ps = con.prepareStatement("INSERT INTO accesslog." + table + " (tenant_id, seg, " + column + ", seq) VALUES (?, ?, ?, ?)")) {
            int count = 0;
            for (int i : present) {
                ps.setObject(1, tenant.value());
                ps.setLong(2, segment);
                ps.setString(3, key.apply(events.get(i)));
                ps.setLong(4, firstSeq + i);
                ps.addBatch();
                if (++count % 5_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, TenantId tenant, long seq, long fingerprint, AccessEvent e) throws SQLException {
        ps.setObject(1, tenant.value());
        ps.setLong(2, fingerprint);
        ps.setLong(3, seq);
        ps.setString(4, e.sourceSystem());
        ps.setString(5, e.sourceEventId());
        ps.setObject(6, utc(e.occurredAt()));
        setNullable(ps, 7, e.recordedAt(), JdbcEventStore::utc);
        ps.setString(8, e.userId());
        ps.setString(9, e.userName());
        ps.setString(10, e.userRole());
        ps.setString(11, e.userDepartment());
        ps.setString(12, e.patientId());
        ps.setString(13, e.encounterId());
        ps.setString(14, String.valueOf(e.action().code()));
        ps.setString(15, e.actionCode());
        ps.setString(16, e.objectType());
        ps.setString(17, e.objectId());
        ps.setString(18, e.workstation());
        ps.setString(19, e.networkAddress());
        ps.setString(20, e.facility());
        ps.setShort(21, (short) e.outcome().code());
        ps.setString(22, e.purposeOfUse());
        ps.setString(23, e.rawSha256());
    }

    @Override
    public void scan(TenantId tenant, long fromSeq, long toSeq, Consumer<Row> consumer) {
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement("SELECT " + COLUMNS + ", expired_on FROM accesslog.event "
                    + "WHERE tenant_id = ? AND seq >= ? AND seq < ? ORDER BY seq");
            ps.setObject(1, tenant.value());
            ps.setLong(2, fromSeq);
            ps.setLong(3, toSeq);
            ps.setFetchSize(10_000);
            return ps;
        }, rs -> {
            consumer.accept(new Row(rs.getLong(1), rs.getObject(22) == null ? event(rs) : null));
        });
    }

    @Override
    public List<StoredEvent> byPatient(TenantId tenant, String patientId, Instant from, Instant to, int limit) {
        return lookup("patient_index", "patient_id", tenant, patientId, from, to, limit);
    }

    @Override
    public List<StoredEvent> byUser(TenantId tenant, String userId, Instant from, Instant to, int limit) {
        return lookup("user_index", "user_id", tenant, userId, from, to, limit);
    }

    @Override
    public long expire(TenantId tenant, Instant cutoff, List<Instant[]> held, LocalDate today) {
        StringBuilder sql = new StringBuilder("""
                UPDATE accesslog.event SET expired_on = ?, user_id = NULL, user_name = NULL, user_role = NULL, user_department = NULL,
                    patient_id = NULL, encounter_id = NULL, action = NULL, action_code = NULL, object_type = NULL, object_id = NULL,
                    workstation = NULL, network_address = NULL, facility = NULL, outcome = NULL, purpose_of_use = NULL, raw_sha256 = NULL
                WHERE tenant_id = ? AND occurred_at < ? AND expired_on IS NULL""");
        List<Object> args = new ArrayList<>(List.of(today, tenant.value(), utc(cutoff)));
        for (Instant[] period : held) {
            sql.append(" AND NOT (occurred_at >= ? AND occurred_at < ?)");
            args.add(utc(period[0]));
            args.add(utc(period[1]));
        }
        return jdbc.update(sql.toString(), args.toArray());
    }

    private List<StoredEvent> lookup(String table, String column, TenantId tenant, String key, Instant from, Instant to, int limit) {
        List<Long> segments = jdbc.queryForList("""
                SELECT seg FROM accesslog.segment WHERE tenant_id = ? AND max_occurred >= ? AND min_occurred < ? ORDER BY seg DESC""",
                Long.class, tenant.value(), utc(from), utc(to));
        List<StoredEvent> found = new ArrayList<>();
        for (long seg : segments) {
            found.addAll(jdbc.query("SELECT " + prefixed("e.") + " FROM accesslog." + table + " i JOIN accesslog.event e"
                    + " ON e.tenant_id = i.tenant_id AND e.seq = i.seq WHERE i.tenant_id = ? AND i.seg = ? AND i." + column + " = ?"
                    + " AND e.occurred_at >= ? AND e.occurred_at < ? AND e.expired_on IS NULL",
                    (rs, n) -> new StoredEvent(rs.getLong(1), event(rs)), tenant.value(), seg, key, utc(from), utc(to)));
            if (found.size() >= limit * 4L) {
                break; // segments are newest first; enough candidates for the newest `limit`
            }
        }
        found.sort(Comparator.comparing((StoredEvent s) -> s.event().occurredAt()).thenComparingLong(StoredEvent::seq).reversed());
        return found.size() > limit ? List.copyOf(found.subList(0, limit)) : found;
    }

    private static String prefixed(String alias) {
        return String.join(", ", java.util.Arrays.stream(COLUMNS.split(",")).map(c -> alias + c.strip()).toList());
    }

    static AccessEvent event(ResultSet rs) throws SQLException {
        return new AccessEvent(rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11),
                AccessAction.ofCode(rs.getString(12)).orElse(AccessAction.READ), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), rs.getString(17), rs.getString(18),
                AccessOutcome.ofCode(rs.getInt(19)).orElse(AccessOutcome.SUCCESS), rs.getString(20), rs.getString(21));
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    static <T> void setNullable(PreparedStatement ps, int index, @Nullable T value, Function<T, Object> map) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(index, map.apply(value));
        }
    }
}
