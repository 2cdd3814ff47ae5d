package io.safeguard.inventory;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An asset's encryption facts from {@code effectiveOn} until the next record. The breach safe harbor (HHS guidance on
 * rendering PHI unusable, regulation.md 2.2) asks whether the lost device's ePHI was encrypted on the day of the loss.
 */
public record EncryptionRecord(LocalDate effectiveOn, Protection atRest, @Nullable String atRestMethod, boolean atRestFips,
        Protection inTransit, String recordedBy, Instant recordedAt) {

    /** Fully encrypted at rest with a FIPS 140-validated method: the record supports the safe harbor. */
    public boolean securedAtRest() {
        return atRest == Protection.FULL && atRestFips;
    }
}
