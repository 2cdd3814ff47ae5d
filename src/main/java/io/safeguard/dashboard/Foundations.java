package io.safeguard.dashboard;

import io.safeguard.identity.Member;
import io.safeguard.organization.Organization;
import io.safeguard.organization.Site;
import io.safeguard.catalog.AddressableDecision;
import io.safeguard.documents.PolicyDocument;
import io.safeguard.inventory.Asset;
import io.safeguard.catalog.Requirement;
import io.safeguard.vendor.VendorOverview;
import io.safeguard.workforce.ReviewCampaign;
import io.safeguard.workforce.RevocationLag;
import io.safeguard.workforce.TrainingReport;
import io.safeguard.risk.AnalysisCurrency;
import io.safeguard.risk.PlanStatus;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Map;
import java.util.List;

/** The first things OCR asks of any organization, checked from its profile, members and sign-in policy. */
final class Foundations {
    private Foundations() {}

    static List<FoundationCheck> check(Organization o, List<Site> sites, List<Member> members, boolean mfaRequired) {
        String base = "/t/" + o.id();
        List<FoundationCheck> checks = new ArrayList<>();
        checks.add(new FoundationCheck("Security official named", "45 CFR 164.308(a)(2)", o.securityOfficial() != null,
                o.securityOfficial() == null ? "No one is identified as responsible for the Security Rule program."
                        : o.securityOfficial().name() + describeTitle(o.securityOfficial().title()),
                base + "/organization"));
        if (o.entityType().needsPrivacyOfficial()) {
            checks.add(new FoundationCheck("Privacy official named", "45 CFR 164.530(a)(1)", o.privacyOfficial() != null,
                    o.privacyOfficial() == null ? "A covered entity must designate a privacy official."
                            : o.privacyOfficial().name() + describeTitle(o.privacyOfficial().title()),
                    base + "/organization"));
        }
        checks.add(new FoundationCheck("Sites recorded", "45 CFR 164.310", !sites.isEmpty(),
                sites.isEmpty() ? "Record the places where ePHI is handled; physical safeguards apply per facility."
                        : sites.size() + (sites.size() == 1 ? " site" : " sites"),
                base + "/organization#sites"));
        long withoutMfa = members.stream().filter(m -> !m.account().mfaEnrolled()).count();
        checks.add(new FoundationCheck("Two-step sign-in required for Safeguard", "45 CFR 164.312(d)", mfaRequired,
                mfaRequired ? "Everyone must use an authenticator app to enter this organization."
                        : withoutMfa + " of " + members.size() + " members sign in with a password only.",
                base + "/organization#sign-in"));
        return checks;
    }

    /** 164.308(a)(1)(ii)(A): a completed risk analysis that still covers the organization; OCR's most cited gap. */
    static FoundationCheck riskAnalysis(Organization o, @Nullable AnalysisCurrency currency) {
        String detail = currency == null ? "No risk analysis has been completed."
                : currency.current() ? "Version " + currency.version() + " of " + currency.analysisDate() + " is current; review due "
                        + currency.reviewDue() + "."
                : "Version " + currency.version() + " of " + currency.analysisDate()
                        + (currency.pastReview() ? " was due for review on " + currency.reviewDue() + "." : " is not current.")
                        + (currency.outside().isEmpty() ? "" : " Added or changed since: " + first(currency.outside()) + ".");
        return new FoundationCheck("Risk analysis current", "45 CFR 164.308(a)(1)(ii)(A)", currency != null && currency.current(),
                detail, "/t/" + o.id() + "/risks/analyses");
    }

