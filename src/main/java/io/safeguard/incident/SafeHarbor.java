package io.safeguard.incident;

import java.util.List;

/**
 * Whether the PHI on the involved assets was secured per HHS guidance (regulation.md 2.2) on the days of the incident,
 * decided from the inventory's dated encryption records: every involved asset must hold a record of full encryption at
 * rest with a FIPS-validated method in force on each day checked. Access controls alone do not make PHI secured.
 */
public record SafeHarbor(boolean applies, List<AssetCheck> checks, String summary) {
    public SafeHarbor {
        checks = List.copyOf(checks);
    }

    public static SafeHarbor of(List<AssetCheck> checks) {
        if (checks.isEmpty()) {
            return new SafeHarbor(false, checks, "No inventory asset is recorded as involved: the safe harbor cannot be shown "
                    + "from the encryption record (paper, or systems not in the inventory).");
        }
        List<AssetCheck> unsecured = checks.stream().filter(c -> !c.secured()).toList();
        if (unsecured.isEmpty()) {
            return new SafeHarbor(true, checks, "Every involved asset held its ePHI fully encrypted per HHS guidance on the day(s) "
                    + "of the incident: the PHI was secured, provided the keys were not compromised.");
        }
        return new SafeHarbor(false, checks, "Not secured: " + String.join(", ",
                unsecured.stream().map(AssetCheck::assetName).distinct().toList()) + ".");
    }

    /** The text kept with the determination: the records relied on, one line per asset and day. */
    public String basis() {
        StringBuilder text = new StringBuilder(summary);
        checks.forEach(c -> text.append('\n').append(c.describe()));
        return text.toString();
    }
}
