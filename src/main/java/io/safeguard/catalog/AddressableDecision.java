package io.safeguard.catalog;

import io.safeguard.shared.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One recorded decision on an addressable specification; the newest per specification is the one in effect. */
public record AddressableDecision(
        UUID id,
        String requirementId,
        Decision decision,
        String rationale,
        @Nullable String alternative,
        AccountId decidedBy,
        String decidedByName,
        LocalDate decidedOn,
        LocalDate reviewOn,
        Instant recordedAt) {

    /** A decision past its review date still stands, but is reported as due for review. */
    public boolean reviewOverdue(LocalDate asOf) {
        return reviewOn.isBefore(asOf);
    }
}
