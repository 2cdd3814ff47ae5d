package io.safeguard.incident;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.Organizations;
import io.safeguard.risk.RiskDetails;
import io.safeguard.risk.RiskTarget;
import io.safeguard.risk.Risks;
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
 * Tabletop exercises (C9): scheduled from the scenario library, held with participants, notes per inject, findings
 * that enter the risk register; a held exercise is the evidence that the incident response plan was tested, which
 * the assessment reads for 164.308(a)(6)(ii).
 */
@Service
@Transactional
public class Tabletops {
    private final JdbcTabletops tabletops;
    private final TabletopScenarios scenarios;
    private final Risks risks;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    Tabletops(JdbcTabletops tabletops, TabletopScenarios scenarios, Risks risks, Organizations organizations,
            AccountAdministration accounts, ActivityTrail trail, Clock clock) {
        this.tabletops = tabletops;
        this.scenarios = scenarios;
        this.risks = risks;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(organizations.get(tenant).zone()));
    }

    @Transactional(readOnly = true)
    public List<Tabletop> list(TenantScope scope) {
        scope.require(Permission.VIEW);
        return tabletops.all(scope.tenantId());
    }

    /** Exercises held on or before {@code asOf} and within the 12 months before it (for the assessment). */
    @Transactional(readOnly = true)
    public List<Tabletop> heldWithinYear(TenantId tenant, LocalDate asOf) {
        return tabletops.all(tenant).stream().filter(t -> t.held() && !t.heldOn().isAfter(asOf)
                && !t.heldOn().isBefore(asOf.minusMonths(12))).toList();
    }

    @Transactional(readOnly = true)
    public Tabletop get(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return tabletops.all(scope.tenantId()).stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("tabletop exercise", id));
    }

    public Tabletop schedule(TenantScope scope, String scenarioId, LocalDate on, String facilitator, @Nullable String participants) {
        scope.require(Permission.EDIT);
        var scenario = scenarios.find(scenarioId).orElseThrow(() -> new NotFound("scenario", scenarioId));
        String who = text(facilitator, 200, "Name the facilitator.");
        if (on == null) {
            throw new BusinessRuleViolation("tabletop.date", "Choose the date of the exercise.");
        }
        UUID id = UUID.randomUUID();
        tabletops.insert(scope.tenantId(), id, scenario.id(), scenario.title(), on, who, participants == null || participants.isBlank()
                ? null : text(participants, 2000, "List the participants."), clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "incident.tabletop.schedule", "tabletop", id).withDetail(scenario.title() + " on " + on));
        return get(scope, id);
    }

    /** Records that the exercise took place (on a day not in the future), with who took part; recorded once. */
    public Tabletop held(TenantScope scope, UUID id, LocalDate on, String participants) {
        scope.require(Permission.EDIT);
        get(scope, id);
        if (on == null || on.isAfter(today(scope.tenantId()))) {
            throw new BusinessRuleViolation("tabletop.held", "The exercise cannot be recorded as held on a future date.");
        }
        if (tabletops.held(scope.tenantId(), id, on, text(participants, 2000, "List who took part.")) == 0) {
            throw new BusinessRuleViolation("tabletop.held-twice", "This exercise is already recorded as held.");
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "incident.tabletop.held", "tabletop", id).withDetail("held " + on));
        return get(scope, id);
    }

    public Tabletop note(TenantScope scope, UUID id, @Nullable Integer inject, String text) {
        scope.require(Permission.EDIT);
        get(scope, id);
        tabletops.note(scope.tenantId(), id, Tabletop.Kind.NOTE, inject, text(text, 2000, "Write the note."), null,
                accounts.summary(scope.accountId()).email(), clock.instant());
        return get(scope, id);
    }

    /** A finding: what the exercise showed is missing; it enters the risk register as a risk to rate and treat. */
    public Tabletop finding(TenantScope scope, UUID id, String text) {
        scope.require(Permission.EDIT);
        Tabletop tabletop = get(scope, id);
        String finding = text(text, 500, "Describe the finding (at most 500 characters).");
        var risk = risks.add(scope, new RiskDetails(RiskTarget.ORGANIZATION, null, "Found in the tabletop exercise \"" + tabletop.title()
                + "\"", null, finding, null, null, null));
        tabletops.note(scope.tenantId(), id, Tabletop.Kind.FINDING, null, finding, risk.id(), accounts.summary(scope.accountId()).email(),
                clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "incident.tabletop.finding", "tabletop", id).withDetail(risk.code()));
        return get(scope, id);
    }

    private static String text(@Nullable String value, int max, String message) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty() || v.length() > max) {
            throw new BusinessRuleViolation("tabletop.text", message);
        }
        return v;
    }
}
