package io.safeguard.inventory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An asset in the inventory, with when it was added and last materially changed (for the risk analysis). */
public record Asset(UUID id, AssetDetails details, @Nullable LocalDate retiredOn, Instant createdAt, Instant updatedAt,
        Instant materiallyChangedAt) {

    public String name() {
        return details.name();
    }

    public boolean active() {
        return retiredOn == null;
    }

    /** ePHI at rest without full encryption: the gap OCR cites most after the risk analysis. */
    public boolean unencryptedEphi() {
        return active() && details.ephi() && details.atRest() != Protection.FULL;
    }

    public boolean unsupported() {
        return active() && !details.vendorSupported();
    }

    public boolean withoutAuditLog() {
        return active() && details.ephi() && !details.auditLogging();
    }
}
