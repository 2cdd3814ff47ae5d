package io.safeguard.assessment;

import io.safeguard.catalog.AddressableDecisions;
import io.safeguard.documents.Evidence;
import io.safeguard.documents.Policies;
import io.safeguard.inventory.Inventory;
import io.safeguard.organization.Organizations;
import io.safeguard.risk.RiskAnalyses;
import io.safeguard.risk.Risks;
import io.safeguard.shared.TenantScope;
import io.safeguard.vendor.Vendors;
import io.safeguard.workforce.AccessReviews;
import io.safeguard.workforce.Workforce;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads, through the modules' APIs, what the evaluators need for one organization on one date. */
@Component
class FactsCollector {
    private final Organizations organizations;
    private final RiskAnalyses analyses;
    private final Risks risks;
    private final Inventory inventory;
    private final Vendors vendors;
    private final Workforce workforce;
    private final AccessReviews reviews;
    private final Policies policies;
    private final Evidence evidence;
    private final AddressableDecisions decisions;
    private final io.safeguard.incident.Tabletops tabletops;
    private final io.safeguard.accesslog.AccessLogEvidence accessLog;

    FactsCollector(Organizations organizations, RiskAnalyses analyses, Risks risks, Inventory inventory, Vendors vendors,
            Workforce workforce, AccessReviews reviews, Policies policies, Evidence evidence, AddressableDecisions decisions,
            io.safeguard.incident.Tabletops tabletops, io.safeguard.accesslog.AccessLogEvidence accessLog) {
        this.accessLog = accessLog;
        this.tabletops = tabletops;
        this.organizations = organizations;
        this.analyses = analyses;
        this.risks = risks;
        this.inventory = inventory;
        this.vendors = vendors;
        this.workforce = workforce;
        this.reviews = reviews;
        this.policies = policies;
        this.evidence = evidence;
        this.decisions = decisions;
    }

    @Transactional(readOnly = true)
    ProgramFacts collect(TenantScope scope, LocalDate asOf) {
        var tenant = scope.tenantId();
        var organization = organizations.get(tenant);
        Instant endOfDay = asOf.plusDays(1).atStartOfDay(organization.zone()).toInstant();
        return new ProgramFacts(organization, asOf, analyses.currencyOn(tenant, asOf).orElse(null), risks.planStatus(tenant, asOf),
                inventory.assets(tenant), inventory.dataFlows(tenant).stream().filter(f -> f.createdAt().isBefore(endOfDay)).toList(),
                vendors.overview(tenant, asOf), workforce.trainingReport(tenant, asOf), workforce.roster(scope).size(),
                workforce.grants(scope).size(), workforce.terminations(tenant, asOf), reviews.campaigns(tenant),
                reviews.sanctions(scope), policies.register(tenant), evidence.all(tenant), decisions.current(tenant),
                tabletops.heldWithinYear(tenant, asOf).stream().map(t -> t.heldOn()).toList(), accessLog.review(tenant, asOf));
    }
}
