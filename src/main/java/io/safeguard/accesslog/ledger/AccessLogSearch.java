package io.safeguard.accesslog.ledger;

import io.safeguard.accesslog.StoredEvent;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Search of the access log by patient or by user over a period of days (organization's time zone), newest first. The
 * log is PHI: every search is itself recorded in the activity trail with what was asked (the audit log used, DICOM
 * 110101), never with what was found.
 */
@Service
@Transactional
public class AccessLogSearch {
    public static final int LIMIT = 5_000;
    private final EventStore events;
    private final Organizations organizations;
    private final ActivityTrail trail;
    private final Clock clock;

    AccessLogSearch(EventStore events, Organizations organizations, ActivityTrail trail, Clock clock) {
        this.events = events;
        this.organizations = organizations;
        this.trail = trail;
        this.clock = clock;
    }

    public record Query(@Nullable String patientId, @Nullable String userId, LocalDate from, LocalDate to) {}

    public record Result(Query query, List<StoredEvent> events, boolean truncated, ZoneId zone) {}

    public LocalDate today(TenantScope scope) {
        return LocalDate.now(clock.withZone(zone(scope)));
    }

    public Result search(TenantScope scope, Query query) {
        scope.require(Permission.VIEW);
        boolean byPatient = query.patientId() != null && !query.patientId().isBlank();
        boolean byUser = query.userId() != null && !query.userId().isBlank();
        if (byPatient == byUser) {
            throw new BusinessRuleViolation("accesslog.search", "Search by a patient ID or by a user ID (one of the two).");
        }
        if (query.from() == null || query.to() == null || query.to().isBefore(query.from())) {
            throw new BusinessRuleViolation("accesslog.search", "Give the first and last day of the period, in order.");
        }
        ZoneId zone = zone(scope);
        var from = query.from().atStartOfDay(zone).toInstant();
        var to = query.to().plusDays(1).atStartOfDay(zone).toInstant();
        List<StoredEvent> found = byPatient
                ? events.byPatient(scope.tenantId(), query.patientId().strip(), from, to, LIMIT + 1)
                : events.byUser(scope.tenantId(), query.userId().strip(), from, to, LIMIT + 1);
        trail.record(ActivityEntry.of(scope.tenantId(), "accesslog.view", "accesslog", null).withDetail((byPatient ? "patient " + query.patientId().strip()
                : "user " + query.userId().strip()) + ", " + query.from() + " to " + query.to()));
        boolean truncated = found.size() > LIMIT;
        return new Result(query, truncated ? found.subList(0, LIMIT) : found, truncated, zone);
    }

    /** Every stored event that occurred in [from, to), in ledger order, for the detections (the run itself is recorded). */
    @Transactional(readOnly = true)
    public void scanPeriod(io.safeguard.shared.TenantId tenant, java.time.Instant from, java.time.Instant to,
            java.util.function.Consumer<StoredEvent> consumer) {
        for (long[] range : events.seqRanges(tenant, from, to)) {
            events.scan(tenant, range[0], range[1], row -> {
                var e = row.event();
                if (e != null && !e.occurredAt().isBefore(from) && e.occurredAt().isBefore(to)) {
                    consumer.accept(new StoredEvent(row.seq(), e));
                }
            });
        }
    }

    private ZoneId zone(TenantScope scope) {
        return organizations.get(scope.tenantId()).zone();
    }
}
