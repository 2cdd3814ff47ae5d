package io.safeguard.assessment;

import io.safeguard.organization.EntityType;
import java.util.List;
import java.util.Map;

/**
 * The program's people and paper: officials (164.308(a)(2), 164.530(a)(1)), written policies kept current (164.316),
 * documented activity review (164.308(a)(1)(ii)(D)) and a tested incident response procedure (164.308(a)(6)(ii)).
 */
final class ProgramRules {
    private ProgramRules() {}

    static void register(Map<String, Rule> rules) {
        rules.put("164.308(a)(2)", (r, f) -> f.organization().securityOfficial() == null
                ? Findings.notMet(r, List.of("No security official is named."), "Name the security official in the organization profile.")
                : Findings.met(r, List.of("Security official: " + f.organization().securityOfficial().name() + ".")));
        rules.put("164.530(a)(1)", (r, f) -> f.organization().entityType() == EntityType.BUSINESS_ASSOCIATE
                ? Findings.notApplicable(r, "A business associate needs no privacy official of its own.")
                : f.organization().privacyOfficial() == null
                        ? Findings.notMet(r, List.of("No privacy official is named."), "Name the privacy official in the organization profile.")
                        : Findings.met(r, List.of("Privacy official: " + f.organization().privacyOfficial().name() + ".")));
        Rule policies = (r, f) -> {
            var inEffect = f.policies().stream().filter(p -> p.currentOn(f.asOf()).isPresent()).toList();
            if (inEffect.isEmpty()) {
                return Findings.notMet(r, List.of("No written policy or procedure is in effect on " + f.asOf() + "."),
                        "Adopt written security policies and procedures.");
            }
            var overdue = inEffect.stream().filter(p -> p.reviewOverdueOn(f.asOf()))
                    .map(p -> p.title() + ": past its review date " + p.currentOn(f.asOf()).orElseThrow().reviewDueOn() + ".").toList();
            List<String> evidence = List.of(inEffect.size() + " policies and procedures in effect.");
            return overdue.isEmpty() ? Findings.met(r, evidence) : Findings.partly(r, overdue, evidence, "Review and re-approve them.");
        };
        rules.put("164.316(a)", policies);
        rules.put("164.316(b)(2)(iii)", policies);
        rules.put("164.308(a)(1)(ii)(D)", (r, f) -> {
            // Activity review is shown by dated review records; OCR expects it at least quarterly for the logs kept.
            var recent = f.evidenceFor(r.id(), 3);
            var older = f.evidenceFor(r.id(), 12);
            var log = f.accessLogReview();
            if (log.reviewed()) { // the PHI access log's detections and case reviews in Safeguard (C12)
                List<String> evidence = new java.util.ArrayList<>(List.of("Access log: " + log.detectionRuns() + " detection runs and "
                        + log.casesClosed() + " cases closed in the three months before " + f.asOf() + "."));
                recent.forEach(e -> evidence.add(e.fileName() + " (" + e.speaksFor() + ")"));
                return log.casesOpenOver30Days() == 0 ? Findings.met(r, evidence)
                        : Findings.partly(r, List.of(log.casesOpenOver30Days() + " access-log cases have been open more than 30 days."), evidence,
                                "Review and close the old cases in the access log.");
            }
            if (!recent.isEmpty()) {
                return Findings.met(r, recent.stream().map(e -> e.fileName() + " (" + e.speaksFor() + ")").toList());
            }
            return older.isEmpty()
                    ? Findings.notMet(r, List.of("No documented information system activity review in the 12 months before " + f.asOf() + "."),
                            "Review the audit logs and keep the dated record as evidence linked to 164.308(a)(1)(ii)(D).")
                    : Findings.partly(r, List.of("The last documented review is more than three months old."),
                            older.stream().map(e -> e.fileName() + " (" + e.speaksFor() + ")").toList(), "Review the logs this quarter.");
        });
        rules.put("164.308(a)(6)(ii)", (r, f) -> {
            var plans = f.policiesFor(r.id());
            var tests = f.evidenceFor(r.id(), 12);
            if (plans.isEmpty()) {
                return Findings.notMet(r, List.of("No incident response procedure in effect is linked to 164.308(a)(6)(ii)."),
                        "Adopt an incident response plan and link it to this requirement.");
            }
            List<String> evidence = new java.util.ArrayList<>(plans.stream().map(p -> p.title() + " in effect").toList());
            tests.forEach(e -> evidence.add(e.fileName() + " (" + e.speaksFor() + ")"));
            f.tabletopsHeld().forEach(d -> evidence.add("Tabletop exercise held " + d));
            return tests.isEmpty() && f.tabletopsHeld().isEmpty() ? Findings.partly(r, List.of("No test or use of the incident response plan recorded in the 12 months before "
                    + f.asOf() + "."), evidence, "Run a tabletop exercise and keep its record as evidence.") : Findings.met(r, evidence);
        });
    }
}
