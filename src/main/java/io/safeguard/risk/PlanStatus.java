package io.safeguard.risk;

import java.util.List;

/**
 * Where the risk management plan stands on a day: risks at or above the threshold with no treatment, and overdue
 * items (measures past their due date, acceptances past their review date), each named for the dashboard.
 */
public record PlanStatus(int open, List<String> untreated, List<String> overdue) {
    public boolean onTrack() {
        return untreated.isEmpty() && overdue.isEmpty();
    }

    static PlanStatus of(List<Risk> risks, RiskSettings settings, java.time.LocalDate today) {
        List<Risk> open = risks.stream().filter(Risk::open).toList();
        List<String> untreated = open.stream().filter(r -> r.untreated(settings))
                .map(r -> r.code() + " " + r.details().target().label() + " (" + r.level(settings).label()
                        + (r.mitigationWithoutMeasures() ? ", mitigation with no measure planned" : "") + ")").toList();
        List<String> overdue = new java.util.ArrayList<>();
        for (Risk r : open) {
            r.measures().stream().filter(m -> m.overdueOn(today))
                    .forEach(m -> overdue.add(r.code() + " " + m.description() + " (due " + m.dueOn() + ")"));
            if (r.treatment() != null && r.treatment().strategy() == Strategy.ACCEPT && r.treatment().reviewOverdueOn(today)) {
                overdue.add(r.code() + " acceptance review (due " + r.treatment().reviewOn() + ")");
            }
        }
        return new PlanStatus(open.size(), untreated, List.copyOf(overdue));
    }
}
