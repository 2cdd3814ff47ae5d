package io.safeguard.inventory;

import io.safeguard.organization.DemoOrganizationLoaded;
import io.safeguard.shared.TenantId;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads a demo organization's inventory ({@code demo/inventory-<key>.yaml}) once, with the dates assets were added. */
@Component
class InventoryDemo {
    private final JdbcAssets assets;
    private final JdbcDataFlows flows;
    private final Clock clock;

    InventoryDemo(JdbcAssets assets, JdbcDataFlows flows, Clock clock) {
        this.assets = assets;
        this.flows = flows;
        this.clock = clock;
    }

    @EventListener
    @org.springframework.core.annotation.Order(10) // before the risk demo, which refers to this data
    void on(DemoOrganizationLoaded event) throws IOException {
        var resource = new ClassPathResource("demo/inventory-" + event.demoKey() + ".yaml");
        if (!resource.exists() || !assets.all(event.tenantId()).isEmpty()) {
            return;
        }
        try (InputStream in = resource.getInputStream()) {
            load(event.tenantId(), YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, DemoFile.class));
        }
    }

    private void load(TenantId tenant, DemoFile demo) {
        Map<String, UUID> ids = new HashMap<>();
        for (DemoAsset a : demo.assets()) {
            UUID id = UUID.randomUUID();
            ids.put(a.details().name(), id);
            Instant added = a.added().atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
            assets.insertAll(tenant, Map.of(id, a.details()), added);
            assets.recordEncryption(tenant, id, a.added(), a.details(), "demo", added);
        }
        for (DemoFlow f : demo.flows()) {
            flows.insert(tenant, new DataFlow(UUID.randomUUID(), f.name(), f.source() == null ? null : ids.get(f.source()),
                    f.sourceParty(), f.destination() == null ? null : ids.get(f.destination()), f.destinationParty(), null,
                    f.phiTypes(), f.transport(), f.encrypted(), f.frequency(), added(f)), added(f));
        }
    }

    private Instant added(DemoFlow f) {
        return f.added() == null ? clock.instant() : f.added().atTime(9, 0).toInstant(java.time.ZoneOffset.UTC);
    }

    record DemoFile(List<DemoAsset> assets, List<DemoFlow> flows) {}

    record DemoAsset(LocalDate added, AssetDetails details) {}

    record DemoFlow(String name, @Nullable String source, @Nullable String sourceParty, @Nullable String destination,
            @Nullable String destinationParty, @Nullable String phiTypes, @Nullable String transport, boolean encrypted,
            @Nullable String frequency, @Nullable LocalDate added) {}
}
