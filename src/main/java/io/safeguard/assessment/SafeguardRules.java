package io.safeguard.assessment;

import io.safeguard.inventory.Asset;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.Protection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Technical and contingency safeguards read from the inventory: encryption at rest (with key custody) and in transit,
 * audit logging, backups and restore tests. An addressable specification with a documented decision not to implement
 * it (and, where chosen, the equivalent measure) is met by that documentation (164.306(d)(3)).
 */
final class SafeguardRules {
    private SafeguardRules() {}

    static void register(Map<String, Rule> rules) {
        rules.put("164.312(a)(2)(iv)", (r, f) -> {
            var assets = f.ephiAssets();
            if (assets.isEmpty()) {
                return Findings.unknown(r, "No asset with ePHI in the inventory on " + f.asOf() + ".", "Record the ePHI inventory.");
            }
            var decided = Addressable.alternative(r, f);
            if (decided != null) {
                return decided;
            }
            List<String> gaps = new ArrayList<>();
            assets.stream().filter(a -> a.details().atRest() != Protection.FULL).forEach(a ->
                    gaps.add(a.name() + ": ePHI at rest " + (a.details().atRest() == Protection.NONE ? "not encrypted" : "only partly encrypted") + "."));
            int unencrypted = gaps.size();
            assets.stream().filter(a -> a.details().atRest() == Protection.FULL && a.details().keyCustodian() == null
                    && a.details().hostingVendor() == null).forEach(a -> gaps.add(a.name() + ": no key custodian recorded (key management)."));
            List<String> evidence = List.of((assets.size() - unencrypted) + " of " + assets.size() + " ePHI assets fully encrypted at rest.");
            if (unencrypted > 0) {
                return Findings.of(r, FindingStatus.NOT_MET, gaps, evidence,
                        "Encrypt the listed devices (FIPS 140 validated) or document an addressable decision with an equivalent measure.",
                        Finding.Basis.COMPUTED);
            }
            return gaps.isEmpty() ? Findings.met(r, evidence) : Findings.partly(r, gaps, evidence, "Record who holds and rotates each key.");
        });
        rules.put("164.312(e)(2)(ii)", (r, f) -> {
            var assets = f.ephiAssets();
            if (assets.isEmpty() && f.flows().isEmpty()) {
                return Findings.unknown(r, "No ePHI assets or data flows recorded.", "Record the ePHI inventory and its data flows.");
            }
            var decided = Addressable.alternative(r, f);
            if (decided != null) {
                return decided;
            }
            List<String> gaps = new ArrayList<>();
            assets.stream().filter(a -> a.details().inTransit() != Protection.FULL)
                    .forEach(a -> gaps.add(a.name() + ": ePHI sent without full encryption in transit."));
            f.flows().stream().filter(fl -> !fl.encrypted()).forEach(fl -> gaps.add("Data flow " + fl.name() + ": not encrypted."));
            return gaps.isEmpty() ? Findings.met(r, List.of("Every ePHI asset and data flow is encrypted in transit."))
                    : Findings.notMet(r, gaps, "Encrypt the listed transmissions (TLS, SFTP, VPN) or document an addressable decision.");
        });
        rules.put("164.312(b)", (r, f) -> {
            var assets = f.ephiAssets();
            if (assets.isEmpty()) {
                return Findings.unknown(r, "No asset with ePHI in the inventory.", "Record the ePHI inventory.");
            }
            var gaps = assets.stream().filter(a -> !a.details().auditLogging()).map(a -> a.name() + ": records no audit log.").toList();
            return gaps.isEmpty() ? Findings.met(r, List.of("All " + assets.size() + " ePHI assets record audit logs."))
                    : Findings.notMet(r, gaps, "Turn on audit logging for the listed systems, or record the compensating control.");
        });
        rules.put("164.308(a)(7)(ii)(A)", (r, f) -> {
            var assets = f.ephiAssets();
            if (assets.isEmpty()) {
                return Findings.unknown(r, "No asset with ePHI in the inventory.", "Record the ePHI inventory.");
            }
            var gaps = assets.stream().filter(a -> a.details().backup() == Backup.NONE && a.details().hostingVendor() == null)
                    .map(a -> a.name() + ": no backup of its ePHI.").toList();
            return gaps.isEmpty() ? Findings.met(r, List.of("Every self-hosted ePHI asset has a backup."))
                    : Findings.notMet(r, gaps, "Back up the listed systems (or record where their ePHI is copied).");
        });
        rules.put("164.308(a)(7)(ii)(D)", (r, f) -> {
            var backedUp = f.ephiAssets().stream().filter(a -> a.details().backup() != Backup.NONE).toList();
            if (backedUp.isEmpty()) {
                return Findings.unknown(r, "No backed-up ePHI asset to test.", "Record backups and their restore tests.");
            }
            var decided = Addressable.alternative(r, f);
            if (decided != null) {
                return decided;
            }
            // A restore test within the last 12 months shows the contingency plan's backups work. A test recorded after
            // the as-of date says nothing about that date (only the latest test is kept).
            var gaps = backedUp.stream().filter(a -> a.details().lastRestoreTest() == null
                            || a.details().lastRestoreTest().isBefore(f.asOf().minusMonths(12))
                            || a.details().lastRestoreTest().isAfter(f.asOf()))
                    .map(a -> a.name() + ": " + (a.details().lastRestoreTest() == null ? "backup never restored in a test"
                            : a.details().lastRestoreTest().isAfter(f.asOf()) ? "no restore test recorded by " + f.asOf()
                            : "last restore test " + a.details().lastRestoreTest()) + ".").toList();
            return gaps.isEmpty() ? Findings.met(r, List.of("Every backup was restored in a test within 12 months."))
                    : gaps.size() < backedUp.size() ? Findings.partly(r, gaps, List.of(), "Test a restore of the listed backups.")
                    : Findings.notMet(r, gaps, "Test a restore of the listed backups and record it.");
        });
    }

    static String name(Asset a) {
        return a.name();
    }
}
