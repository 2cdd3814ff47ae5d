package io.safeguard.workforce;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A member's account on one system (from a directory or EHR user export), until it is revoked. */
public record AccessGrant(UUID id, UUID memberId, String systemName, String accountName, @Nullable String accessLevel,
        @Nullable LocalDate grantedOn, @Nullable LocalDate revokedOn) {

    public boolean activeOn(LocalDate date) {
        return (grantedOn == null || !date.isBefore(grantedOn)) && (revokedOn == null || date.isBefore(revokedOn));
    }
}
