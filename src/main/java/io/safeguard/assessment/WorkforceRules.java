package io.safeguard.assessment;

import java.time.LocalDate;
import io.safeguard.workforce.ReviewCampaign;
import io.safeguard.workforce.RevocationLag;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Training (164.308(a)(5)), termination (164.308(a)(3)(ii)(C)), access review (164.308(a)(4)(ii)(C)), sanctions. */
final class WorkforceRules {
    private WorkforceRules() {}

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    static void register(Map<String, Rule> rules) {
        rules.put("164.308(a)(5)(i)", (r, f) -> {
            var report = f.training();
            if (report.membersRequired() == 0) {
                return Findings.unknown(r, "No training courses or workforce roster recorded.",
                        "Import the roster and the training completions.");
            }
            var overdue = report.overdue();
            if (overdue.isEmpty()) {
                return Findings.met(r, List.of((report.membersRequired() == 1 ? "The 1 member who must be trained is"
                        : "All " + report.membersRequired() + " members who must be trained are") + " current on " + f.asOf() + "."));
            }
            List<String> gaps = new java.util.ArrayList<>();
            gaps.add(report.membersOverdue() + " of " + report.membersRequired() + " members who must be trained are overdue.");
            overdue.stream().limit(10).forEach(l -> gaps.add(l.member().fullName() + ": " + l.course().title() + " "
                    + (l.status().lastCompleted() == null ? "never completed" : "last completed " + l.status().lastCompleted())
                    + (l.status().dueOn() == null ? "" : ", due " + l.status().dueOn()) + "."));
            return Findings.notMet(r, gaps, "Train the overdue members and record their completions.");
        });
        rules.put("164.308(a)(3)(ii)(C)", (r, f) -> {
            var decided = Addressable.alternative(r, f);
            if (decided != null) {
                return decided;
            }
            if (f.workforceSize() == 0 || f.accessGrants() == 0) {
                return Findings.unknown(r, "No workforce roster or access grants recorded: termination revocation cannot be measured.",
                        "Import the roster and the access grants per system.");
            }
            var late = f.terminations().stream().filter(RevocationLag::overSla).toList();
            var used = f.terminations().stream().filter(l -> l.lastUseAfterTermination() != null)
                    .map(l -> l.member().fullName() + ": " + l.grant().systemName() + " account " + l.grant().accountName() + " used on "
                            + LocalDate.ofInstant(l.lastUseAfterTermination(), f.organization().zone()) + ", after termination (access log).")
                    .toList();
            if (!used.isEmpty()) {
                return Findings.notMet(r, used, "Disable the accounts, review what was accessed (access log) and assess it as a possible breach.");
            }
            if (f.terminations().isEmpty()) {
                return Findings.met(r, List.of("No member with recorded access was terminated before " + f.asOf() + "."));
            }
            if (late.isEmpty()) {
                return Findings.met(r, List.of(plural(f.terminations().size(), "account") + " of terminated members revoked within "
                        + plural(f.terminations().getFirst().slaDays(), "day") + "."));
            }
            return Findings.notMet(r, late.stream().map(l -> l.member().fullName() + ": " + l.grant().systemName() + " account "
                    + (l.stillActive() ? "still active " + l.days() + " days after termination" : "revoked after " + l.days() + " days")
                    + " (deadline " + plural(l.slaDays(), "day") + ").").toList(), "Revoke the remaining access and review the termination procedure.");
        });
        rules.put("164.308(a)(4)(ii)(C)", (r, f) -> {
            var decided = Addressable.alternative(r, f);
            if (decided != null) {
                return decided;
            }
            if (f.accessGrants() == 0) {
                return Findings.unknown(r, "No access grants recorded.", "Import the access grants per system and run an access review.");
            }
            var last = f.accessReviews().stream().filter(ReviewCampaign::signedOff).filter(c -> !c.signedOffOn().isAfter(f.asOf()))
                    .max(Comparator.comparing(ReviewCampaign::signedOffOn));
            if (last.isEmpty()) {
                return Findings.notMet(r, List.of("No access review has been signed off."), "Run and sign off an access review.");
            }
            var c = last.get();
            String evidence = "Access review \"" + c.title() + "\" signed off on " + c.signedOffOn() + ".";
            // OCR expects access to be reviewed each quarter: signed off within the last three months.
            return !c.signedOffOn().isBefore(f.asOf().minusMonths(3)) ? Findings.met(r, List.of(evidence))
                    : Findings.partly(r, List.of("The last access review was signed off on " + c.signedOffOn()
                            + ", more than three months before " + f.asOf() + "."), List.of(evidence), "Run this quarter's access review.");
        });
        rules.put("164.308(a)(1)(ii)(C)", (r, f) -> {
            var policies = f.policiesFor(r.id());
            if (policies.isEmpty()) {
                return Findings.notMet(r, List.of("No sanction policy in effect is linked to 164.308(a)(1)(ii)(C)."),
                        "Adopt a sanction policy and link it to this requirement.");
            }
            List<String> evidence = new java.util.ArrayList<>(policies.stream().map(p -> p.title() + " in effect").toList());
            evidence.add(f.sanctions().size() + " sanctions recorded.");
            var overdue = policies.stream().filter(p -> p.reviewOverdueOn(f.asOf())).map(p -> p.title() + " is past its review date.").toList();
            return overdue.isEmpty() ? Findings.met(r, evidence) : Findings.partly(r, overdue, evidence, "Review and re-approve the policy.");
        });
    }
}
