package io.safeguard.workforce;

import java.time.LocalDate;
import java.util.UUID;

/** A sanction applied to a member who broke a security or privacy policy (164.308(a)(1)(ii)(C), 164.530(e)). */
public record Sanction(UUID id, UUID memberId, LocalDate sanctionedOn, String policy, String description, Type type,
        String decidedBy) {

    public enum Type {
        WARNING("Written warning"),
        RETRAINING("Retraining"),
        SUSPENSION("Suspension"),
        TERMINATION("Termination"),
        OTHER("Other");

        private final String label;

        Type(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
