package io.safeguard.accesslog.detection;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A labelled case, the unit of evaluation: the alert that should (ground truth) or should not (decoy) be raised for a
 * rule, user, patient (none for VOLUME) and day in the organization's zone.
 */
public record ExpectedAlert(Rule rule, String userId, @Nullable String patientId, LocalDate day) {

    public ExpectedAlert {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(day, "day");
    }

    @Override
    public String toString() {
        return "ExpectedAlert[" + rule + ", user=" + userId + ", patient=" + (patientId == null ? "none" : "***") + ", day="
                + day + "]";
    }
}
