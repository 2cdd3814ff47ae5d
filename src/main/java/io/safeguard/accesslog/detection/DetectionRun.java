package io.safeguard.accesslog.detection;

import java.util.List;
import java.util.Map;

/**
 * The outcome of one pass: the alerts (ordered by day, rule, user, patient), what each rule did before and after the
 * explanation filter, and the user ids the roster does not know.
 *
 * @param events events read
 * @param patientAccesses successful accesses to a patient's record
 * @param explainedAccesses of those, how many a care link explains
 */
public record DetectionRun(List<Alert> alerts, Map<Rule, RuleCount> counts, long events, long patientAccesses,
        long explainedAccesses, List<UnknownUser> unknownUsers) {

    public DetectionRun {
        alerts = List.copyOf(alerts);
        counts = Map.copyOf(counts);
        unknownUsers = List.copyOf(unknownUsers);
    }

    public List<Alert> alerts(Rule rule) {
        return alerts.stream().filter(a -> a.rule() == rule).toList();
    }

    public double explainedAccessShare() {
        return patientAccesses == 0 ? 0 : (double) explainedAccesses / patientAccesses;
    }
}
