package io.safeguard.vendor;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One service on a provider's HIPAA-eligible (BAA-covered) list, as shipped in the dated starter list or as edited by
 * the organization ({@code edited}). {@code tiers} empty = any plan.
 */
public record EligibilityEntry(
        String providerKey,
        String providerName,
        String serviceKey,
        String name,
        boolean eligible,
        List<String> tiers,
        List<String> excludedFeatures,
        @Nullable String source,
        boolean verified,
        @Nullable String note,
        @Nullable LocalDate asOf,
        boolean edited) {

    public EligibilityEntry {
        tiers = List.copyOf(tiers);
        excludedFeatures = List.copyOf(excludedFeatures);
    }
}
