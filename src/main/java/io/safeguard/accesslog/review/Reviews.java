package io.safeguard.accesslog.review;

import io.safeguard.accesslog.detection.Alert;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review of the detections (C12): alerts arrive from detection runs and join the user's open case when its last alert
 * is at most {@value #WINDOW_DAYS} days older, or open a new case; reviewers are assigned, write notes, determine the
 * case and link the sanction. Every step is appended to the case's history and the activity trail; every view of a
 * case is recorded too (the review reads PHI access data). This activity is the evidence of information system
 * activity review (164.308(a)(1)(ii)(D)).
 */
@Service
@Transactional
public class Reviews {
    static final int WINDOW_DAYS = 14;
    private final JdbcTemplate jdbc;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final io.safeguard.workforce.AccessReviews sanctions;
    private final Clock clock;

    Reviews(JdbcTemplate jdbc, AccountAdministration accounts, ActivityTrail trail, io.safeguard.workforce.AccessReviews sanctions, Clock clock) {
        this.sanctions = sanctions;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    /** A summary line of the queue. */
    public record QueueLine(UUID id, String code, String userId, @Nullable String userLabel, LocalDate firstDay, LocalDate lastDay,
            @Nullable String assignee, int alerts, String rules, boolean open, @Nullable Determination determination) {}

    /** Files new alerts of a detection run into cases; an alert already filed (same rule, user, patient, day) is skipped. */
    public int receive(TenantId tenant, UUID runId, List<Alert> alerts, Map<String, String> userLabels) {
        int filed = 0;
        for (Alert a : alerts.stream().sorted(java.util.Comparator.comparing(Alert::day)).toList()) {
            String patient = a.patientId() == null ? "" : a.patientId();
            Integer known = jdbc.queryForObject("""
                    SELECT COUNT(*) FROM accesslog.alert WHERE tenant_id = ? AND rule = ? AND user_id = ? AND patient_id = ? AND alert_day = ?""",
                    Integer.class, tenant.value(), a.rule().name(), a.userId(), patient, a.day());
            if (known != null && known > 0) {
                continue;
            }
            UUID caseId = openCaseFor(tenant, a, userLabels.get(a.userId()));
            jdbc.update("""
                    INSERT INTO accesslog.alert (id, tenant_id, rule, user_id, patient_id, alert_day, first_at, last_at, event_count, sample_seqs,
                        why, explanation, case_id, run_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", UUID.randomUUID(), tenant.value(),
                    a.rule().name(), a.userId(), patient, a.day(), utc(a.firstAt()), utc(a.lastAt()), a.eventCount(),
                    a.sampleSeqs().stream().limit(20).map(String::valueOf).collect(Collectors.joining(" ")), cut(a.why()), cut(a.explanation()),
                    caseId, runId);
            history(tenant, caseId, "ALERT", a.rule().name() + " on " + a.day() + " (" + a.eventCount() + " accesses)", "detection");
            filed++;
        }
        return filed;
    }

    private UUID openCaseFor(TenantId tenant, Alert a, @Nullable String label) {
        List<UUID> open = jdbc.queryForList("""
                SELECT id FROM accesslog.review_case WHERE tenant_id = ? AND user_id = ? AND status = 'OPEN' AND last_day >= ?
                ORDER BY last_day DESC""", UUID.class, tenant.value(), a.userId(), a.day().minusDays(WINDOW_DAYS));
        if (!open.isEmpty()) {
            jdbc.update("UPDATE accesslog.review_case SET last_day = GREATEST(last_day, ?), first_day = LEAST(first_day, ?) WHERE tenant_id = ? AND id = ?",
                    a.day(), a.day(), tenant.value(), open.getFirst());
            return open.getFirst();
        }
        UUID id = UUID.randomUUID();
        int ref = jdbc.queryForObject("SELECT COALESCE(MAX(ref_no), 0) + 1 FROM accesslog.review_case WHERE tenant_id = ?", Integer.class,
                tenant.value());
        jdbc.update("""
                INSERT INTO accesslog.review_case (id, tenant_id, ref_no, user_id, user_label, first_day, last_day, status, opened_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?)""", id, tenant.value(), ref, a.userId(), label, a.day(), a.day(), utc(clock.instant()));
        history(tenant, id, "OPENED", "Case opened for " + (label == null ? a.userId() : label), "detection");
        return id;
    }

    @Transactional(readOnly = true)
    public List<QueueLine> queue(TenantScope scope, boolean openOnly) {
        scope.require(Permission.VIEW);
        return jdbc.query("""
                SELECT c.id, c.ref_no, c.user_id, c.user_label, c.first_day, c.last_day, c.assignee, c.status, c.determination,
                       (SELECT COUNT(*) FROM accesslog.alert a WHERE a.case_id = c.id),
                       (SELECT STRING_AGG(DISTINCT a.rule, ', ') FROM accesslog.alert a WHERE a.case_id = c.id)
                FROM accesslog.review_case c WHERE c.tenant_id = ?""" + (openOnly ? " AND c.status = 'OPEN'" : "")
                + " ORDER BY c.status DESC, c.last_day DESC, c.ref_no DESC", (rs, n) -> new QueueLine(rs.getObject(1, UUID.class),
                "AL-%03d".formatted(rs.getInt(2)), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class), rs.getString(7), rs.getInt(10), rs.getString(11) == null ? "" : rs.getString(11),
                "OPEN".equals(rs.getString(8)), rs.getString(9) == null ? null : Determination.valueOf(rs.getString(9))), scope.tenantId().value());
    }

    /** A case with its alerts and history; the view is recorded. */
    public ReviewCase get(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        ReviewCase c = find(scope.tenantId(), id);
        trail.record(ActivityEntry.of(scope.tenantId(), "accesslog.case.view", "accesslog-case", id).withDetail(c.code()));
        return c;
    }

    public void assign(TenantScope scope, UUID id, String assignee) {
        scope.require(Permission.EDIT);
        ReviewCase c = openCase(scope, id);
        String who = assignee == null ? "" : assignee.strip();
        if (who.isEmpty() || who.length() > 320) {
            throw new BusinessRuleViolation("accesslog.case.assignee", "Name the reviewer (an e-mail address or name).");
        }
        if (jdbc.update("UPDATE accesslog.review_case SET assignee = ? WHERE tenant_id = ? AND id = ? AND status = 'OPEN'", who, scope.tenantId().value(), id) == 0) {
            throw new BusinessRuleViolation("accesslog.case.closed", "The case is closed.");
        }
        step(scope, c, "ASSIGNED", "Assigned to " + who);
    }

    public void note(TenantScope scope, UUID id, String text) {
        scope.require(Permission.EDIT);
        ReviewCase c = find(scope.tenantId(), id);
        step(scope, c, "NOTE", required(text, 4000, "Write the note (interview, EHR evidence, manager's statement)."));
    }

    /** Closes the case with the determination and the reviewer's reasons (owners and compliance officers). */
    public void determine(TenantScope scope, UUID id, Determination determination, String rationale) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        ReviewCase c = openCase(scope, id);
        if (determination == null) {
            throw new BusinessRuleViolation("accesslog.case.determination", "Choose the determination.");
        }
        String why = required(rationale, 4000, "State the reasons for the determination.");
        if (jdbc.update("UPDATE accesslog.review_case SET status = 'CLOSED', determination = ?, closed_at = ? WHERE tenant_id = ? AND id = ? AND status = 'OPEN'",
                determination.name(), utc(clock.instant()), scope.tenantId().value(), id) == 0) {
            throw new BusinessRuleViolation("accesslog.case.closed", "The case is closed; its determination is part of the record.");
        }
        step(scope, c, "DETERMINED", determination.label() + ". " + why);
    }

    /** Links the sanction recorded for the user in the workforce module (164.530(e), 164.308(a)(1)(ii)(C)). */
    public void linkSanction(TenantScope scope, UUID id, UUID sanctionId) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        ReviewCase c = find(scope.tenantId(), id);
        if (c.determination() != Determination.INAPPROPRIATE) {
            throw new BusinessRuleViolation("accesslog.case.sanction", "A sanction is linked to a case determined inappropriate.");
        }
        if (sanctions.sanctions(scope).stream().noneMatch(s -> s.id().equals(sanctionId))) {
            throw new NotFound("sanction", sanctionId); // another organization's sanction is not found
        }
        if (jdbc.update("UPDATE accesslog.review_case SET sanction_id = ? WHERE tenant_id = ? AND id = ? AND sanction_id IS NULL", sanctionId,
                scope.tenantId().value(), id) == 0) {
            throw new BusinessRuleViolation("accesslog.case.sanction", "A sanction is already linked to this case.");
        }
        step(scope, c, "SANCTION", "Sanction " + sanctionId + " linked");
    }

    /** For the assessment: cases closed and alerts still open past 30 days, over a period. */
    @Transactional(readOnly = true)
    public ReviewEvidence evidence(TenantId tenant, LocalDate from, LocalDate to, LocalDate today) {
        int closed = jdbc.queryForObject("""
                SELECT COUNT(*) FROM accesslog.review_case WHERE tenant_id = ? AND status = 'CLOSED' AND closed_at >= ? AND closed_at < ?""",
                Integer.class, tenant.value(), utc(from.atStartOfDay().toInstant(ZoneOffset.UTC)), utc(to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        int stale = jdbc.queryForObject("SELECT COUNT(*) FROM accesslog.review_case WHERE tenant_id = ? AND status = 'OPEN' AND first_day < ?",
                Integer.class, tenant.value(), today.minusDays(30));
        int runs = jdbc.queryForObject("SELECT COUNT(*) FROM accesslog.detection_run WHERE tenant_id = ? AND to_day >= ? AND from_day <= ?",
                Integer.class, tenant.value(), from, to);
        return new ReviewEvidence(from, to, runs, closed, stale);
    }

    /** What the review shows for a period: detection runs, cases closed, cases open more than 30 days. */
    public record ReviewEvidence(LocalDate from, LocalDate to, int detectionRuns, int casesClosed, int casesOpenOver30Days) {}

    private ReviewCase openCase(TenantScope scope, UUID id) {
        ReviewCase c = find(scope.tenantId(), id);
        if (!c.open()) {
            throw new BusinessRuleViolation("accesslog.case.closed", "The case is closed; its determination is part of the record.");
        }
        return c;
    }

    private ReviewCase find(TenantId tenant, UUID id) {
        var alerts = jdbc.query("""
                SELECT id, rule, user_id, patient_id, alert_day, first_at, last_at, event_count, sample_seqs, why, explanation
                FROM accesslog.alert WHERE tenant_id = ? AND case_id = ? ORDER BY alert_day, rule""", (rs, n) -> new ReviewCase.StoredAlert(
                rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4).isEmpty() ? null : rs.getString(4),
                rs.getObject(5, LocalDate.class), instant(rs, 6), instant(rs, 7), rs.getLong(8), seqs(rs.getString(9)), rs.getString(10),
                rs.getString(11)), tenant.value(), id);
        var history = jdbc.query("""
                SELECT kind, entry, author, written_at FROM accesslog.case_history WHERE tenant_id = ? AND case_id = ? ORDER BY written_at, kind""",
                (rs, n) -> new ReviewCase.HistoryEntry(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4)), tenant.value(), id);
        return jdbc.query("""
                SELECT id, ref_no, user_id, user_label, first_day, last_day, status, assignee, determination, sanction_id, opened_at, closed_at
                FROM accesslog.review_case WHERE tenant_id = ? AND id = ?""", (rs, n) -> new ReviewCase(rs.getObject(1, UUID.class), rs.getInt(2),
                rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), "OPEN".equals(rs.getString(7)),
                rs.getString(8), rs.getString(9) == null ? null : Determination.valueOf(rs.getString(9)), rs.getObject(10, UUID.class),
                instant(rs, 11), rs.getObject(12) == null ? null : instant(rs, 12), alerts, history), tenant.value(), id)
                .stream().findFirst().orElseThrow(() -> new NotFound("case", id));
    }

    private void step(TenantScope scope, ReviewCase c, String kind, String entry) {
        history(scope.tenantId(), c.id(), kind, entry, accounts.summary(scope.accountId()).email());
        trail.record(ActivityEntry.of(scope.tenantId(), "accesslog.case." + kind.toLowerCase(java.util.Locale.ROOT), "accesslog-case", c.id())
                .withDetail(c.code()));
    }

    private void history(TenantId tenant, UUID caseId, String kind, String entry, String author) {
        jdbc.update("INSERT INTO accesslog.case_history (id, tenant_id, case_id, kind, entry, author, written_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), tenant.value(), caseId, kind, cut(entry), author, utc(clock.instant().plusNanos(historyTick())));
    }

    /** Entries written in the same instant keep their order (the history is ordered by time). */
    private long tick;

    private synchronized long historyTick() {
        return (tick = (tick + 1) % 1000) * 1000;
    }

    private static String required(@Nullable String text, int max, String message) {
        String v = text == null ? "" : text.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new BusinessRuleViolation("accesslog.case.text", message);
        }
        return v;
    }

    private static List<Long> seqs(String text) {
        return text.isBlank() ? List.of() : Arrays.stream(text.split(" ")).map(Long::valueOf).toList();
    }

    private static String cut(String text) {
        return text.length() > 2000 ? text.substring(0, 1999) + "…" : text;
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
