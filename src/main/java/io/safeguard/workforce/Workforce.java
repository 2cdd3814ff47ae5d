package io.safeguard.workforce;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The workforce module's API: roster, training, access grants and terminations. */
@Service
@Transactional
public class Workforce {
    static final int DEFAULT_REVOCATION_SLA_DAYS = 1;
    private final JdbcMembers members;
    private final JdbcTraining training;
    private final JdbcGrants grants;
    private final Organizations organizations;
    private final ActivityTrail trail;
    private final Clock clock;

    private final org.springframework.beans.factory.ObjectProvider<UseAfterTermination> useAfterTermination;

    Workforce(JdbcMembers members, JdbcTraining training, JdbcGrants grants, Organizations organizations,
            ActivityTrail trail, Clock clock, org.springframework.beans.factory.ObjectProvider<UseAfterTermination> useAfterTermination) {
        this.useAfterTermination = useAfterTermination;
        this.members = members;
        this.training = training;
        this.grants = grants;
        this.organizations = organizations;
        this.trail = trail;
        this.clock = clock;
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(organizations.get(tenant).zone()));
    }

    @Transactional(readOnly = true)
    public List<WorkforceMember> roster(TenantScope scope) {
        scope.require(Permission.VIEW);
        return members.all(scope.tenantId());
    }

    @Transactional(readOnly = true)
    public WorkforceMember member(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return members.find(scope.tenantId(), id).orElseThrow(() -> new NotFound("workforce member", id));
    }

    /**
     * A member's record as its page shows it. Opening it is recorded like a download of evidence (164.312(b)): the
     * page names a person and their training, access and termination.
     */
    public WorkforceMember view(TenantScope scope, UUID id) {
        WorkforceMember member = member(scope, id);
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.member.view", "workforce-member", id));
        return member;
    }

    public WorkforceMember add(TenantScope scope, MemberDetails details) {
        scope.require(Permission.EDIT);
        if (members.findByEmployeeId(scope.tenantId(), details.employeeId()).isPresent()) {
            throw new BusinessRuleViolation("workforce.employee-id-taken", "Another member has this employee ID.");
        }
        UUID id = UUID.randomUUID();
        members.insert(scope.tenantId(), id, details, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.member.add", "workforce-member", details.employeeId()));
        return member(scope, id);
    }

    public WorkforceMember update(TenantScope scope, UUID id, MemberDetails details) {
        scope.require(Permission.EDIT);
        member(scope, id);
        members.findByEmployeeId(scope.tenantId(), details.employeeId()).filter(m -> !m.id().equals(id)).ifPresent(m -> {
            throw new BusinessRuleViolation("workforce.employee-id-taken", "Another member has this employee ID.");
        });
        members.update(scope.tenantId(), id, details, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.member.update", "workforce-member", details.employeeId()));
        return member(scope, id);
    }

    @Transactional(readOnly = true)
    public List<Course> courses(TenantScope scope) {
        scope.require(Permission.VIEW);
        return training.courses(scope.tenantId());
    }

    public Course addCourse(TenantScope scope, String code, String title, @Nullable Integer refreshMonths, int newHireDays,
            Course.Audience audience) {
        scope.require(Permission.EDIT);
        String cleanCode = code == null ? "" : code.strip();
        String cleanTitle = title == null ? "" : title.strip();
        if (!cleanCode.matches("[A-Za-z0-9._-]{1,60}") || cleanTitle.isEmpty() || cleanTitle.length() > 200) {
            throw new BusinessRuleViolation("workforce.course", "Give a course code (letters, digits, . _ -) and a title.");
        }
        if ((refreshMonths != null && (refreshMonths < 1 || refreshMonths > 60)) || newHireDays < 0 || newHireDays > 365) {
            throw new BusinessRuleViolation("workforce.course-window", "Refresh is 1-60 months; the new-hire window 0-365 days.");
        }
        if (training.courses(scope.tenantId()).stream().anyMatch(c -> c.code().equalsIgnoreCase(cleanCode))) {
            throw new BusinessRuleViolation("workforce.course-code-taken", "A course with this code exists already.");
        }
        var course = new Course(UUID.randomUUID(), cleanCode, cleanTitle, refreshMonths, newHireDays, audience);
        training.insertCourse(scope.tenantId(), course);
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.course.add", "course", cleanCode));
        return course;
    }

    public void recordCompletion(TenantScope scope, UUID memberId, UUID courseId, LocalDate completedOn) {
        scope.require(Permission.EDIT);
        member(scope, memberId);
        training.course(scope.tenantId(), courseId).orElseThrow(() -> new NotFound("course", courseId));
        if (completedOn == null || completedOn.isAfter(today(scope.tenantId()))) {
            throw new BusinessRuleViolation("workforce.completion-date", "A completion date cannot be in the future.");
        }
        var completion = new JdbcTraining.Completion(memberId, courseId, completedOn);
        if (!training.completions(scope.tenantId()).contains(completion)) {
            training.insertCompletions(scope.tenantId(), List.of(completion));
            trail.record(ActivityEntry.of(scope.tenantId(), "workforce.training.complete", "workforce-member", memberId)
                    .withDetail("completed on " + completedOn));
        }
    }

    /** Every applicable (member, course) pair with its status on {@code asOf}, for the training page and assessments. */
    @Transactional(readOnly = true)
    public TrainingReport trainingReport(TenantId tenant, LocalDate asOf) {
        List<WorkforceMember> roster = members.all(tenant);
        List<Course> courses = training.courses(tenant);
        Map<UUID, Map<UUID, LocalDate>> last = new HashMap<>();
        for (var c : training.completions(tenant)) {
            if (!c.completedOn().isAfter(asOf)) {
                last.computeIfAbsent(c.memberId(), k -> new HashMap<>()).merge(c.courseId(), c.completedOn(),
                        (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        List<TrainingReport.Line> lines = new ArrayList<>();
        for (WorkforceMember m : roster) {
            for (Course c : courses) {
                var status = TrainingStatus.of(m, c, last.getOrDefault(m.id(), Map.of()).get(c.id()), asOf);
                if (status.state() != TrainingStatus.State.NOT_REQUIRED) {
                    lines.add(new TrainingReport.Line(m, c, status));
                }
            }
        }
        return new TrainingReport(asOf, courses, lines);
    }

    @Transactional(readOnly = true)
    public List<AccessGrant> grants(TenantScope scope) {
        scope.require(Permission.VIEW);
        return grants.all(scope.tenantId());
    }

    public AccessGrant grant(TenantScope scope, UUID memberId, String system, String account, @Nullable String level,
            @Nullable LocalDate grantedOn) {
        scope.require(Permission.EDIT);
        member(scope, memberId);
        String cleanSystem = system == null ? "" : system.strip();
        String cleanAccount = account == null ? "" : account.strip();
        if (cleanSystem.isEmpty() || cleanSystem.length() > 160 || cleanAccount.isEmpty() || cleanAccount.length() > 160) {
            throw new BusinessRuleViolation("workforce.grant", "Name the system and the account (at most 160 characters each).");
        }
        boolean exists = grants.all(scope.tenantId()).stream().anyMatch(g -> g.memberId().equals(memberId)
                && g.systemName().equalsIgnoreCase(cleanSystem) && g.accountName().equalsIgnoreCase(cleanAccount));
        if (exists) {
            throw new BusinessRuleViolation("workforce.grant-exists", "This member already has this account on this system.");
        }
        var grant = new AccessGrant(UUID.randomUUID(), memberId, cleanSystem, cleanAccount,
                level == null || level.isBlank() ? null : level.strip(), grantedOn, null);
        grants.insertAll(scope.tenantId(), List.of(grant));
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.access.grant", "access-grant", grant.id()).withDetail(cleanSystem));
        return grant;
    }

    public void revoke(TenantScope scope, UUID grantId, LocalDate on) {
        scope.require(Permission.EDIT);
        AccessGrant grant = grants.all(scope.tenantId()).stream().filter(g -> g.id().equals(grantId)).findFirst()
                .orElseThrow(() -> new NotFound("access grant", grantId));
        if (grant.revokedOn() != null) {
            throw new BusinessRuleViolation("workforce.grant-revoked", "This access is already revoked.");
        }
        if (on == null || on.isAfter(today(scope.tenantId())) || (grant.grantedOn() != null && on.isBefore(grant.grantedOn()))) {
            throw new BusinessRuleViolation("workforce.revoke-date", "The revocation date must be between the grant date and today.");
        }
        grants.updateAll(scope.tenantId(), List.of(new AccessGrant(grant.id(), grant.memberId(), grant.systemName(),
                grant.accountName(), grant.accessLevel(), grant.grantedOn(), on)));
        trail.record(ActivityEntry.of(scope.tenantId(), "workforce.access.revoke", "access-grant", grantId).withDetail("on " + on));
    }

    /** For each terminated member's grants: days from termination to revocation, against the deadline. */
    @Transactional(readOnly = true)
    public List<RevocationLag> terminations(TenantId tenant, LocalDate asOf) {
        int sla = grants.revocationSlaDays(tenant);
        Map<UUID, WorkforceMember> byId = new HashMap<>();
        members.all(tenant).forEach(m -> byId.put(m.id(), m));
        List<RevocationLag> lags = new ArrayList<>();
        for (AccessGrant g : grants.all(tenant)) {
            WorkforceMember m = byId.get(g.memberId());
            var lag = m == null ? null : RevocationLag.of(m, g, asOf, sla);
            if (lag != null) {
                var usage = useAfterTermination.getIfAvailable();
                lags.add(usage == null ? lag : lag.withLastUse(usage.lastUse(tenant, g.accountName(), m.terminationDate(), asOf).orElse(null)));
            }
        }
        lags.sort(Comparator.comparing((RevocationLag l) -> l.member().terminationDate()).reversed()
                .thenComparing(l -> l.grant().systemName()));
        return lags;
    }

    @Transactional(readOnly = true)
    public int revocationSlaDays(TenantId tenant) {
        return grants.revocationSlaDays(tenant);
    }

    public void setRevocationSlaDays(TenantScope scope, int days) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        if (days < 0 || days > 30) {
            throw new BusinessRuleViolation("workforce.sla", "The revocation deadline is 0 to 30 days.");
        }
        if (!Objects.equals(grants.revocationSlaDays(scope.tenantId()), days)) {
            grants.setRevocationSlaDays(scope.tenantId(), days);
            trail.record(ActivityEntry.of(scope.tenantId(), "workforce.settings.revocation-sla", "organization", scope.tenantId())
                    .withDetail(days + " days"));
        }
    }
}
