package io.safeguard.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** 164.308(a)(1)(ii)(A) and (B): a current risk analysis and a risk management plan that is carried out. */
final class RiskRules {
    private RiskRules() {}

    static void register(Map<String, Rule> rules) {
        rules.put("164.308(a)(1)(ii)(A)", (r, f) -> {
            var a = f.riskAnalysis();
            if (a == null) {
                return Findings.notMet(r, List.of("No risk analysis was completed on or before " + f.asOf() + "."),
                        "Complete a risk analysis of every ePHI asset, data flow and vendor (Risk analyses).");
            }
            String version = "Risk analysis version " + a.version() + " of " + a.analysisDate();
            if (a.current()) {
                return Findings.met(r, List.of(version + ", current; review due " + a.reviewDue() + "."));
            }
            return Findings.partly(r, a.reasons(), List.of(version + "."),
                    "Update the analysis to cover what changed and complete a new version.");
        });
        rules.put("164.308(a)(1)(ii)(B)", (r, f) -> {
            var plan = f.riskPlan();
            if (f.riskAnalysis() == null && plan.open() == 0) {
                return Findings.notMet(r, List.of("No risk register: no risk has been identified and treated."),
                        "Record the risks of the analysis and decide a treatment for each above the threshold.");
            }
            List<String> gaps = new ArrayList<>();
            plan.untreated().forEach(u -> gaps.add(u + ": above the threshold without treatment."));
            plan.overdue().forEach(o -> gaps.add(o + ": overdue."));
            List<String> evidence = List.of(plan.open() + " open risks in the register.");
            if (!plan.untreated().isEmpty()) {
                return Findings.of(r, FindingStatus.NOT_MET, gaps, evidence,
                        "Decide a treatment for every risk above the threshold, with owned and dated measures.", Finding.Basis.COMPUTED);
            }
            return gaps.isEmpty() ? Findings.met(r, evidence)
                    : Findings.partly(r, gaps, evidence, "Complete or re-plan the overdue measures and acceptance reviews.");
        });
    }
}
