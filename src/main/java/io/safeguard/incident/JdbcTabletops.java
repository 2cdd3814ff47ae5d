package io.safeguard.incident;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class JdbcTabletops {
    private final JdbcClient jdbc;

    JdbcTabletops(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Tabletop> all(TenantId tenant) {
        Map<UUID, List<Tabletop.Note>> notes = new HashMap<>();
        jdbc.sql("""
                SELECT id, tabletop_id, kind, inject_no, note_text, risk_id, author, written_at FROM incident.tabletop_note
                WHERE tenant_id = :tenant ORDER BY written_at, note_text
                """).param("tenant", tenant.value())
                .query(rs -> {
                    notes.computeIfAbsent(rs.getObject(2, UUID.class), k -> new ArrayList<>()).add(new Tabletop.Note(
                            rs.getObject(1, UUID.class), Tabletop.Kind.valueOf(rs.getString(3)), rs.getObject(4, Integer.class),
                            rs.getString(5), rs.getObject(6, UUID.class), rs.getString(7),
                            rs.getObject(8, OffsetDateTime.class).toInstant()));
                });
        return jdbc.sql("""
                SELECT id, scenario, title, scheduled_on, facilitator, participants, held_on FROM incident.tabletop
                WHERE tenant_id = :tenant ORDER BY scheduled_on DESC, title
                """).param("tenant", tenant.value())
                .query((rs, n) -> new Tabletop(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class),
                        List.copyOf(notes.getOrDefault(rs.getObject(1, UUID.class), List.of()))))
                .list();
    }

    void insert(TenantId tenant, UUID id, String scenario, String title, LocalDate on, String facilitator, @Nullable String participants,
            Instant now) {
        jdbc.sql("""
                INSERT INTO incident.tabletop (id, tenant_id, scenario, title, scheduled_on, facilitator, participants, created_at)
                VALUES (:id, :tenant, :scenario, :title, :on, :facilitator, :participants, :now)
                """).param("id", id).param("tenant", tenant.value()).param("scenario", scenario).param("title", title)
                .param("on", on).param("facilitator", facilitator).param("participants", participants).param("now", utc(now)).update();
    }

    /** Records the exercise as held once; 0 when it is not this tenant's or was already recorded as held. */
    int held(TenantId tenant, UUID id, LocalDate on, String participants) {
        return jdbc.sql("""
                UPDATE incident.tabletop SET held_on = :on, participants = :participants
                WHERE tenant_id = :tenant AND id = :id AND held_on IS NULL
                """).param("on", on).param("participants", participants).param("tenant", tenant.value()).param("id", id).update();
    }

    void note(TenantId tenant, UUID tabletop, Tabletop.Kind kind, @Nullable Integer inject, String text, @Nullable UUID risk, String author,
            Instant now) {
        jdbc.sql("""
                INSERT INTO incident.tabletop_note (id, tenant_id, tabletop_id, kind, inject_no, note_text, risk_id, author, written_at)
                VALUES (:id, :tenant, :tabletop, :kind, :inject, :text, :risk, :author, :now)
                """).param("id", UUID.randomUUID()).param("tenant", tenant.value()).param("tabletop", tabletop).param("kind", kind.name())
                .param("inject", inject).param("text", text).param("risk", risk).param("author", author).param("now", utc(now)).update();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
