package io.safeguard.workforce;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The measured time from a member's termination to the revocation of one grant (164.308(a)(3)(ii)(C)), against the
 * organization's revocation deadline in days. A grant still open counts its days up to the as-of date.
 */
public record RevocationLag(WorkforceMember member, AccessGrant grant, long days, boolean stillActive, int slaDays,
        @Nullable Instant lastUseAfterTermination) {

    /** The same lag with the last use of the account after termination that the access log recorded. */
    RevocationLag withLastUse(@Nullable Instant lastUse) {
        return new RevocationLag(member, grant, days, stillActive, slaDays, lastUse);
    }

    public boolean overSla() {
        return days > slaDays;
    }

    static @Nullable RevocationLag of(WorkforceMember member, AccessGrant grant, LocalDate asOf, int slaDays) {
        if (!member.terminatedBy(asOf)) {
            return null;
        }
        LocalDate terminated = member.terminationDate();
        if (grant.revokedOn() != null && grant.revokedOn().isBefore(terminated)) {
            return null; // revoked while still employed: not a termination revocation
        }
        boolean open = grant.revokedOn() == null || grant.revokedOn().isAfter(asOf);
        LocalDate end = open ? asOf : grant.revokedOn();
        return new RevocationLag(member, grant, ChronoUnit.DAYS.between(terminated, end), open, slaDays, null);
    }
}
