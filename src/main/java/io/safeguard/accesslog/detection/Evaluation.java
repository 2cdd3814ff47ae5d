package io.safeguard.accesslog.detection;

import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Precision and recall of the alerts against labelled cases, per rule, matching on (rule, user, patient, day). An
 * alert that matches no case is a false positive; a case no alert matches is a false negative.
 */
public record Evaluation(Map<Rule, Score> scores) {

    /**
     * @param truePositives alerts that match a case
     * @param falsePositives alerts that match none
     * @param falseNegatives cases no alert matches
     */
    public record Score(Rule rule, long truePositives, long falsePositives, long falseNegatives) {

        /** Share of alerts that are cases; 1 when there are no alerts (nothing wrong was raised). */
        public double precision() {
            long raised = truePositives + falsePositives;
            return raised == 0 ? 1 : (double) truePositives / raised;
        }

        /** Share of cases alerted; 1 when there are no cases. */
        public double recall() {
            long cases = truePositives + falseNegatives;
            return cases == 0 ? 1 : (double) truePositives / cases;
        }
    }

    public Evaluation {
        scores = Map.copyOf(scores);
    }

    public static Evaluation of(Collection<ExpectedAlert> groundTruth, Collection<Alert> alerts) {
        Set<ExpectedAlert> truth = new HashSet<>(groundTruth);
        Set<ExpectedAlert> raised = new HashSet<>();
        for (Alert alert : alerts) {
            raised.add(alert.key());
        }
        Map<Rule, long[]> counts = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            counts.put(rule, new long[3]);
        }
        for (ExpectedAlert alert : raised) {
            counts.get(alert.rule())[truth.contains(alert) ? 0 : 1]++;
        }
        for (ExpectedAlert expected : truth) {
            if (!raised.contains(expected)) {
                counts.get(expected.rule())[2]++;
            }
        }
        Map<Rule, Score> scores = new EnumMap<>(Rule.class);
        counts.forEach((rule, c) -> scores.put(rule, new Score(rule, c[0], c[1], c[2])));
        return new Evaluation(scores);
    }

    public Score score(Rule rule) {
        return scores.get(rule);
    }

    /** One line per rule: TP, FP, FN, precision, recall. */
    public String table() {
        var text = new StringBuilder(String.format(Locale.ROOT, "%-16s %6s %6s %6s %9s %7s%n", "rule", "TP", "FP", "FN",
                "precision", "recall"));
        for (Rule rule : Rule.values()) {
            Score s = scores.get(rule);
            text.append(String.format(Locale.ROOT, "%-16s %6d %6d %6d %9.3f %7.3f%n", rule, s.truePositives(),
                    s.falsePositives(), s.falseNegatives(), s.precision(), s.recall()));
        }
        return text.toString();
    }
}
