package io.safeguard.catalog;

import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleSection;
import io.safeguard.shared.bundle.BundleWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The catalog part of a bundle: the overlays shown ({@code catalog/overlays.yaml}) and every addressable decision
 * with its history ({@code catalog/addressable-decisions.csv}, oldest first).
 */
@Component
class CatalogBundle implements BundleSection {
    private static final List<String> HEADER = List.of("requirement", "decision", "rationale", "alternative", "decidedBy",
            "decidedOn", "reviewOn", "recordedAt");
    private final JdbcAddressableDecisions decisions;
    private final JdbcOverlaySelections overlays;

    CatalogBundle(JdbcAddressableDecisions decisions, JdbcOverlaySelections overlays) {
        this.decisions = decisions;
        this.overlays = overlays;
    }

    @Override
    public String name() {
        return "catalog";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void exportTo(TenantId tenant, BundleWriter out) throws IOException {
        out.yaml("catalog/overlays.yaml", new Overlays(overlays.enabled(tenant).stream().sorted().toList()));
        List<List<String>> rows = new ArrayList<>();
        for (AddressableDecision d : decisions.all(tenant)) {
            rows.add(Arrays.asList(d.requirementId(), d.decision().name(), d.rationale(), d.alternative(), d.decidedByName(),
                    d.decidedOn().toString(), d.reviewOn().toString(), d.recordedAt().toString()));
        }
        out.csv("catalog/addressable-decisions.csv", HEADER, rows);
    }

    @Override
    public void importFrom(TenantScope scope, BundleReader in) throws IOException {
        if (in.exists("catalog/overlays.yaml")) {
            for (String key : in.yaml("catalog/overlays.yaml", Overlays.class).enabled()) {
                overlays.set(scope.tenantId(), key, true);
            }
        }
        for (BundleReader.Row row : in.csv("catalog/addressable-decisions.csv")) {
            try {
                decisions.insert(scope.tenantId(), new AddressableDecision(UUID.randomUUID(), row.get("requirement"),
                        Decision.valueOf(row.get("decision")), row.get("rationale"), row.get("alternative"),
                        scope.accountId(), row.get("decidedBy"), LocalDate.parse(row.get("decidedOn")),
                        LocalDate.parse(row.get("reviewOn")), Instant.parse(row.get("recordedAt"))));
            } catch (RuntimeException e) {
                throw new IOException("catalog/addressable-decisions.csv line " + row.line() + ": not a valid decision", e);
            }
        }
    }

    record Overlays(List<String> enabled) {}
}
