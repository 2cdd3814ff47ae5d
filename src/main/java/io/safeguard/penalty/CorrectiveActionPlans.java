package io.safeguard.penalty;

import io.safeguard.documents.Evidence;
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
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrective action plans of resolution agreements (C10): each obligation and report owed to HHS with its due date,
 * completed with the evidence that shows it, reminded on the dashboard. Completions are final; nothing is deleted.
 */
@Service
@Transactional
public class CorrectiveActionPlans {
    private final JdbcCorrectiveActionPlans plans;
    private final Evidence evidence;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    CorrectiveActionPlans(JdbcCorrectiveActionPlans plans, Evidence evidence, Organizations organizations, AccountAdministration accounts,
            ActivityTrail trail, Clock clock) {
        this.plans = plans;
        this.evidence = evidence;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(organizations.get(tenant).zone()));
    }

    @Transactional(readOnly = true)
    public List<CapAgreement> list(TenantScope scope) {
        scope.require(Permission.VIEW);
        return plans.all(scope.tenantId());
    }

    @Transactional(readOnly = true)
    public List<CapAgreement> all(TenantId tenant) {
        return plans.all(tenant);
    }

    /** Recording an agreement with HHS is a management act: owners and compliance officers. */
    public CapAgreement addAgreement(TenantScope scope, String title, LocalDate effectiveOn, LocalDate endsOn, @Nullable String monitor) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        String name = checkAgreement(title, effectiveOn, endsOn);
        UUID id = UUID.randomUUID();
        plans.insertAgreement(scope.tenantId(), id, name, effectiveOn, endsOn, monitor == null || monitor.isBlank() ? null : monitor.strip(),
                accounts.summary(scope.accountId()).email(), clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "penalty.cap.add", "cap-agreement", id).withDetail(name));
        return agreement(scope, id);
    }

    public CapObligation addObligation(TenantScope scope, UUID agreementId, CapObligation.Kind kind, String description, LocalDate dueOn) {
        scope.require(Permission.EDIT);
        CapAgreement agreement = agreement(scope, agreementId);
        String text = checkObligation(kind, description, dueOn);
        UUID id = UUID.randomUUID();
        plans.insertObligation(scope.tenantId(), agreement.id(), id, kind, text, dueOn, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "penalty.cap.obligation", "cap-agreement", agreement.id())
                .withDetail(kind.label() + " due " + dueOn + ": " + text));
        return agreement(scope, agreementId).obligations().stream().filter(o -> o.id().equals(id)).findFirst().orElseThrow();
    }

    /** Completes an obligation today with the evidence that shows it (another organization's file is not found). */
    public void complete(TenantScope scope, UUID obligationId, @Nullable UUID evidenceId) {
        scope.require(Permission.EDIT);
        if (evidenceId != null && evidence.find(scope.tenantId(), evidenceId).isEmpty()) {
            throw new NotFound("evidence", evidenceId);
        }
        if (plans.complete(scope.tenantId(), obligationId, today(scope.tenantId()), evidenceId, accounts.summary(scope.accountId()).email()) == 0) {
            throw new NotFound("open obligation", obligationId);
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "penalty.cap.complete", "cap-obligation", obligationId));
    }

    @Transactional(readOnly = true)
    public CapAgreement agreement(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return plans.all(scope.tenantId()).stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("corrective action plan", id));
    }

    /** The agreement's name, stripped; refused when empty, too long or when its term ends before it begins. */
    static String checkAgreement(@Nullable String title, @Nullable LocalDate effectiveOn, @Nullable LocalDate endsOn) {
        String name = title == null ? "" : title.strip();
        if (name.isEmpty() || name.length() > 200) {
            throw new BusinessRuleViolation("cap.title", "Name the resolution agreement (at most 200 characters).");
        }
        if (effectiveOn == null || endsOn == null || endsOn.isBefore(effectiveOn)) {
            throw new BusinessRuleViolation("cap.term", "Give the agreement's effective date and the end of its term, in that order.");
        }
        return name;
    }

    static String checkObligation(CapObligation.@Nullable Kind kind, @Nullable String description, @Nullable LocalDate dueOn) {
        String text = description == null ? "" : description.strip();
        if (text.isEmpty() || text.length() > 1000 || kind == null || dueOn == null) {
            throw new BusinessRuleViolation("cap.obligation", "Describe the obligation (at most 1000 characters), its kind and its due date.");
        }
        return text;
    }
}
