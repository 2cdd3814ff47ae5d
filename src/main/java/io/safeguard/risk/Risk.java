package io.safeguard.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One entry of the risk register, with its treatment and planned measures: together, the risk management plan. */
public record Risk(UUID id, int reference, RiskDetails details, RiskStatus status, RiskOrigin origin, LocalDate identifiedOn,
        @Nullable LocalDate closedOn, @Nullable String closeReason, @Nullable Treatment treatment, List<Measure> measures) {

    /** The human reference printed in reports, e.g. {@code R-007}. */
    public String code() {
        return "R-%03d".formatted(reference);
    }

    public boolean open() {
        return status == RiskStatus.OPEN;
    }

    public @Nullable RiskLevel level(RiskSettings settings) {
        return details.rated() ? settings.level(details.likelihood(), details.impact()) : null;
    }

    /** The level expected after treatment; without a residual rating, the current level stands. */
    public @Nullable RiskLevel residualLevel(RiskSettings settings) {
        if (treatment != null && treatment.residualLikelihood() != null) {
            return settings.level(treatment.residualLikelihood(), treatment.residualImpact());
        }
        return level(settings);
    }

    /** 164.308(a)(1)(ii)(B): an open risk at or above the tenant's threshold needs a decided treatment. */
    public boolean needsTreatment(RiskSettings settings) {
        RiskLevel level = level(settings);
        return open() && level != null && level.atLeast(settings.threshold());
    }

    /** Needs a treatment and has none, or is to be mitigated with no measure planned: a plan without actions. */
    public boolean untreated(RiskSettings settings) {
        return needsTreatment(settings) && (treatment == null || mitigationWithoutMeasures());
    }

    public boolean mitigationWithoutMeasures() {
        return treatment != null && treatment.strategy() == Strategy.MITIGATE && measures.isEmpty();
    }

    /** A planned measure past its due date, or an acceptance past its review date. */
    public boolean overdueOn(LocalDate today) {
        return open() && (measures.stream().anyMatch(m -> m.overdueOn(today))
                || treatment != null && treatment.strategy() == Strategy.ACCEPT && treatment.reviewOverdueOn(today));
    }
}
