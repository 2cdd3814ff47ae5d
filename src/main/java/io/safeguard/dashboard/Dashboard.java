package io.safeguard.dashboard;

import io.safeguard.catalog.AddressableDecisions;
import io.safeguard.catalog.Catalogs;
import io.safeguard.documents.Policies;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.inventory.Inventory;
import io.safeguard.assessment.AssessmentSummary;
import io.safeguard.assessment.Assessments;
import io.safeguard.assessment.Finding;
import io.safeguard.risk.RiskAnalyses;
import io.safeguard.risk.Risks;
import io.safeguard.identity.ActivityRecord;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.identity.Member;
import io.safeguard.identity.TenantAccess;
import io.safeguard.organization.Organization;
import io.safeguard.organization.Organizations;
import io.safeguard.organization.Site;
import io.safeguard.shared.Permission;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import java.util.EnumMap;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import io.safeguard.vendor.Vendors;
import io.safeguard.workforce.AccessReviews;
import io.safeguard.workforce.Workforce;
import org.springframework.stereotype.Service;

/** Assembles the dashboard of one organization for one caller. */
@Service
public class Dashboard {
    private final Organizations organizations;
    private final AccountAdministration administration;
    private final TenantAccess access;
    private final ActivityTrail trail;
    private final Vendors vendors;
    private final Catalogs catalogs;
    private final AddressableDecisions decisions;
    private final Workforce workforce;
    private final Inventory inventory;
    private final AccessReviews reviews;
    private final Policies policies;
    private final Risks risks;
    private final RiskAnalyses analyses;
    private final Assessments assessments;
    private final java.time.Clock clock;
    private final io.safeguard.penalty.CorrectiveActionPlans plans;
    private final io.safeguard.incident.Incidents incidents;

    Dashboard(Organizations organizations, AccountAdministration administration, TenantAccess access, ActivityTrail trail,
            Vendors vendors, Catalogs catalogs, AddressableDecisions decisions, Workforce workforce, Inventory inventory, AccessReviews reviews,
            Policies policies, Risks risks, RiskAnalyses analyses, Assessments assessments, java.time.Clock clock,
            io.safeguard.penalty.CorrectiveActionPlans plans, io.safeguard.incident.Incidents incidents) {
        this.plans = plans;
        this.incidents = incidents;
        this.clock = clock;
        this.assessments = assessments;
        this.risks = risks;
        this.analyses = analyses;
        this.policies = policies;
        this.reviews = reviews;
        this.workforce = workforce;
        this.inventory = inventory;
        this.organizations = organizations;
        this.administration = administration;
        this.access = access;
        this.trail = trail;
        this.vendors = vendors;
        this.catalogs = catalogs;
        this.decisions = decisions;
    }

    /** A computed view, reused while no change was recorded anywhere, the day is the same and it is under a minute old. */
    private record Cached(long seq, java.time.LocalDate day, java.time.Instant at, View view) {}

    private final java.util.Map<String, Cached> cache = new java.util.concurrent.ConcurrentHashMap<>();

    public View of(TenantScope scope) {
        long seq = trail.latestSeq();
        var day = decisions.today(scope.tenantId());
        var now = clock.instant();
        String key = scope.tenantId() + "/" + scope.accountId() + "/" + scope.role();
        Cached hit = cache.get(key);
        if (hit != null && hit.seq() == seq && hit.day().equals(day) && hit.at().isAfter(now.minusSeconds(60))) {
            return hit.view();
        }
        View view = compute(scope);
        if (cache.size() > 10_000) {
            cache.clear();
        }
        cache.put(key, new Cached(seq, day, now, view));
        return view;
    }

