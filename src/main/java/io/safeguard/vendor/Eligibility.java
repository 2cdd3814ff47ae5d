package io.safeguard.vendor;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether a cloud service in use is inside the provider's BAA, and if not, why. */
public record Eligibility(Verdict verdict, String explanation, List<String> featuresOutside) {
    public Eligibility {
        featuresOutside = List.copyOf(featuresOutside);
    }

    public boolean ok() {
        return verdict == Verdict.ELIGIBLE || verdict == Verdict.NO_PHI;
    }

    public enum Verdict {
        ELIGIBLE, NO_PHI, NOT_ON_LIST, NOT_ELIGIBLE, TIER_NOT_COVERED, FEATURES_OUTSIDE, NO_BAA
    }

    /**
     * The check of C4: a service that holds PHI must be on the provider's eligible list, on a covered plan, use no
     * excluded feature, and the provider must have an executed, unexpired BAA.
     */
    static Eligibility of(CloudService service, @Nullable EligibilityEntry entry, BaaStanding providerBaa) {
        if (!service.holdsPhi()) {
            return new Eligibility(Verdict.NO_PHI, "holds no PHI", List.of());
        }
        if (!providerBaa.status().covers()) {
            return new Eligibility(Verdict.NO_BAA, "the provider's BAA is " + providerBaa.describe().toLowerCase(java.util.Locale.ROOT), List.of());
        }
        if (entry == null) {
            return new Eligibility(Verdict.NOT_ON_LIST, "not on the provider's HIPAA-eligible list as recorded here", List.of());
        }
        if (!entry.eligible()) {
            return new Eligibility(Verdict.NOT_ELIGIBLE, entry.name() + " is not covered by the provider's BAA", List.of());
        }
        if (!entry.tiers().isEmpty() && (service.tier() == null
                || entry.tiers().stream().noneMatch(t -> t.equalsIgnoreCase(service.tier().strip())))) {
            return new Eligibility(Verdict.TIER_NOT_COVERED,
                    "covered only on " + String.join(", ", entry.tiers()) + (service.tier() == null ? "; no plan recorded" : "; in use: " + service.tier()),
                    List.of());
        }
        var outside = service.featuresInUse().stream()
                .filter(f -> entry.excludedFeatures().stream().anyMatch(x -> x.equalsIgnoreCase(f.strip())))
                .toList();
        if (!outside.isEmpty()) {
            return new Eligibility(Verdict.FEATURES_OUTSIDE, "features outside the BAA in use: " + String.join(", ", outside), outside);
        }
        return new Eligibility(Verdict.ELIGIBLE, "on the eligible list and covered by an executed BAA", List.of());
    }
}
