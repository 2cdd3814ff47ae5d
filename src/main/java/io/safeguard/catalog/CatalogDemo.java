package io.safeguard.catalog;

import io.safeguard.organization.DemoOrganizationLoaded;
import io.safeguard.shared.AccountId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo practice's addressable decisions: a few well documented, one past its review date, and most not made at
 * all — the usual state of a small practice, and findings a reviewer should spot.
 */
@Component
class CatalogDemo {
    /** Demo rows name the person who decided; no platform account stands behind them. */
    private static final AccountId DEMO = new AccountId(new UUID(0, 0));
    private final JdbcAddressableDecisions decisions;

    CatalogDemo(JdbcAddressableDecisions decisions) {
        this.decisions = decisions;
    }

    @EventListener
    void on(DemoOrganizationLoaded event) {
        if (!event.demoKey().equals("riverside") || !decisions.all(event.tenantId()).isEmpty()) {
            return;
        }
        for (var d : RIVERSIDE) {
            decisions.insert(event.tenantId(), new AddressableDecision(UUID.randomUUID(), d.requirement(), d.decision(),
                    d.rationale(), d.alternative(), DEMO, "Dana Whitfield (IT Manager)", d.decidedOn(), d.reviewOn(),
                    Instant.parse(d.decidedOn() + "T17:00:00Z")));
        }
    }

    private record Demo(String requirement, Decision decision, String rationale, String alternative, LocalDate decidedOn,
            LocalDate reviewOn) {}

    private static final List<Demo> RIVERSIDE = List.of(
            new Demo("164.312(a)(2)(iv)", Decision.IMPLEMENTED,
                    "All practice-owned workstations and laptops use BitLocker full-disk encryption managed through Intune; "
                            + "the EHR vendor encrypts its hosted database. Removable media is blocked by policy.",
                    null, LocalDate.of(2026, 2, 10), LocalDate.of(2027, 2, 10)),
            new Demo("164.312(a)(2)(iii)", Decision.IMPLEMENTED,
                    "Workstations lock after 10 minutes of inactivity (group policy); the EHR ends sessions after 15 minutes.",
                    null, LocalDate.of(2026, 2, 10), LocalDate.of(2027, 2, 10)),
            new Demo("164.312(e)(2)(ii)", Decision.IMPLEMENTED,
                    "The EHR, billing portal and Microsoft 365 are reached over TLS 1.2 or newer only; clinic-to-clinic "
                            + "traffic runs over a site-to-site IPsec VPN.",
                    null, LocalDate.of(2026, 2, 10), LocalDate.of(2027, 2, 10)),
            new Demo("164.310(a)(2)(iv)", Decision.EQUIVALENT_ALTERNATIVE,
                    "The building is leased; doors, locks and walls are maintained by the landlord, who does not share "
                            + "its maintenance system with tenants.",
                    "We request the landlord's work-order log for our suites each quarter and file it with the facility "
                            + "security plan; changes to our own locks and badges are logged by the practice administrator.",
                    LocalDate.of(2025, 11, 3), LocalDate.of(2026, 11, 3)),
            new Demo("164.308(a)(7)(ii)(D)", Decision.IMPLEMENTED,
                    "The contingency plan is tested once a year with a restore of the EHR export and a tabletop of the "
                            + "downtime procedure.",
                    null, LocalDate.of(2024, 6, 14), LocalDate.of(2025, 6, 30)));
}