    private View compute(TenantScope scope) {
        Organization organization = organizations.get(scope);
        List<Site> sites = organizations.sites(scope);
        List<Member> members = administration.members(scope);
        boolean mfaRequired = access.mfaRequired(scope.tenantId());
        Map<Role, Long> roles = new EnumMap<>(Role.class);
        members.forEach(m -> roles.merge(m.role(), 1L, Long::sum));
        List<ActivityRecord> recent = scope.can(Permission.VIEW_ACTIVITY)
                ? trail.page(scope.tenantId(), null, 0, 8)
                : List.of();
        var checks = new java.util.ArrayList<FoundationCheck>();
        checks.add(Foundations.riskAnalysis(organization, analyses.currency(scope.tenantId()).orElse(null)));
        checks.add(Foundations.riskManagement(organization, risks.planStatus(scope.tenantId())));
        checks.addAll(Foundations.check(organization, sites, members, mfaRequired));
        var today = decisions.today(scope.tenantId());
        var vendorOverview = vendors.overview(scope.tenantId(), today);
        checks.add(Foundations.encryption(organization, inventory.assets(scope.tenantId())));
        checks.add(Foundations.businessAssociates(organization, vendorOverview));
        checks.add(Foundations.addressableDecisions(organization,
                catalogs.inForce(today).stream().filter(io.safeguard.catalog.Requirement::addressable).toList(),
                decisions.current(scope.tenantId()), today));
        checks.add(Foundations.training(organization, workforce.trainingReport(scope.tenantId(), today)));
        checks.add(Foundations.revocation(organization, workforce.terminations(scope.tenantId(), today)));
        checks.add(Foundations.accessReview(organization, reviews.campaigns(scope.tenantId()), today));
        var register = policies.register(scope.tenantId());
        checks.add(Foundations.policies(organization, register, today));
        var history = assessments.history(scope);
        List<Finding> top = history.isEmpty() ? List.of()
                : assessments.get(scope, history.getLast().id()).open().stream().limit(5).toList();
        var deadlines = UpcomingDeadlines.of("/t/" + organization.id(), today, workforce.trainingReport(scope.tenantId(), today),
                vendorOverview, reviews.campaigns(scope.tenantId()), register, risks.all(scope.tenantId()), plans.all(scope.tenantId()), breachNotices(scope));
        return new View(organization, sites, roles, members.size(), checks, recent, history, top, deadlines);
    }

    /** Every deadline due on or before {@code horizon}, overdue ones included (for the deadline calendar). */
    public List<Deadline> deadlinesUntil(TenantScope scope, LocalDate horizon) {
        scope.require(io.safeguard.shared.Permission.VIEW);
        var organization = organizations.get(scope);
        var today = decisions.today(scope.tenantId());
        return UpcomingDeadlines.until("/t/" + organization.id(), today, horizon, workforce.trainingReport(scope.tenantId(), today),
                vendors.overview(scope.tenantId(), today), reviews.campaigns(scope.tenantId()), policies.register(scope.tenantId()),
                risks.all(scope.tenantId()), plans.all(scope.tenantId()), breachNotices(scope));
    }

    public LocalDate today(TenantScope scope) {
        return decisions.today(scope.tenantId());
    }

    /** Open breach incidents (determined, not closed) with the notices they owe. */
    private Map<String, List<io.safeguard.incident.Obligation>> breachNotices(TenantScope scope) {
        Map<String, List<io.safeguard.incident.Obligation>> notices = new java.util.LinkedHashMap<>();
        for (var incident : incidents.all(scope.tenantId())) {
            if (incident.status() != io.safeguard.incident.IncidentStatus.CLOSED) {
                var owed = incidents.deadlines(scope.tenantId(), incident).stream().map(io.safeguard.incident.Deadline::obligation).toList();
                if (!owed.isEmpty()) {
                    notices.put(incident.code() + " " + incident.details().title(), owed);
                }
            }
        }
        return notices;
    }

    /** The organization's dashboard: foundations, readiness (latest score, trend, top findings), deadlines, people. */
    public record View(Organization organization, List<Site> sites, Map<Role, Long> roles, int memberCount,
            List<FoundationCheck> checks, List<ActivityRecord> recentActivity, List<AssessmentSummary> readiness,
            List<Finding> topFindings, List<Deadline> deadlines) {
        public @org.jspecify.annotations.Nullable AssessmentSummary latest() {
            return readiness.isEmpty() ? null : readiness.getLast();
        }

        /**
         * The first deadlines to show, at most {@code limit}: those owed to individuals or HHS by regulation or a
         * resolution agreement (breach notices 164.404-164.410, corrective-action obligations) first, then the rest;
         * each group by due date, so the overdue ones lead.
         */
        public List<Deadline> firstDeadlines(int limit) {
            return deadlines.stream().sorted(java.util.Comparator.comparing((Deadline d) -> !d.statutory())).limit(limit).toList();
        }

        public long openChecks() {
            return checks.stream().filter(c -> !c.met()).count();
        }
    }
}
