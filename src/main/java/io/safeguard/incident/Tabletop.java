package io.safeguard.incident;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A tabletop exercise of the incident response plan: scheduled, then held with its participants; notes taken inject by
 * inject and findings (each entered in the risk register) are only ever added.
 */
public record Tabletop(UUID id, String scenario, String title, LocalDate scheduledOn, String facilitator,
        @Nullable String participants, @Nullable LocalDate heldOn, List<Note> notes) {

    public enum Kind { NOTE, FINDING }

    public record Note(UUID id, Kind kind, @Nullable Integer inject, String text, @Nullable UUID riskId, String author,
            Instant writtenAt) {}

    public boolean held() {
        return heldOn != null;
    }

    public List<Note> findings() {
        return notes.stream().filter(n -> n.kind() == Kind.FINDING).toList();
    }
}
