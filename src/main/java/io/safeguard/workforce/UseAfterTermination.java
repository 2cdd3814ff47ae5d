package io.safeguard.workforce;

import io.safeguard.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where the termination measure learns whether an account was still used after its owner left: implemented by the
 * PHI access log (which depends on this module, not the other way round). Without an implementation, nothing is known.
 */
public interface UseAfterTermination {
    /** The last recorded use of {@code account} on or after {@code terminated} and up to {@code asOf}, if any. */
    Optional<Instant> lastUse(TenantId tenant, String account, LocalDate terminated, LocalDate asOf);
}
