package io.safeguard.assessment;

import io.safeguard.catalog.Catalogs;
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
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The assessment module's API: evaluate the program on a date (optionally storing the result), the history of
 * stored assessments, and since when each requirement has been continuously not met.
 */
@Service
@Transactional
public class Assessments {
    private final FactsCollector facts;
    private final Catalogs catalogs;
    private final JdbcAssessments stored;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    Assessments(FactsCollector facts, Catalogs catalogs, JdbcAssessments stored, Organizations organizations,
            AccountAdministration accounts, ActivityTrail trail, Clock clock) {
        this.facts = facts;
        this.catalogs = catalogs;
        this.stored = stored;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(organizations.get(tenant).zone()));
    }

    /** Evaluates every Security, Breach Notification and Privacy row in force on {@code asOf}, without storing it. */
    @Transactional(readOnly = true)
    public Assessment evaluate(TenantScope scope, LocalDate asOf) {
        scope.require(Permission.VIEW);
        if (asOf.isAfter(today(scope.tenantId()))) {
            throw new BusinessRuleViolation("assessment.future", "An assessment cannot be made for a date in the future.");
        }
        var result = Assessor.assess(catalogs.inForce(asOf), facts.collect(scope, asOf));
        return new Assessment(UUID.randomUUID(), asOf, result.score(), result.findings(), "", clock.instant(),
                stored.openGaps(scope.tenantId()));
    }

    /** Evaluates and stores the assessment, and moves each requirement's open-since date (for exposure later). */
    public Assessment run(TenantScope scope, LocalDate asOf) {
        scope.require(Permission.EDIT);
        Assessment a = evaluate(scope, asOf);
        TenantId tenant = scope.tenantId();
        Map<String, LocalDate> open = new HashMap<>(stored.openGaps(tenant));
        for (Finding f : a.findings()) {
            boolean gap = f.status() == FindingStatus.NOT_MET || f.status() == FindingStatus.PARTIALLY_MET;
            if (gap && !open.containsKey(f.requirement())) {
                stored.openGap(tenant, f.requirement(), asOf);
                open.put(f.requirement(), asOf);
            } else if (!gap && open.containsKey(f.requirement()) && f.status() == FindingStatus.MET) {
                stored.closeGap(tenant, f.requirement(), asOf);
                open.remove(f.requirement());
            }
        }
        String by = accounts.summary(scope.accountId()).email();
        stored.insert(tenant, a.id(), asOf, a.score(), a.findings(), by, clock.instant());
        trail.record(ActivityEntry.of(tenant, "assessment.run", "assessment", a.id())
                .withDetail("as of " + asOf + ": score " + a.score() + ", " + a.count(FindingStatus.NOT_MET) + " not met"));
        return new Assessment(a.id(), asOf, a.score(), a.findings(), by, a.createdAt(), Map.copyOf(open));
    }

    @Transactional(readOnly = true)
    public List<AssessmentSummary> history(TenantScope scope) {
        scope.require(Permission.VIEW);
        return stored.history(scope.tenantId());
    }

    @Transactional(readOnly = true)
    public Assessment get(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        var s = stored.find(scope.tenantId(), id).orElseThrow(() -> new NotFound("assessment", id));
        return new Assessment(s.id(), s.asOf(), s.score(), s.findings(), s.by(), s.at(), stored.openGaps(scope.tenantId()));
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> latest(TenantScope scope) {
        var all = history(scope);
        return all.isEmpty() ? Optional.empty() : Optional.of(get(scope, all.getLast().id()));
    }

    /** What changed from one assessment to another: requirements whose status moved, with both statuses. */
    public record Change(String requirement, String title, FindingStatus before, FindingStatus after) {}

    public static List<Change> changes(Assessment before, Assessment after) {
        Map<String, Finding> old = new HashMap<>();
        before.findings().forEach(f -> old.put(f.requirement(), f));
        return after.findings().stream().filter(f -> old.containsKey(f.requirement()) && old.get(f.requirement()).status() != f.status())
                .map(f -> new Change(f.requirement(), f.title(), old.get(f.requirement()).status(), f.status())).toList();
    }
}
