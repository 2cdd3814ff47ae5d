package io.safeguard.inventory;

import io.safeguard.shared.BusinessRuleViolation;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The editable facts of an asset, checked whatever the channel (form, API, import, bundle, demo). */
public record AssetDetails(
        String name,
        AssetType type,
        @Nullable String description,
        @Nullable String owner,
        @Nullable String location,
        boolean ephi,
        @Nullable Integer recordCount,
        Protection atRest,
        @Nullable String atRestMethod,
        boolean atRestFips,
        Protection inTransit,
        @Nullable String inTransitMethod,
        @Nullable String keyCustodian,
        @Nullable Integer keyRotationMonths,
        @Nullable LocalDate keyLastRotated,
        boolean auditLogging,
        @Nullable String logDestination,
        Backup backup,
        @Nullable LocalDate lastRestoreTest,
        @Nullable String operatingSystem,
        boolean vendorSupported,
        RemoteMfa mfaRemote,
        boolean internetFacing,
        @Nullable String hostingVendor) {

    public AssetDetails {
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 160) {
            throw new BusinessRuleViolation("inventory.name", "Give the asset a name of at most 160 characters.");
        }
        if (type == null || atRest == null || inTransit == null || backup == null || mfaRemote == null) {
            throw new BusinessRuleViolation("inventory.choices", "Choose the type, encryption, backup and remote-access answers.");
        }
        if (recordCount != null && recordCount < 0) {
            throw new BusinessRuleViolation("inventory.records", "The record count cannot be negative.");
        }
        if (keyRotationMonths != null && (keyRotationMonths < 1 || keyRotationMonths > 120)) {
            throw new BusinessRuleViolation("inventory.rotation", "Key rotation is 1 to 120 months.");
        }
        description = clean(description, 1000);
        owner = clean(owner, 160);
        location = clean(location, 160);
        atRestMethod = clean(atRestMethod, 160);
        inTransitMethod = clean(inTransitMethod, 160);
        keyCustodian = clean(keyCustodian, 160);
        logDestination = clean(logDestination, 160);
        operatingSystem = clean(operatingSystem, 160);
        hostingVendor = clean(hostingVendor, 160);
    }

    /**
     * Whether changing from {@code before} to this changes what the risk analysis assessed: the kind of asset, its
     * ePHI, its encryption, where it is and who hosts it, its exposure, backup, remote access or support status. An
     * asset changed this way after the analysis date is outside the analysis.
     */
    public boolean materiallyDiffersFrom(AssetDetails before) {
        return type != before.type || ephi != before.ephi || atRest != before.atRest || inTransit != before.inTransit
                || atRestFips != before.atRestFips || !Objects.equals(location, before.location)
                || !Objects.equals(hostingVendor, before.hostingVendor) || internetFacing != before.internetFacing
                || backup != before.backup || mfaRemote != before.mfaRemote || vendorSupported != before.vendorSupported
                || auditLogging != before.auditLogging;
    }

    boolean encryptionDiffersFrom(AssetDetails before) {
        return atRest != before.atRest || atRestFips != before.atRestFips || inTransit != before.inTransit
                || !Objects.equals(atRestMethod, before.atRestMethod);
    }

    private static @Nullable String clean(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new BusinessRuleViolation("inventory.too-long", "A text field may have at most " + max + " characters.");
        }
        return value;
    }
}
