package io.safeguard.incident;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An incident with its timeline and its determinations (latest first: the one in force is the first). */
public record Incident(UUID id, int refNo, IncidentDetails details, IncidentStatus status, @Nullable LawEnforcementDelay delay,
        @Nullable String delayOfficial, String reportedBy, Instant createdAt, List<TimelineEntry> timeline,
        List<Determination> determinations) {

    public Incident {
        timeline = List.copyOf(timeline);
        determinations = List.copyOf(determinations);
    }

    public String code() {
        return "INC-%03d".formatted(refNo);
    }

    public @Nullable Determination determination() {
        return determinations.isEmpty() ? null : determinations.getFirst();
    }

    public boolean breach() {
        var d = determination();
        return d != null && d.conclusion().notificationRequired();
    }
}
