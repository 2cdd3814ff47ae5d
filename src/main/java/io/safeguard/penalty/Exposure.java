package io.safeguard.penalty;

import io.safeguard.assessment.Assessment;
import io.safeguard.assessment.Assessments;
import io.safeguard.assessment.Finding;
import io.safeguard.assessment.FindingStatus;
import io.safeguard.practices.SecurityPractices;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The penalty exposure of the open Not met findings of the latest assessment, if OCR investigated today: per finding
 * the provision, a culpability tier inferred from how long the gap has been known (more than 30 days without
 * correction reads as willful neglect not corrected, 160.404(b)(2)(iv); within 30 days as reasonable cause), the days
 * open, and the range from one violation at the tier minimum to the capped continuing violation since it was first
 * seen. The 160.408 factors and recognized security practices (HITECH section 13412) are stated as assumptions, not
 * quantified. An estimate, never a legal determination.
 */
@Service
public class Exposure {
    private final Assessments assessments;
    private final SecurityPractices practices;

    Exposure(Assessments assessments, SecurityPractices practices) {
        this.assessments = assessments;
        this.practices = practices;
    }

    public record Line(Finding finding, LocalDate openSince, long daysOpen, Culpability tier, String tierReason, long minimum,
            long maximum, PenaltyCalculator.Result calculation) {}

    public record Estimate(LocalDate asOf, Assessment assessment, List<Line> lines, long minimum, long maximum,
            PenaltyCalculator.Caps caps, String practices, List<String> assumptions) {}

    /** The estimate from the latest stored assessment; {@code tierOverride} replaces the inferred tier for every line. */
    public Optional<Estimate> estimate(TenantScope scope, @Nullable Culpability tierOverride, PenaltyCalculator.Caps caps) {
        return assessments.latest(scope).map(a -> estimate(scope, a, tierOverride, caps));
    }

    private Estimate estimate(TenantScope scope, Assessment a, @Nullable Culpability tierOverride, PenaltyCalculator.Caps caps) {
        LocalDate today = assessments.today(scope.tenantId());
        List<Line> lines = new ArrayList<>();
        for (Finding f : a.findings()) {
            if (f.status() != FindingStatus.NOT_MET || f.requirement().startsWith("NPRM")) {
                continue;
            }
            LocalDate since = a.openSince().getOrDefault(f.requirement(), a.asOf());
            long days = ChronoUnit.DAYS.between(since, today) + 1;
            Culpability tier = tierOverride != null ? tierOverride
                    : days > 30 ? Culpability.WILLFUL_NEGLECT_NOT_CORRECTED : Culpability.REASONABLE_CAUSE;
            String reason = tierOverride != null ? "set by you"
                    : days > 30 ? "known since " + since + " and not corrected within 30 days"
                    : "known since " + since + ", still within 30 days";
            var table = PenaltyTables.inForce(today);
            long min = table == null ? PenaltyTables.statutory().hitech().get(tier.tier() - 1).min() : table.tier(tier.tier()).min();
            var calculation = PenaltyCalculator.calculate(new PenaltyCalculator.Request(f.requirement(), tier, since, today, min, null,
                    today, caps));
            long perDayMax = table == null ? PenaltyTables.statutory().hitech().get(tier.tier() - 1).max() : table.tier(tier.tier()).max();
            var worst = PenaltyCalculator.calculate(new PenaltyCalculator.Request(f.requirement(), tier, since, today, perDayMax, null,
                    today, caps));
            lines.add(new Line(f, since, days, tier, reason, min, worst.calculatedTotal(), calculation));
        }
        var coverage = practices.coverage(scope.tenantId(), today);
        String rsp = switch (coverage.answer()) {
            case YES -> "Recognized security practices in place for the whole previous 12 months: OCR must consider them and may reduce a penalty.";
            case PARTIALLY -> "Recognized security practices only partly in place for the previous 12 months: OCR would weigh what was in place.";
            case NO -> "No recognized security practice in place for the previous 12 months.";
            case NO_FRAMEWORK -> "No recognized security practice framework followed.";
        };
        List<String> assumptions = List.of(
                "Each Not met finding is one provision; a continuing violation counts one violation per day since the gap was first "
                        + "seen by an assessment (160.406), capped per calendar year.",
                "The amounts are those of the 45 CFR 102.3 adjustment in force today; caps are the "
                        + (caps == PenaltyCalculator.Caps.DISCRETION ? "2019 enforcement-discretion caps per tier" : "regulation's single cap") + ".",
                "OCR weighs the 160.408 factors (nature and extent of the violation and of the harm, history of compliance, financial "
                        + "condition, other matters) and usually settles for far less; none of that is quantified here.",
                rsp);
        return new Estimate(today, a, List.copyOf(lines), lines.stream().mapToLong(Line::minimum).sum(),
                lines.stream().mapToLong(Line::maximum).sum(), caps, rsp, assumptions);
    }
}
