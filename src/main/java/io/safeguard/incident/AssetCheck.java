package io.safeguard.incident;

import io.safeguard.inventory.EncryptionRecord;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** An involved asset's encryption record in force on one day of the incident (null: none on record that day). */
public record AssetCheck(UUID assetId, String assetName, LocalDate on, @Nullable EncryptionRecord record) {
    public boolean secured() {
        return record != null && record.securedAtRest();
    }

    /** The line the determination shows: the record it relied on, or why the asset was not secured. */
    public String describe() {
        if (record == null) {
            return assetName + ": no encryption record in force on " + on + " (not shown to be secured).";
        }
        String method = record.atRestMethod() == null ? "method not recorded" : record.atRestMethod();
        String basis = "recorded " + record.effectiveOn() + " by " + record.recordedBy();
        if (secured()) {
            return assetName + ": " + method + ", FIPS validated, full encryption at rest on " + on + " (" + basis + ").";
        }
        return assetName + ": NOT secured on " + on + ": encryption at rest " + record.atRest().label().toLowerCase()
                + (record.atRest() == io.safeguard.inventory.Protection.NONE ? "" : " (" + method + ")")
                + (record.atRestFips() ? "" : ", not FIPS validated") + " (" + basis + ").";
    }
}
