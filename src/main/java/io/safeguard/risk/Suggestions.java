package io.safeguard.risk;

import io.safeguard.inventory.Asset;
import io.safeguard.inventory.AssetDetails;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.DataFlow;
import io.safeguard.inventory.Protection;
import io.safeguard.inventory.RemoteMfa;
import io.safeguard.vendor.VendorOverview;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads the inventory the way an assessor would and proposes threat/vulnerability pairs for each asset, data flow and
 * vendor: what the record says (no encryption at rest, no MFA on remote access, unsupported system, no offline
 * backup, no audit log, no BAA ...) is the vulnerability; the library says which threats exploit it.
 */
final class Suggestions {
    private final ThreatLibrary library;
    private final List<Suggestion> found = new ArrayList<>();

    private Suggestions(ThreatLibrary library) {
        this.library = library;
    }

    static List<Suggestion> from(ThreatLibrary library, List<Asset> assets, List<DataFlow> flows, VendorOverview vendors,
            List<Risk> register, LocalDate today) {
        var s = new Suggestions(library);
        assets.stream().filter(a -> a.active() && a.details().ephi()).forEach(a -> s.asset(a, today));
        flows.stream().filter(f -> !f.encrypted()).forEach(f -> s.add(target(f), "unencrypted-transmission",
                "data flow " + f.name() + " is not encrypted in transit"));
        vendors.withoutBaa().forEach(r -> s.add(new RiskTarget(TargetKind.VENDOR, r.vendor().id().toString(), r.vendor().name()),
                "no-baa", r.vendor().name() + " handles PHI without an executed, unexpired BAA ("
                        + r.baa().describe().toLowerCase(java.util.Locale.ROOT) + ")"));
        Set<String> known = register.stream().filter(r -> r.status() != RiskStatus.CLOSED && r.details().vulnerabilityId() != null)
                .map(r -> r.details().target().key() + "|" + r.details().vulnerabilityId()).collect(Collectors.toSet());
        return s.found.stream().filter(x -> !known.contains(x.key())).toList();
    }

    private void asset(Asset a, LocalDate today) {
        AssetDetails d = a.details();
        RiskTarget target = new RiskTarget(TargetKind.ASSET, a.id().toString(), a.name());
        if (d.atRest() != Protection.FULL) {
            add(target, "unencrypted-endpoint", a.name() + " stores ePHI and is " + (d.atRest() == Protection.NONE ? "not" : "only partly")
                    + " encrypted at rest" + (d.type().portable() ? " on a device that leaves the building" : ""));
        }
        if (d.inTransit() != Protection.FULL) {
            add(target, "unencrypted-transmission", a.name() + " sends ePHI without full encryption in transit");
        }
        if (d.mfaRemote() == RemoteMfa.NO) {
            add(target, "no-remote-mfa", a.name() + " is reachable remotely without multi-factor authentication");
        }
        if (!d.vendorSupported()) {
            add(target, d.type() == AssetType.MEDICAL_DEVICE ? "medical-device-legacy" : "unsupported-os",
                    a.name() + " runs " + (d.operatingSystem() == null ? "software" : d.operatingSystem()) + " no longer supported by its vendor");
        }
        if (d.backup() == Backup.NONE || d.backup() == Backup.LOCAL) {
            add(target, "no-offline-backup", a.name() + " has " + (d.backup() == Backup.NONE ? "no backup" : "only a local backup copy"));
        } else if (d.lastRestoreTest() == null || d.lastRestoreTest().isBefore(today.minusMonths(12))) {
            add(target, "untested-restore", a.name() + "'s backup was " + (d.lastRestoreTest() == null ? "never restored in a test"
                    : "last restored in a test on " + d.lastRestoreTest()));
        }
        if (!d.auditLogging()) {
            add(target, "no-audit-logging", a.name() + " records no audit log of access to ePHI");
        }
        if (d.internetFacing()) {
            add(target, "internet-exposed", a.name() + " is reachable from the internet");
        }
    }

    private void add(RiskTarget target, String vulnerabilityId, String because) {
        var vulnerability = library.require(vulnerabilityId);
        var threat = library.threat(vulnerability.threats().getFirst()).orElseThrow();
        found.add(new Suggestion(target, threat, vulnerability, because));
    }

    private static RiskTarget target(DataFlow f) {
        return new RiskTarget(TargetKind.DATA_FLOW, f.id().toString(), f.name());
    }
}
