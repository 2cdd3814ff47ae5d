package io.safeguard.penalty;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A resolution agreement's corrective action plan: its term, the monitor, and its obligations. */
public record CapAgreement(UUID id, String title, LocalDate effectiveOn, LocalDate endsOn, @Nullable String monitor,
        String recordedBy, Instant recordedAt, List<CapObligation> obligations) {

    public long open() {
        return obligations.stream().filter(o -> !o.done()).count();
    }
}
