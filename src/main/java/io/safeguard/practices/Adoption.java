package io.safeguard.practices;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One adoption record of a practice, as recorded (never changed afterwards): since when the practice is in place,
 * until when if it was retired, how it is implemented, the evidence files that show it in use, and who recorded it.
 * A later record of the same practice supersedes this one; both stay in the history.
 */
public record Adoption(UUID id, String framework, String practiceId, LocalDate adoptedOn, @Nullable LocalDate retiredOn,
        String implementation, List<UUID> evidenceIds, String recordedBy, Instant recordedAt) {

    public Adoption {
        evidenceIds = List.copyOf(evidenceIds);
    }

    public boolean retired() {
        return retiredOn != null;
    }

    /** The same facts as {@code details} (what a new record would say). */
    boolean says(AdoptionDetails details) {
        return adoptedOn.equals(details.adoptedOn()) && java.util.Objects.equals(retiredOn, details.retiredOn())
                && implementation.equals(details.implementation().strip()) && evidenceIds.equals(details.evidenceIds());
    }
}
