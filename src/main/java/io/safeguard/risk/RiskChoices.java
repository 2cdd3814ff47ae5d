package io.safeguard.risk;

import io.safeguard.inventory.Inventory;
import io.safeguard.shared.TenantId;
import io.safeguard.vendor.Vendors;
import java.util.List;
import org.springframework.stereotype.Component;

/** What a risk form offers to choose from: this organization's targets and the threat library. */
@Component
public class RiskChoices {
    private final Inventory inventory;
    private final Vendors vendors;
    private final ThreatLibrary library;
    private final Risks risks;

    RiskChoices(Inventory inventory, Vendors vendors, ThreatLibrary library, Risks risks) {
        this.inventory = inventory;
        this.vendors = vendors;
        this.library = library;
        this.risks = risks;
    }

    public List<RiskTarget> targets(TenantId tenant) {
        return Targets.choices(inventory.assets(tenant), inventory.dataFlows(tenant),
                vendors.overview(tenant, risks.today(tenant)).vendors().stream().map(r -> r.vendor()).toList());
    }

    public ThreatLibrary library() {
        return library;
    }
}
