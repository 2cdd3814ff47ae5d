package io.safeguard.dashboard;

import io.safeguard.documents.PolicyDocument;
import io.safeguard.risk.MeasureStatus;
import io.safeguard.risk.Risk;
import io.safeguard.risk.Strategy;
import io.safeguard.vendor.VendorOverview;
import io.safeguard.workforce.ReviewCampaign;
import io.safeguard.workforce.TrainingReport;
import io.safeguard.workforce.TrainingStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The dated obligations of the next {@code days} days, and those already overdue: training renewals (164.308(a)(5)),
 * BAA expiries (164.308(b)), the quarterly access review (164.308(a)(4)(ii)(C)), policy reviews (164.316(b)(2)(iii))
 * risk treatments (164.308(a)(1)(ii)(B)), breach notices (164.404-164.410) and the obligations of corrective action
 * plans, earliest first.
 */
final class UpcomingDeadlines {
    static final int DAYS = 60;

    private UpcomingDeadlines() {}

    static List<Deadline> of(String base, LocalDate today, TrainingReport training, VendorOverview vendors,
            List<ReviewCampaign> reviews, List<PolicyDocument> policies, List<Risk> risks,
            List<io.safeguard.penalty.CapAgreement> agreements, java.util.Map<String, List<io.safeguard.incident.Obligation>> breachNotices) {
        return until(base, today, today.plusDays(DAYS), training, vendors, reviews, policies, risks, agreements, breachNotices);
    }

    /** Every deadline due on or before {@code horizon} (overdue ones included), for the dashboard and the calendar. */
    static List<Deadline> until(String base, LocalDate today, LocalDate horizon, TrainingReport training, VendorOverview vendors,
            List<ReviewCampaign> reviews, List<PolicyDocument> policies, List<Risk> risks,
            List<io.safeguard.penalty.CapAgreement> agreements, java.util.Map<String, List<io.safeguard.incident.Obligation>> breachNotices) {
        List<Deadline> all = new ArrayList<>();
        for (var line : training.lines()) {
            var s = line.status();
            if (s.dueOn() != null && s.state() != TrainingStatus.State.NOT_REQUIRED && !s.dueOn().isAfter(horizon)) {
                all.add(new Deadline(s.dueOn(), line.member().fullName() + ": " + line.course().title(), "Training",
                        base + "/workforce/training", today));
            }
        }
        for (var row : vendors.vendors()) {
            var agreement = row.baa().agreement();
            if (row.vendor().needsBaa() && agreement != null && agreement.expiresOn() != null && !agreement.expiresOn().isAfter(horizon)
                    && !agreement.expiresOn().isBefore(today.minusDays(DAYS))) {
                all.add(new Deadline(agreement.expiresOn(), row.vendor().name() + ": BAA expires", "BAA", base + "/vendors", today));
            }
        }
        reviews.stream().filter(ReviewCampaign::signedOff).map(ReviewCampaign::signedOffOn).max(Comparator.naturalOrder())
                .map(last -> last.plusMonths(3)).filter(due -> !due.isAfter(horizon))
                .ifPresent(due -> all.add(new Deadline(due, "Quarterly access review", "Access review", base + "/workforce/reviews", today)));
        for (PolicyDocument p : policies) {
            p.currentOn(today).filter(v -> !v.reviewDueOn().isAfter(horizon))
                    .ifPresent(v -> all.add(new Deadline(v.reviewDueOn(), p.title() + ": review", "Policy", base + "/documents", today)));
        }
        for (Risk r : risks) {
            if (!r.open()) {
                continue;
            }
            r.measures().stream().filter(m -> m.status() != MeasureStatus.DONE && m.dueOn() != null && !m.dueOn().isAfter(horizon))
                    .forEach(m -> all.add(new Deadline(m.dueOn(), r.code() + ": " + m.description(), "Risk treatment",
                            base + "/risks/" + r.id(), today)));
            var t = r.treatment();
            if (t != null && t.strategy() == Strategy.ACCEPT && t.reviewOn() != null && !t.reviewOn().isAfter(horizon)) {
                all.add(new Deadline(t.reviewOn(), r.code() + ": review the acceptance", "Risk treatment", base + "/risks/" + r.id(), today));
            }
        }
        for (var agreement : agreements) {
            agreement.obligations().stream().filter(o -> !o.done() && !o.dueOn().isAfter(horizon))
                    .forEach(o -> all.add(new Deadline(o.dueOn(), agreement.title() + ": " + o.description(),
                            o.kind() == io.safeguard.penalty.CapObligation.Kind.REPORT_TO_HHS ? Deadline.REPORT_TO_HHS : Deadline.CORRECTIVE_ACTION,
                            base + "/corrective-action", today)));
        }
        // Breach notices (164.404-164.410) of incidents determined to be breaches and not yet closed.
        breachNotices.forEach((incident, notices) -> notices.stream().filter(o -> !o.dueOn().isAfter(horizon))
                .forEach(o -> all.add(new Deadline(o.dueOn(), incident + ": " + o.notice(), Deadline.BREACH_NOTICE, base + "/incidents", today))));
        all.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::what));
        return all;
    }
}
