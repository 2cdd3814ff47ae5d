package io.safeguard.vendor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One business associate agreement (or a request for one). Its status on a date follows from its dates: requested
 * until signed; executed from its effective date; expired after its expiry date; terminated from its termination date.
 */
public record Baa(
        UUID id,
        UUID vendorId,
        @Nullable LocalDate requestedOn,
        @Nullable LocalDate effectiveOn,
        @Nullable LocalDate expiresOn,
        @Nullable LocalDate terminatedOn,
        @Nullable String scope,
        @Nullable UUID signedDocumentId,
        Instant recordedAt) {

    public BaaStatus statusOn(LocalDate date) {
        if (terminatedOn != null && !date.isBefore(terminatedOn)) {
            return BaaStatus.TERMINATED;
        }
        if (effectiveOn == null || date.isBefore(effectiveOn)) {
            return requestedOn != null && !date.isBefore(requestedOn) ? BaaStatus.REQUESTED : BaaStatus.NONE;
        }
        if (expiresOn != null && date.isAfter(expiresOn)) {
            return BaaStatus.EXPIRED;
        }
        return BaaStatus.EXECUTED;
    }
}
