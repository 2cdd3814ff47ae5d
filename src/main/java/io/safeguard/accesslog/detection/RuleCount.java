package io.safeguard.accesslog.detection;

/**
 * What one rule did in a run.
 *
 * @param hitsBeforeFilter distinct (user, patient, day) that matched the rule before the explanation filter; for
 *     VOLUME the user-days that pass the same thresholds counting every distinct patient, explained or not
 * @param explainedAway of those, how many a care link explained so that no alert was raised; always 0 for the
 *     rules the filter does not apply to
 * @param alerts alerts raised
 * @param alertsWithLink for SELF_ACCESS and TERMINATED_USER: alerts on which a care link existed but was not
 *     applied (a care link does not excuse them); 0 for the other rules
 */
public record RuleCount(Rule rule, long hitsBeforeFilter, long explainedAway, long alerts, long alertsWithLink) {

    /** The share of pre-filter hits the filter removed (the literature reports 16-43 % for simple rules). */
    public double explainedShare() {
        return hitsBeforeFilter == 0 ? 0 : (double) explainedAway / hitsBeforeFilter;
    }
}
