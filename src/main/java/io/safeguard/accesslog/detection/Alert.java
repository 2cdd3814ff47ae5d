package io.safeguard.accesslog.detection;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One detection for review: a rule, a user, a patient (none for {@link Rule#VOLUME}, and none for a terminated user's
 * event without a patient) and a day in the organization's zone, with every matching access of that day merged.
 *
 * @param firstAt the first matching access of the day
 * @param lastAt the last one
 * @param eventCount the matching accesses (for VOLUME: the unexplained accesses of the day)
 * @param sampleSeqs ledger sequence numbers of the first few matching accesses, to open them
 * @param why in plain words, what happened and which rule it matches
 * @param explanation in plain words, why no documented reason was found (or why the filter does not apply)
 */
public record Alert(Rule rule, String userId, @Nullable String patientId, LocalDate day, Instant firstAt, Instant lastAt,
        long eventCount, List<Long> sampleSeqs, String why, String explanation) {

    public Alert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(day, "day");
        sampleSeqs = List.copyOf(sampleSeqs);
    }

    /** The key alerts are merged and evaluated on. */
    public ExpectedAlert key() {
        return new ExpectedAlert(rule, userId, patientId, day);
    }

    @Override
    public String toString() {
        // Patient ids and names are PHI: never in logs.
        return "Alert[" + rule + ", user=" + userId + ", patient=" + (patientId == null ? "none" : "***") + ", day=" + day
                + ", events=" + eventCount + "]";
    }
}
