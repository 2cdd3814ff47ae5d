package io.safeguard.accesslog.ledger;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of access-log events: six years by default (documentation kept six years, 164.316(b)(2)(i)), changed only
 * upward per organization (State law may ask more), and legal holds over periods of days. Expiry clears the payload of
 * events that occurred before the cutoff day (in the organization's time zone) and outside every hold; the leaf hashes
 * stay in the tiles, so the ledger still verifies. Each run is recorded with its counts.
 */
@Service
@Transactional
public class Retention {
    public static final int DEFAULT_YEARS = 6;
    private final JdbcTemplate jdbc;
    private final EventStore events;
    private final JdbcTiles tiles;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    Retention(JdbcTemplate jdbc, EventStore events, JdbcTiles tiles, Organizations organizations, AccountAdministration accounts, ActivityTrail trail,
            Clock clock) {
        this.jdbc = jdbc;
        this.events = events;
        this.tiles = tiles;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    public record LegalHold(UUID id, LocalDate from, LocalDate to, String reason, String placedBy, Instant placedAt,
            @Nullable String releasedBy, @Nullable Instant releasedAt) {
        public boolean active() {
            return releasedAt == null;
        }
    }

    public record ExpiryRun(LocalDate cutoff, long expired, long held, Instant ranAt) {}

    @Transactional(readOnly = true)
    public int years(TenantId tenant) {
        List<Integer> found = jdbc.queryForList("SELECT years FROM accesslog.retention WHERE tenant_id = ?", Integer.class, tenant.value());
        return found.isEmpty() ? DEFAULT_YEARS : found.getFirst();
    }

    /** Owners and compliance officers may lengthen retention; it never goes below six years or back down. */
    public void setYears(TenantScope scope, int years) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        int current = years(scope.tenantId());
        if (years < current || years > 100) {
            throw new BusinessRuleViolation("accesslog.retention", "Retention can only be lengthened (now " + current
                    + " years; at least six, 164.316(b)(2)(i)).");
        }
        String who = accounts.summary(scope.accountId()).email();
        if (jdbc.update("UPDATE accesslog.retention SET years = ?, changed_by = ?, changed_at = ? WHERE tenant_id = ?", years, who, now(),
                scope.tenantId().value()) == 0) {
            jdbc.update("INSERT INTO accesslog.retention (tenant_id, years, changed_by, changed_at) VALUES (?, ?, ?, ?)",
                    scope.tenantId().value(), years, who, now());
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "accesslog.retention", "accesslog", null).withDetail(years + " years"));
    }

    public LegalHold placeHold(TenantScope scope, LocalDate from, LocalDate to, String reason) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        String why = reason == null ? "" : reason.strip();
        if (from == null || to == null || to.isBefore(from) || why.isEmpty() || why.length() > 1000) {
            throw new BusinessRuleViolation("accesslog.hold", "Give the first and last day the hold covers, in order, and the reason.");
        }
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO accesslog.legal_hold (id, tenant_id, from_day, to_day, reason, placed_by, placed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                id, scope.tenantId().value(), from, to, why, accounts.summary(scope.accountId()).email(), now());
        trail.record(ActivityEntry.of(scope.tenantId(), "accesslog.hold.place", "accesslog-hold", id).withDetail(from + " to " + to));
        return holds(scope.tenantId()).stream().filter(h -> h.id().equals(id)).findFirst().orElseThrow();
    }

    public void releaseHold(TenantScope scope, UUID id) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        if (jdbc.update("UPDATE accesslog.legal_hold SET released_by = ?, released_at = ? WHERE tenant_id = ? AND id = ? AND released_at IS NULL",
                accounts.summary(scope.accountId()).email(), now(), scope.tenantId().value(), id) == 0) {
            throw new NotFound("legal hold", id);
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "accesslog.hold.release", "accesslog-hold", id));
    }

    @Transactional(readOnly = true)
    public List<LegalHold> holds(TenantId tenant) {
        return jdbc.query("""
                SELECT id, from_day, to_day, reason, placed_by, placed_at, released_by, released_at FROM accesslog.legal_hold
                WHERE tenant_id = ? ORDER BY placed_at DESC""", (rs, n) -> new LegalHold(rs.getObject(1, UUID.class),
                rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                rs.getObject(6, OffsetDateTime.class).toInstant(), rs.getString(7),
                rs.getObject(8, OffsetDateTime.class) == null ? null : rs.getObject(8, OffsetDateTime.class).toInstant()), tenant.value());
    }

    /** The first day whose events are still kept: events that occurred before it expire (organization's time zone). */
    public LocalDate cutoff(TenantId tenant) {
        return LocalDate.now(clock.withZone(zone(tenant))).minusYears(years(tenant));
    }

    /** Runs expiry for one organization now; the run and its counts are recorded. */
    public ExpiryRun expire(TenantId tenant) {
        tiles.lockHead(tenant, clock.instant()); // no ingest rewrites the last bundle while expiry rewrites bundles
        ZoneId zone = zone(tenant);
        LocalDate cutoff = cutoff(tenant);
        List<Instant[]> held = new ArrayList<>();
        for (LegalHold h : holds(tenant)) {
            if (h.active()) {
                held.add(new Instant[] {h.from().atStartOfDay(zone).toInstant(), h.to().plusDays(1).atStartOfDay(zone).toInstant()});
            }
        }
        Instant cutoffInstant = cutoff.atStartOfDay(zone).toInstant();
        long heldCount = 0;
        for (Instant[] period : held) {
            if (period[0].isBefore(cutoffInstant)) {
                heldCount += countKept(tenant, period[0], period[1].isBefore(cutoffInstant) ? period[1] : cutoffInstant);
            }
        }
        long expired = events.expire(tenant, cutoffInstant, held);
        Instant now = clock.instant();
        jdbc.update("INSERT INTO accesslog.expiry_run (id, tenant_id, cutoff, expired, held, ran_at) VALUES (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), tenant.value(), cutoff, expired, heldCount, utc(now));
        trail.record(ActivityEntry.of(tenant, "accesslog.expire", "accesslog", null)
                .withDetail("events before " + cutoff + ": " + expired + " expired, " + heldCount + " kept under legal hold"));
        return new ExpiryRun(cutoff, expired, heldCount, now);
    }

    /** Start of the cutoff day of the latest expiry run: entries cleared legitimately occurred before it. */
    Instant lastCutoff(TenantId tenant) {
        List<LocalDate> cutoffs = jdbc.queryForList("SELECT MAX(cutoff) FROM accesslog.expiry_run WHERE tenant_id = ?", LocalDate.class,
                tenant.value());
        LocalDate last = cutoffs.isEmpty() ? null : cutoffs.getFirst();
        return last == null ? Instant.MIN : last.atStartOfDay(zone(tenant)).toInstant();
    }

    /** Events still kept that occurred in [from, to): those a legal hold keeps past their retention. */
    private long countKept(TenantId tenant, Instant from, Instant to) {
        long[] count = {0};
        List<long[]> bundles = jdbc.query("""
                SELECT idx, width FROM accesslog.entry_bundle WHERE tenant_id = ? AND min_occurred < ? AND max_occurred >= ?""",
                (rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}, tenant.value(), utc(to), utc(from));
        for (long[] b : bundles) {
            events.scan(tenant, b[0] * 256, b[0] * 256 + b[1], row -> {
                var e = row.event();
                if (e != null && !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)) {
                    count[0]++;
                }
            });
        }
        return count[0];
    }

    @Transactional(readOnly = true)
    public List<ExpiryRun> runs(TenantId tenant) {
        return jdbc.query("SELECT cutoff, expired, held, ran_at FROM accesslog.expiry_run WHERE tenant_id = ? ORDER BY ran_at DESC",
                (rs, n) -> new ExpiryRun(rs.getObject(1, LocalDate.class), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()), tenant.value());
    }

    private ZoneId zone(TenantId tenant) {
        return organizations.get(tenant).zone();
    }

    private OffsetDateTime now() {
        return utc(clock.instant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
