package io.safeguard.accesslog.detection;

import io.safeguard.accesslog.CareLink;
import io.safeguard.accesslog.PatientRecord;
import io.safeguard.accesslog.StaffMember;
import io.safeguard.accesslog.StoredEvent;
import io.safeguard.accesslog.ledger.AccessLogSearch;
import io.safeguard.accesslog.reference.ReferenceFeeds;
import io.safeguard.accesslog.review.Reviews;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import io.safeguard.workforce.AccessGrant;
import io.safeguard.workforce.Workforce;
import io.safeguard.workforce.WorkforceMember;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Runs the detections over the ledger for a period of days (C12): reference data from the workforce roster (EHR user
 * ids from its access grants), the patient and care-link feeds; events of the period plus the {@value #BASELINE_DAYS}
 * days before it for the users' own baselines; alerts of the period filed into review cases. Each run is recorded.
 * The detector holds the window's events in memory, so a period is at most {@value #LONGEST_PERIOD_DAYS} days and a
 * window at most {@value #MOST_EVENTS} events; one run at a time per organization (in this server), and a run's records
 * (the run, its cases and alerts) are written in one transaction.
 */
@Service
public class DetectionRuns {
    static final int BASELINE_DAYS = 28;
    static final int LONGEST_PERIOD_DAYS = 92;
    static final long MOST_EVENTS = 20_000_000; // about 2 GiB of heap with the reference data (10M measured at 0.9 GiB)
    private final java.util.concurrent.ConcurrentMap<io.safeguard.shared.TenantId, java.util.concurrent.locks.ReentrantLock> running =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final org.springframework.transaction.support.TransactionTemplate transactions;
    private final AccessLogSearch events;
    private final ReferenceFeeds feeds;
    private final Workforce workforce;
    private final Reviews reviews;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    DetectionRuns(AccessLogSearch events, ReferenceFeeds feeds, Workforce workforce, Reviews reviews, Organizations organizations,
            AccountAdministration accounts, ActivityTrail trail, JdbcTemplate jdbc, Clock clock,
            org.springframework.transaction.support.TransactionTemplate transactions) {
        this.transactions = transactions;
        this.events = events;
        this.feeds = feeds;
        this.workforce = workforce;
        this.reviews = reviews;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** What a run found: counts per rule (before and after the explanation filter), alerts filed, users not on the roster. */
    public record Report(UUID runId, LocalDate from, LocalDate to, long events, int alerts, int filed, List<RuleCount> counts,
            double explainedShare, List<UnknownUser> unknownUsers) {}

    public LocalDate today(TenantScope scope) {
        return LocalDate.now(clock.withZone(organizations.get(scope.tenantId()).zone()));
    }

    public Report run(TenantScope scope, LocalDate from, LocalDate to) {
        scope.require(Permission.EDIT);
        if (from == null || to == null || to.isBefore(from)) {
            throw new BusinessRuleViolation("accesslog.detection", "Give the first and last day to review, in order.");
        }
        if (java.time.temporal.ChronoUnit.DAYS.between(from, to) >= LONGEST_PERIOD_DAYS) {
            throw new BusinessRuleViolation("accesslog.detection", "Review at most " + LONGEST_PERIOD_DAYS + " days at a time.");
        }
        var lock = running.computeIfAbsent(scope.tenantId(), t -> new java.util.concurrent.locks.ReentrantLock());
        if (!lock.tryLock()) {
            throw new BusinessRuleViolation("accesslog.detection", "A detection run for this organization is in progress; try again when it ends.");
        }
        try {
            return runLocked(scope, from, to);
        } finally {
            lock.unlock();
        }
    }

    private Report runLocked(TenantScope scope, LocalDate from, LocalDate to) {
        Instant started = clock.instant();
        ZoneId zone = organizations.get(scope.tenantId()).zone();
        List<StaffMember> staff = staff(scope);
        var reference = reference(scope, staff);
        var detector = new Detector(reference, DetectionSettings.defaults(zone));
        Instant windowStart = from.minusDays(BASELINE_DAYS).atStartOfDay(zone).toInstant();
        Instant windowEnd = to.plusDays(1).atStartOfDay(zone).toInstant();
        List<StoredEvent> window = new ArrayList<>();
        events.scanPeriod(scope.tenantId(), windowStart, windowEnd, e -> {
            if (window.size() >= MOST_EVENTS) {
                throw new BusinessRuleViolation("accesslog.detection", "The period and its " + BASELINE_DAYS + "-day baseline hold more than "
                        + String.format("%,d", MOST_EVENTS) + " events; review a shorter period.");
            }
            window.add(e);
        });
        window.sort(java.util.Comparator.comparing((StoredEvent s) -> s.event().occurredAt()).thenComparingLong(StoredEvent::seq));
        DetectionRun run = detector.run(window.iterator());
        List<Alert> inPeriod = run.alerts().stream().filter(a -> !a.day().isBefore(from) && !a.day().isAfter(to)).toList();
        UUID runId = UUID.randomUUID();
        long explained = run.counts().values().stream().mapToLong(RuleCount::explainedAway).sum();
        Map<String, String> labels = new HashMap<>();
        staff.forEach(m -> labels.putIfAbsent(m.userId(), m.fullName() + (m.department() == null ? "" : " (" + m.department() + ")")));
        int filed = transactions.execute(t -> {
            jdbc.update("""
                INSERT INTO accesslog.detection_run (id, tenant_id, from_day, to_day, events, alerts, explained, started_at, finished_at, started_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", runId, scope.tenantId().value(), from, to, run.events(), inPeriod.size(), (int) explained,
                utc(started), utc(clock.instant()), accounts.summary(scope.accountId()).email());
            return reviews.receive(scope.tenantId(), runId, inPeriod, labels);
        });
        trail.record(ActivityEntry.of(scope.tenantId(), "accesslog.detect", "accesslog", runId)
                .withDetail(from + " to " + to + ": " + run.events() + " events, " + inPeriod.size() + " alerts, " + filed + " new"));
        return new Report(runId, from, to, run.events(), inPeriod.size(), filed, List.copyOf(run.counts().values()), run.explainedAccessShare(),
                run.unknownUsers());
    }

    private List<StaffMember> staff(TenantScope scope) {
        List<StaffMember> staff = new ArrayList<>();
        Map<UUID, WorkforceMember> members = new HashMap<>();
        workforce.roster(scope).forEach(m -> members.put(m.id(), m));
        for (WorkforceMember m : members.values()) {
            staff.add(staff(m, m.employeeId()));
        }
        for (AccessGrant g : workforce.grants(scope)) {
            WorkforceMember m = members.get(g.memberId());
            if (m != null && !g.accountName().equals(m.employeeId())) {
                staff.add(staff(m, g.accountName()));
            }
        }
        return staff;
    }

    private ReferenceData reference(TenantScope scope, List<StaffMember> staff) {
        List<PatientRecord> patients = new ArrayList<>();
        feeds.patients(scope.tenantId(), patients::add);
        List<CareLink> links = new ArrayList<>();
        feeds.careLinks(scope.tenantId(), links::add);
        return ReferenceData.of(staff, patients, links);
    }

    /**
     * The roster's termination date is the first day the person no longer works (workforce module); the detection's is
     * the last day worked, so it is the day before.
     */
    private static StaffMember staff(WorkforceMember m, String userId) {
        return new StaffMember(userId, m.employeeId(), m.fullName(), m.department(), m.jobTitle(), m.hireDate(),
                m.terminationDate() == null ? null : m.terminationDate().minusDays(1));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
