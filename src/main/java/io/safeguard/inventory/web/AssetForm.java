package io.safeguard.inventory.web;

import io.safeguard.inventory.AssetDetails;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.Protection;
import io.safeguard.inventory.RemoteMfa;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An asset as the form and the API carry it. */
public record AssetForm(
        @NotBlank(message = "Enter the asset's name.") @Size(max = 160) String name,
        @NotNull AssetType type,
        @Size(max = 1000) String description,
        @Size(max = 160) String owner,
        @Size(max = 160) String location,
        boolean ephi,
        @Min(0) Integer recordCount,
        @NotNull Protection atRest,
        @Size(max = 160) String atRestMethod,
        boolean atRestFips,
        @NotNull Protection inTransit,
        @Size(max = 160) String inTransitMethod,
        @Size(max = 160) String keyCustodian,
        @Min(1) @Max(120) Integer keyRotationMonths,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate keyLastRotated,
        boolean auditLogging,
        @Size(max = 160) String logDestination,
        @NotNull Backup backup,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastRestoreTest,
        @Size(max = 160) String operatingSystem,
        boolean vendorSupported,
        @NotNull RemoteMfa mfaRemote,
        boolean internetFacing,
        @Size(max = 160) String hostingVendor) {

    public AssetDetails toDetails() {
        return new AssetDetails(name, type, description, owner, location, ephi, recordCount, atRest, atRestMethod, atRestFips,
                inTransit, inTransitMethod, keyCustodian, keyRotationMonths, keyLastRotated, auditLogging, logDestination,
                backup, lastRestoreTest, operatingSystem, vendorSupported, mfaRemote, internetFacing, hostingVendor);
    }

    public static AssetForm of(AssetDetails d) {
        return new AssetForm(d.name(), d.type(), d.description(), d.owner(), d.location(), d.ephi(), d.recordCount(),
                d.atRest(), d.atRestMethod(), d.atRestFips(), d.inTransit(), d.inTransitMethod(), d.keyCustodian(),
                d.keyRotationMonths(), d.keyLastRotated(), d.auditLogging(), d.logDestination(), d.backup(),
                d.lastRestoreTest(), d.operatingSystem(), d.vendorSupported(), d.mfaRemote(), d.internetFacing(),
                d.hostingVendor());
    }

    public static AssetForm blank() {
        return new AssetForm("", AssetType.WORKSTATION, "", "", "", true, null, Protection.NONE, "", false, Protection.NONE,
                "", "", null, null, false, "", Backup.NONE, null, "", true, RemoteMfa.NOT_APPLICABLE, false, "");
    }
}
