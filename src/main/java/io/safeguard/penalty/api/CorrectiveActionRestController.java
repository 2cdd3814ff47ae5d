package io.safeguard.penalty.api;

import io.safeguard.penalty.CapAgreement;
import io.safeguard.penalty.CapObligation;
import io.safeguard.penalty.CorrectiveActionPlans;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST access to corrective action plans: agreements, their obligations, and completing an obligation with its evidence. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/corrective-action-plans")
class CorrectiveActionRestController {
    private final CorrectiveActionPlans plans;

    CorrectiveActionRestController(CorrectiveActionPlans plans) {
        this.plans = plans;
    }

    record AgreementRequest(String title, LocalDate effectiveOn, LocalDate endsOn, @Nullable String monitor) {}

    record ObligationRequest(CapObligation.Kind kind, String description, LocalDate dueOn) {}

    record CompleteRequest(@Nullable UUID evidenceId) {}

    @GetMapping
    List<CapAgreement> list(TenantScope scope) {
        return plans.list(scope);
    }

    @GetMapping("/{agreementId}")
    CapAgreement get(TenantScope scope, @PathVariable UUID agreementId) {
        return plans.agreement(scope, agreementId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    CapAgreement add(TenantScope scope, @RequestBody AgreementRequest r) {
        return plans.addAgreement(scope, r.title(), r.effectiveOn(), r.endsOn(), r.monitor());
    }

    @PostMapping("/{agreementId}/obligations")
    @ResponseStatus(HttpStatus.CREATED)
    CapObligation addObligation(TenantScope scope, @PathVariable UUID agreementId, @RequestBody ObligationRequest r) {
        return plans.addObligation(scope, agreementId, r.kind(), r.description(), r.dueOn());
    }

    /** Completes the obligation today (the organization's time zone), with the evidence file that shows it. */
    @PostMapping("/obligations/{obligationId}/complete")
    CompleteRequest complete(TenantScope scope, @PathVariable UUID obligationId, @RequestBody CompleteRequest r) {
        plans.complete(scope, obligationId, r.evidenceId());
        return r;
    }
}
