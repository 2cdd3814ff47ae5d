package io.safeguard.vendor;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A cloud or SaaS service the organization uses, with the plan, regions and features in use: eligibility under a
 * provider's BAA depends on all of them, not on the provider's name alone.
 */
public record CloudService(
        UUID id,
        UUID vendorId,
        String providerKey,
        @Nullable String serviceKey,
        String serviceName,
        @Nullable String tier,
        @Nullable String regions,
        List<String> featuresInUse,
        boolean holdsPhi) {

    public CloudService {
        featuresInUse = List.copyOf(featuresInUse);
    }
}