    /** 164.308(a)(1)(ii)(B): every risk above the threshold is treated, and the plan's measures are on time. */
    static FoundationCheck riskManagement(Organization o, PlanStatus plan) {
        List<String> problems = new ArrayList<>();
        if (!plan.untreated().isEmpty()) {
            problems.add(count(plan.untreated().size(), "risk") + " above the threshold without treatment: " + first(plan.untreated()) + ".");
        }
        if (!plan.overdue().isEmpty()) {
            problems.add(count(plan.overdue().size(), "treatment") + " overdue: " + first(plan.overdue()) + ".");
        }
        String detail = plan.open() == 0 ? "The risk register is empty."
                : problems.isEmpty() ? plan.open() + " open risks; every one above the threshold is treated and on time."
                : String.join(" ", problems);
        return new FoundationCheck("Risk management plan on track", "45 CFR 164.308(a)(1)(ii)(B)",
                plan.open() > 0 && plan.onTrack(), detail, "/t/" + o.id() + "/risks?overdue=true");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String first(List<String> items) {
        return String.join("; ", items.subList(0, Math.min(3, items.size()))) + (items.size() > 3 ? "; ..." : "");
    }

    /** 164.312(a)(2)(iv): ePHI at rest is encrypted, or the inventory says where it is not. */
    static FoundationCheck encryption(Organization o, List<Asset> assets) {
        long ephi = assets.stream().filter(a -> a.active() && a.details().ephi()).count();
        var gaps = assets.stream().filter(Asset::unencryptedEphi).map(Asset::name).toList();
        String detail = ephi == 0 ? "No ePHI assets in the inventory yet: the risk analysis has nothing to cover."
                : gaps.isEmpty() ? "All " + ephi + " assets with ePHI are fully encrypted at rest."
                : gaps.size() + " of " + ephi + " assets with ePHI are not fully encrypted at rest: "
                        + String.join(", ", gaps.subList(0, Math.min(5, gaps.size()))) + (gaps.size() > 5 ? ", ..." : "") + ".";
        return new FoundationCheck("ePHI encrypted at rest", "45 CFR 164.312(a)(2)(iv)", ephi > 0 && gaps.isEmpty(), detail,
                "/t/" + o.id() + "/inventory?gap=unencrypted");
    }

    /** 164.308(b)(1), 164.502(e): every vendor that touches PHI has an executed, unexpired BAA. */
    static FoundationCheck businessAssociates(Organization o, VendorOverview overview) {
        var gaps = overview.withoutBaa();
        long phiVendors = overview.vendors().stream().filter(r -> r.vendor().needsBaa()).count();
        String detail = gaps.isEmpty()
                ? phiVendors + " vendors touch PHI; each has an executed, unexpired BAA."
                : gaps.size() + " of " + phiVendors + " vendors touching PHI lack one: "
                        + gaps.stream().map(r -> r.vendor().name() + " (" + r.baa().describe().toLowerCase(java.util.Locale.ROOT) + ")")
                                .collect(java.util.stream.Collectors.joining("; "));
        return new FoundationCheck("Business associate agreements", "45 CFR 164.308(b)(1)", gaps.isEmpty(), detail,
                "/t/" + o.id() + "/vendors");
    }

    /** 164.306(d)(3): each addressable specification has a documented, current decision. */
    static FoundationCheck addressableDecisions(Organization o, List<Requirement> addressable,
            Map<String, AddressableDecision> current, LocalDate today) {
        long missing = addressable.stream().filter(r -> !current.containsKey(r.id())).count();
        long overdue = addressable.stream().map(r -> current.get(r.id()))
                .filter(d -> d != null && d.reviewOverdue(today)).count();
        String detail = missing == 0 && overdue == 0 ? "All " + addressable.size() + " decided and current."
                : missing + " of " + addressable.size() + " without a decision" + (overdue > 0 ? ", " + overdue + " past review" : "") + ".";
        return new FoundationCheck("Addressable specifications decided", "45 CFR 164.306(d)(3)", missing == 0 && overdue == 0,
                detail, "/t/" + o.id() + "/catalog/decisions");
    }

    /** 164.308(a)(5), 164.530(b): everyone who must be trained is, within the new-hire and refresh windows. */
    static FoundationCheck training(Organization o, TrainingReport report) {
        long overdue = report.membersOverdue();
        String detail = report.membersRequired() == 0 ? "No training courses or roster recorded yet."
                : overdue == 0 ? "All " + report.membersRequired() + " members who must be trained are current."
                : overdue + " of " + report.membersRequired() + " members are overdue for training.";
        return new FoundationCheck("Workforce trained", "45 CFR 164.308(a)(5)", report.membersRequired() > 0 && overdue == 0,
                detail, "/t/" + o.id() + "/workforce/training");
    }

    /** 164.308(a)(3)(ii)(C): access ends promptly at termination, measured per system. */
    static FoundationCheck revocation(Organization o, List<RevocationLag> lags) {
        var late = lags.stream().filter(RevocationLag::overSla).toList();
        long open = late.stream().filter(RevocationLag::stillActive).count();
        String detail = lags.isEmpty() ? "No terminations with recorded access."
                : late.isEmpty() ? "Every account of terminated members was revoked within the deadline."
                : late.size() + " accounts revoked late or still active after termination" + (open > 0 ? " (" + open + " still active)" : "") + ".";
        return new FoundationCheck("Access revoked at termination", "45 CFR 164.308(a)(3)(ii)(C)", late.isEmpty(), detail,
                "/t/" + o.id() + "/workforce/access#terminations");
    }

    /** 164.308(a)(4)(ii)(C): access is reviewed; OCR expects a signed-off review within the last quarter. */
    static FoundationCheck accessReview(Organization o, List<ReviewCampaign> campaigns, LocalDate today) {
        var last = campaigns.stream().filter(ReviewCampaign::signedOff).map(ReviewCampaign::signedOffOn)
                .max(java.util.Comparator.naturalOrder());
        boolean current = last.isPresent() && !last.get().isBefore(today.minusMonths(3));
        String detail = last.map(d -> "Last review signed off on " + d + (current ? "." : ", more than three months ago."))
                .orElse("No access review has been signed off.");
        return new FoundationCheck("Access reviewed this quarter", "45 CFR 164.308(a)(4)(ii)(C)", current, detail,
                "/t/" + o.id() + "/workforce/reviews");
    }

    /** 164.316(a), (b)(2)(iii): written policies in effect, reviewed on time. */
    static FoundationCheck policies(Organization o, List<PolicyDocument> documents, LocalDate today) {
        var overdue = documents.stream().filter(d -> d.reviewOverdueOn(today)).map(PolicyDocument::title).toList();
        long inEffect = documents.stream().filter(d -> d.currentOn(today).isPresent()).count();
        String detail = inEffect == 0 ? "No written policy is in effect."
                : overdue.isEmpty() ? inEffect + " policies and procedures in effect, all reviewed on time."
                : overdue.size() + " of " + inEffect + " past their review date: " + String.join(", ", overdue) + ".";
        return new FoundationCheck("Policies current and reviewed", "45 CFR 164.316(b)(2)(iii)", inEffect > 0 && overdue.isEmpty(),
                detail, "/t/" + o.id() + "/documents");
    }

    private static String describeTitle(String title) {
        return title == null ? "" : ", " + title;
    }
}
