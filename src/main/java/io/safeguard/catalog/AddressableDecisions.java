package io.safeguard.catalog;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Each organization's 164.306(d)(3) decisions on the addressable implementation specifications: implemented, an
 * equivalent alternative, or not reasonable and appropriate — always with the rationale, who decided, when, and
 * when to look again. Decisions are never overwritten: a new decision supersedes the old, which stays in the history.
 */
@Service
@Transactional
public class AddressableDecisions {
    static final int MIN_RATIONALE = 20;
    private final JdbcAddressableDecisions decisions;
    private final Catalogs catalogs;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    AddressableDecisions(JdbcAddressableDecisions decisions, Catalogs catalogs, Organizations organizations,
            AccountAdministration accounts, ActivityTrail trail, Clock clock) {
        this.decisions = decisions;
        this.catalogs = catalogs;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    public AddressableDecision decide(TenantScope scope, String requirementId, Decision decision, String rationale,
            @Nullable String alternative, LocalDate reviewOn) {
        scope.require(Permission.EDIT);
        LocalDate today = today(scope.tenantId());
        Requirement requirement = catalogs.inForce(today).stream().filter(r -> r.id().equals(requirementId)).findFirst()
                .orElseThrow(() -> new NotFound("requirement", requirementId));
        Catalogs.requireAddressable(requirement);
        String why = rationale == null ? "" : rationale.strip();
        String instead = alternative == null || alternative.isBlank() ? null : alternative.strip();
        if (why.length() < MIN_RATIONALE || why.length() > 4000) {
            throw new BusinessRuleViolation("catalog.rationale-required",
                    "Write the reasons for the decision (at least " + MIN_RATIONALE + " characters): OCR reads them.");
        }
        if (decision == Decision.EQUIVALENT_ALTERNATIVE && instead == null) {
            throw new BusinessRuleViolation("catalog.alternative-required",
                    "Describe the equivalent alternative measure that is implemented instead.");
        }
        if (instead != null && instead.length() > 4000) {
            throw new BusinessRuleViolation("catalog.alternative-too-long", "The alternative measure may have at most 4000 characters.");
        }
        if (reviewOn == null || !reviewOn.isAfter(today) || reviewOn.isAfter(today.plusYears(3))) {
            throw new BusinessRuleViolation("catalog.review-date",
                    "Choose a review date after today and within three years (164.306(e) asks for periodic review).");
        }
        var recorded = new AddressableDecision(UUID.randomUUID(), requirementId, decision, why, instead,
                scope.accountId(), accounts.summary(scope.accountId()).email(), today, reviewOn, clock.instant());
        decisions.insert(scope.tenantId(), recorded);
        trail.record(ActivityEntry.of(scope.tenantId(), "catalog.addressable-decision", "requirement", requirementId)
                .withDetail(decision.name() + ", review " + reviewOn));
        return recorded;
    }

    /** The decision in effect per requirement id. */
    @Transactional(readOnly = true)
    public Map<String, AddressableDecision> current(TenantId tenant) {
        Map<String, AddressableDecision> current = new LinkedHashMap<>();
        decisions.all(tenant).forEach(d -> current.put(d.requirementId(), d));
        return current;
    }

    /** Every decision on one requirement, newest first. */
    @Transactional(readOnly = true)
    public List<AddressableDecision> history(TenantId tenant, String requirementId) {
        var history = new java.util.ArrayList<>(decisions.all(tenant).stream()
                .filter(d -> d.requirementId().equals(requirementId)).toList());
        java.util.Collections.reverse(history);
        return history;
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(organizations.get(tenant).zone()));
    }
}
