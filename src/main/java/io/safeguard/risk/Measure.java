package io.safeguard.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A planned security measure of the risk management plan, with its owner and due date; it may name the catalog row it
 * implements and the evidence file that proves it.
 */
public record Measure(UUID id, String description, @Nullable String owner, @Nullable LocalDate dueOn, MeasureStatus status,
        @Nullable LocalDate completedOn, @Nullable String requirementId, @Nullable UUID evidenceId, List<ProgressNote> notes) {

    public boolean overdueOn(LocalDate today) {
        return status != MeasureStatus.DONE && dueOn != null && dueOn.isBefore(today);
    }
}
