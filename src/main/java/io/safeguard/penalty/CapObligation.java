package io.safeguard.penalty;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One obligation of a corrective action plan: an action to take or a report owed to HHS, by a date. */
public record CapObligation(UUID id, UUID agreementId, Kind kind, String description, LocalDate dueOn,
        @Nullable LocalDate completedOn, @Nullable UUID evidenceId, @Nullable String completedBy) {

    public enum Kind {
        ACTION("Action"),
        REPORT_TO_HHS("Report to HHS");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public boolean done() {
        return completedOn != null;
    }

    /** Overdue from the day after its due date while not completed. */
    public boolean overdueOn(LocalDate today) {
        return !done() && dueOn.isBefore(today);
    }
}
