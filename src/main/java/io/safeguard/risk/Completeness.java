package io.safeguard.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Checks an analysis against the nine elements every risk analysis must include according to HHS/OCR's 2010
 * "Guidance on Risk Analysis Requirements under the HIPAA Security Rule" (regulation.md section 7.1), naming what is
 * missing for each: a control checklist without scope, ratings and documentation fails here.
 */
final class Completeness {
    /** The facts the check reads; {@code currency} is null while the organization has never completed an analysis. */
    record Input(@Nullable String scopeStatement, @Nullable String method, @Nullable String participants, boolean completed,
            List<ScopeItem> scope, List<String> ephiAssetsWithoutLocation, int dataFlows, List<Risk> risks,
            @Nullable AnalysisCurrency currency) {}

    private Completeness() {}

    static List<CompletenessElement> check(Input in) {
        List<Risk> confirmed = in.risks().stream().filter(Risk::open).toList();
        long drafts = in.risks().stream().filter(r -> r.status() == RiskStatus.DRAFT).count();
        List<CompletenessElement> elements = new ArrayList<>();

        List<String> scope = new ArrayList<>();
        if (in.scopeStatement() == null) {
            scope.add("No scope statement: say which ePHI, media and locations the analysis covers.");
        }
        if (in.scope().stream().noneMatch(i -> i.kind() == TargetKind.ASSET)) {
            scope.add("The inventory lists no asset with ePHI.");
        }
        elements.add(new CompletenessElement(1, "Scope: all ePHI the organization creates, receives, maintains or transmits",
                "164.306(a)", scope));

        List<String> collection = new ArrayList<>();
        in.ephiAssetsWithoutLocation().forEach(a -> collection.add(a + ": where it is kept is not recorded."));
        if (in.dataFlows() == 0) {
            collection.add("No data flow documents how ePHI moves between systems and outside parties.");
        }
        elements.add(new CompletenessElement(2, "Data collection: where ePHI is stored, received, maintained or transmitted",
                "164.308(a)(1)(ii)(A), 164.316(b)(1)", collection));

        List<String> threats = new ArrayList<>();
        in.scope().stream().filter(ScopeItem::uncovered).forEach(i -> threats.add(
                i.label() + " (" + i.kind().label().toLowerCase(java.util.Locale.ROOT) + "): no threat or vulnerability identified, and not excluded."));
        if (drafts > 0) {
            threats.add(drafts + (drafts == 1 ? " draft risk awaits" : " draft risks await") + " confirmation.");
        }
        if (confirmed.isEmpty()) {
            threats.add("No risk has been identified.");
        }
        elements.add(new CompletenessElement(3, "Potential threats and vulnerabilities identified and documented",
                "164.306(a)(2), 164.308(a)(1)(ii)(A), 164.316(b)(1)(ii)", threats));

        elements.add(new CompletenessElement(4, "Current security measures assessed", "164.306(b)(1), 164.308(a)(1)(ii)(A)",
                missing(confirmed, r -> r.details().currentMeasures() == null, "current security measures not documented")));
        elements.add(new CompletenessElement(5, "Likelihood of threat occurrence determined", "164.306(b)(2)(iv)",
                missing(confirmed, r -> r.details().likelihood() == null, "likelihood not rated")));
        elements.add(new CompletenessElement(6, "Potential impact of threat occurrence determined", "164.306(b)(2)(iv)",
                missing(confirmed, r -> r.details().impact() == null, "impact not rated")));
        elements.add(new CompletenessElement(7, "Level of risk determined for each threat and vulnerability",
                "164.306(a)(2), 164.308(a)(1)(ii)(A)",
                missing(confirmed, r -> !r.details().rated(), "no risk level until both likelihood and impact are rated")));

        List<String> documentation = new ArrayList<>();
        if (in.method() == null) {
            documentation.add("The method statement is missing.");
        }
        if (in.participants() == null) {
            documentation.add("The participants are not recorded.");
        }
        if (!in.completed()) {
            documentation.add("The analysis has not been completed and signed off as a dated version.");
        }
        elements.add(new CompletenessElement(8, "Documentation finalized", "164.316(b)(1)", documentation));

        List<String> review = new ArrayList<>();
        if (in.currency() == null) {
            review.add("No analysis has been completed yet, so none can be kept up to date.");
        } else if (!in.currency().current()) {
            review.addAll(in.currency().reasons());
        }
        elements.add(new CompletenessElement(9, "Periodic review and update", "164.306(e), 164.316(b)(2)(iii)", review));
        return elements;
    }

    private static List<String> missing(List<Risk> risks, Predicate<Risk> lacking, String what) {
        return risks.stream().filter(lacking).map(r -> r.code() + " (" + r.details().target().label() + "): " + what + ".").toList();
    }
}
