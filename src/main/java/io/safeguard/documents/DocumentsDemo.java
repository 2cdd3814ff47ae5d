package io.safeguard.documents;

import io.safeguard.organization.DemoOrganizationLoaded;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import io.safeguard.identity.AccountAdministration;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The demo practice's policies (with versions) and a few evidence files, once. Needs an account to attribute them
 * to, so they load when the organization has an owner (on a start after the first owner was set up).
 */
@Component
class DocumentsDemo {
    private final Policies policies;
    private final Evidence evidence;
    private final JdbcPolicies register;
    private final AccountAdministration accounts;

    DocumentsDemo(Policies policies, Evidence evidence, JdbcPolicies register, AccountAdministration accounts) {
        this.policies = policies;
        this.evidence = evidence;
        this.register = register;
        this.accounts = accounts;
    }

    @EventListener
    void on(DemoOrganizationLoaded event) throws IOException {
        if (!event.demoKey().equals("riverside") || !register.all(event.tenantId()).isEmpty()) {
            return;
        }
        var owners = accounts.owners(event.tenantId());
        if (owners.isEmpty()) {
            return; // no owner yet: the documents need someone to be attributed to; loaded on a later start
        }
        load(new TenantScope(event.tenantId(), owners.getFirst().id(), Role.OWNER));
    }

    private void load(TenantScope scope) throws IOException {
        policy(scope, "Information Security Policy", DocumentKind.POLICY, List.of("164.316(a)", "164.308(a)(1)(i)"),
                "1.0", LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1), "2.0", LocalDate.of(2025, 4, 7), LocalDate.of(2026, 4, 7));
        policy(scope, "Risk Management Procedure", DocumentKind.PROCEDURE, List.of("164.308(a)(1)(ii)(B)"),
                "1.0", LocalDate.of(2024, 5, 20), LocalDate.of(2025, 5, 20), "1.1", LocalDate.of(2025, 10, 1), LocalDate.of(2026, 10, 1));
        policy(scope, "Sanction Policy", DocumentKind.POLICY, List.of("164.308(a)(1)(ii)(C)", "164.530(e)"),
                "1.0", LocalDate.of(2022, 1, 10), LocalDate.of(2023, 1, 10), "1.1", LocalDate.of(2026, 1, 12), LocalDate.of(2027, 1, 12));
        policy(scope, "Incident Response Plan", DocumentKind.PLAN, List.of("164.308(a)(6)(ii)"),
                "1.0", LocalDate.of(2023, 6, 5), LocalDate.of(2024, 6, 5), "2.0", LocalDate.of(2026, 2, 16), LocalDate.of(2027, 2, 16));
        policy(scope, "Contingency Plan", DocumentKind.PLAN, List.of("164.308(a)(7)(i)"),
                "1.0", LocalDate.of(2022, 9, 1), LocalDate.of(2023, 9, 1), "1.2", LocalDate.of(2024, 9, 3), LocalDate.of(2025, 9, 3));
        policy(scope, "Access Control Procedure", DocumentKind.PROCEDURE, List.of("164.308(a)(4)(ii)(C)", "164.312(a)(1)"),
                "1.0", LocalDate.of(2024, 2, 1), LocalDate.of(2025, 2, 1), "1.1", LocalDate.of(2026, 2, 2), LocalDate.of(2027, 2, 2));
        policy(scope, "Workforce Training Policy", DocumentKind.POLICY, List.of("164.308(a)(5)(i)", "164.530(b)"),
                "1.0", LocalDate.of(2023, 1, 9), LocalDate.of(2024, 1, 9), "1.1", LocalDate.of(2025, 12, 1), LocalDate.of(2026, 12, 1));
        file(scope, "access-review-2026-Q2-signoff.txt", LocalDate.of(2026, 6, 30), "Quarterly access review, Q2 2026, signed off",
                "Quarterly access review of Athena EHR, Microsoft 365, PACS and the billing portal.\nReviewed by Grace Lindqvist and Marcus Bell.\n142 accounts kept, 3 revoked. Signed off 2026-06-30.\n",
                List.of("164.308(a)(4)(ii)(C)"));
        file(scope, "ehr-audit-log-review-2026-10.txt", LocalDate.of(2026, 10, 31), "Monthly EHR access report review, October 2026",
                "Monthly review of the Athena EHR access report for October 2026.\nFlagged: 2 accesses outside care relationships; both explained by covering clinicians.\nReviewer: Marcus Bell.\n",
                List.of("164.308(a)(1)(ii)(D)", "164.312(b)"));
        file(scope, "backup-restore-test-2025-08.txt", LocalDate.of(2025, 8, 2), "Restore test of FS01 and the fax server",
                "Restore of FS01 and the fax server from the backup appliance to a test VM.\nResult: both restored; 3 h 20 min.\nPerformed by Dana Whitfield.\n",
                List.of("164.308(a)(7)(ii)(A)", "164.308(a)(7)(ii)(D)"));
    }

    private void policy(TenantScope scope, String title, DocumentKind kind, List<String> requirements, String firstLabel,
            LocalDate firstEffective, LocalDate firstReview, String secondLabel, LocalDate secondEffective, LocalDate secondReview)
            throws IOException {
        var document = policies.create(scope, title, kind, "Dana Whitfield", requirements);
        version(scope, document.id(), title, firstLabel, firstEffective, firstReview);
        version(scope, document.id(), title, secondLabel, secondEffective, secondReview);
    }

    private void version(TenantScope scope, java.util.UUID document, String title, String label, LocalDate effective,
            LocalDate review) throws IOException {
        String text = title + "\nVersion " + label + ", effective " + effective + "\nRiverside Family Medicine (fictional)\n\n"
                + "Purpose, scope, roles and responsibilities, and the procedures the practice follows.\n";
        policies.addVersion(scope, document, label, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                title.toLowerCase(java.util.Locale.ROOT).replace(' ', '-') + "-v" + label + ".txt", effective, review,
                "Marcus Bell", effective.minusDays(7), "Annual review");
    }

    private void file(TenantScope scope, String name, LocalDate speaksFor, String description, String text, List<String> requirements)
            throws IOException {
        evidence.upload(scope, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, speaksFor, description, requirements);
    }
}
