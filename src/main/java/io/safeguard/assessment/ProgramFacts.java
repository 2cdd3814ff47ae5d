package io.safeguard.assessment;

import io.safeguard.accesslog.AccessLogEvidence;
import io.safeguard.catalog.AddressableDecision;
import io.safeguard.documents.EvidenceFile;
import io.safeguard.documents.PolicyDocument;
import io.safeguard.inventory.Asset;
import io.safeguard.inventory.DataFlow;
import io.safeguard.organization.Organization;
import io.safeguard.risk.AnalysisCurrency;
import io.safeguard.risk.PlanStatus;
import io.safeguard.vendor.VendorOverview;
import io.safeguard.workforce.ReviewCampaign;
import io.safeguard.workforce.RevocationLag;
import io.safeguard.workforce.Sanction;
import io.safeguard.workforce.TrainingReport;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Everything the evaluators read, collected once per assessment from the modules' read APIs for one organization and
 * one as-of date. Evaluators are pure functions of these facts, so they are tested without a database.
 * {@code tabletopsHeld}: the dates of tabletop exercises held in the 12 months before asOf; {@code accessLogReview}: the
 * access log's detection runs and closed cases in the three months before asOf.
 */
public record ProgramFacts(
        Organization organization,
        LocalDate asOf,
        @Nullable AnalysisCurrency riskAnalysis,
        PlanStatus riskPlan,
        List<Asset> assets,
        List<DataFlow> flows,
        VendorOverview vendors,
        TrainingReport training,
        int workforceSize,
        int accessGrants,
        List<RevocationLag> terminations,
        List<ReviewCampaign> accessReviews,
        List<Sanction> sanctions,
        List<PolicyDocument> policies,
        List<EvidenceFile> evidence,
        Map<String, AddressableDecision> decisions,
        List<LocalDate> tabletopsHeld,
        AccessLogEvidence.ActivityReview accessLogReview) {

    /** Active assets that hold or move ePHI on the as-of date (added by then, not retired before). */
    public List<Asset> ephiAssets() {
        return assets.stream().filter(a -> a.details().ephi() && (a.retiredOn() == null || a.retiredOn().isAfter(asOf))
                && !LocalDate.ofInstant(a.createdAt(), organization.zone()).isAfter(asOf)).toList();
    }

    /**
     * Evidence linked to a requirement that speaks for a date within the look-back of {@code months} before asOf. The
     * texts of policy versions are not evidence of the policy being carried out, so they are left out here.
     */
    public List<EvidenceFile> evidenceFor(String requirement, int months) {
        var policyTexts = policies.stream().flatMap(p -> p.versions().stream()).map(v -> v.evidenceId()).collect(java.util.stream.Collectors.toSet());
        return evidence.stream().filter(e -> e.requirements().contains(requirement) && !policyTexts.contains(e.id()))
                .filter(e -> !e.speaksFor().isAfter(asOf) && !e.speaksFor().isBefore(asOf.minusMonths(months))).toList();
    }

    /** Policies or procedures linked to a requirement with a version in effect on asOf. */
    public List<PolicyDocument> policiesFor(String requirement) {
        return policies.stream().filter(p -> p.requirements().contains(requirement) && p.currentOn(asOf).isPresent()).toList();
    }
}
