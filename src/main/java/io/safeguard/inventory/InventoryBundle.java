package io.safeguard.inventory;

import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleSection;
import io.safeguard.shared.bundle.BundleWriter;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The inventory part of a bundle: {@code inventory/assets.csv} (with the instants an asset was added and last
 * materially changed, which the risk analysis needs), {@code inventory/encryption-history.csv} and
 * {@code inventory/data-flows.csv}, linked by asset name.
 */
@Component
class InventoryBundle implements BundleSection {
    private static final List<String> ASSETS = List.of("name", "type", "description", "owner", "location", "ephi", "recordCount",
            "atRest", "atRestMethod", "atRestFips", "inTransit", "inTransitMethod", "keyCustodian", "keyRotationMonths",
            "keyLastRotated", "auditLogging", "logDestination", "backup", "lastRestoreTest", "operatingSystem", "vendorSupported",
            "mfaRemote", "internetFacing", "hostingVendor", "retiredOn", "createdAt", "materiallyChangedAt");
    private final JdbcAssets assets;
    private final JdbcDataFlows flows;
    private final Clock clock;

    InventoryBundle(JdbcAssets assets, JdbcDataFlows flows, Clock clock) {
        this.assets = assets;
        this.flows = flows;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "inventory";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public void exportTo(TenantId tenant, BundleWriter out) throws IOException {
        List<Asset> all = assets.all(tenant).stream().sorted(Comparator.comparing(Asset::name)).toList();
        Map<UUID, String> names = new HashMap<>();
        all.forEach(a -> names.put(a.id(), a.name()));
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> history = new ArrayList<>();
        for (Asset a : all) {
            var d = a.details();
            rows.add(Arrays.asList(d.name(), d.type().name(), d.description(), d.owner(), d.location(), yes(d.ephi()),
                    text(d.recordCount()), d.atRest().name(), d.atRestMethod(), yes(d.atRestFips()), d.inTransit().name(),
                    d.inTransitMethod(), d.keyCustodian(), text(d.keyRotationMonths()), text(d.keyLastRotated()),
                    yes(d.auditLogging()), d.logDestination(), d.backup().name(), text(d.lastRestoreTest()), d.operatingSystem(),
                    yes(d.vendorSupported()), d.mfaRemote().name(), yes(d.internetFacing()), d.hostingVendor(),
                    text(a.retiredOn()), a.createdAt().toString(), a.materiallyChangedAt().toString()));
            for (EncryptionRecord r : assets.encryptionHistory(tenant, a.id())) {
                history.add(Arrays.asList(a.name(), r.effectiveOn().toString(), r.atRest().name(), r.atRestMethod(),
                        yes(r.atRestFips()), r.inTransit().name(), r.recordedBy(), r.recordedAt().toString()));
            }
        }
        out.csv("inventory/assets.csv", ASSETS, rows);
        out.csv("inventory/encryption-history.csv", List.of("asset", "effectiveOn", "atRest", "atRestMethod", "atRestFips",
                "inTransit", "recordedBy", "recordedAt"), history);
        out.csv("inventory/data-flows.csv", List.of("name", "sourceAsset", "sourceParty", "destinationAsset", "destinationParty",
                "phiTypes", "transport", "encrypted", "frequency", "createdAt"), flows.all(tenant).stream()
                .map(f -> Arrays.asList(f.name(), f.sourceAssetId() == null ? null : names.get(f.sourceAssetId()), f.sourceParty(),
                        f.destinationAssetId() == null ? null : names.get(f.destinationAssetId()), f.destinationParty(),
                        f.phiTypes(), f.transport(), yes(f.encrypted()), f.frequency(), f.createdAt().toString()))
                .toList());
    }

    @Override
    public void importFrom(TenantScope scope, BundleReader in) throws IOException {
        TenantId tenant = scope.tenantId();
        Map<String, UUID> ids = new HashMap<>();
        for (BundleReader.Row r : in.csv("inventory/assets.csv")) {
            try {
                var d = new AssetDetails(r.get("name"), AssetType.valueOf(r.get("type")), r.get("description"), r.get("owner"),
                        r.get("location"), yes(r, "ephi"), integer(r.get("recordCount")), Protection.valueOf(r.get("atRest")),
                        r.get("atRestMethod"), yes(r, "atRestFips"), Protection.valueOf(r.get("inTransit")), r.get("inTransitMethod"),
                        r.get("keyCustodian"), integer(r.get("keyRotationMonths")), date(r.get("keyLastRotated")),
                        yes(r, "auditLogging"), r.get("logDestination"), Backup.valueOf(r.get("backup")), date(r.get("lastRestoreTest")),
                        r.get("operatingSystem"), yes(r, "vendorSupported"), RemoteMfa.valueOf(r.get("mfaRemote")),
                        yes(r, "internetFacing"), r.get("hostingVendor"));
                UUID id = UUID.randomUUID();
                ids.put(d.name(), id);
                Instant created = Instant.parse(r.get("createdAt"));
                assets.insertAll(tenant, Map.of(id, d), created);
                assets.restoreTimestamps(tenant, id, created, Instant.parse(r.get("materiallyChangedAt")));
                if (r.get("retiredOn") != null) {
                    assets.retire(tenant, id, LocalDate.parse(r.get("retiredOn")), Instant.parse(r.get("materiallyChangedAt")));
                    assets.restoreTimestamps(tenant, id, created, Instant.parse(r.get("materiallyChangedAt")));
                }
            } catch (RuntimeException e) {
                throw new IOException("inventory/assets.csv line " + r.line() + ": " + e.getMessage(), e);
            }
        }
        for (BundleReader.Row r : in.csv("inventory/encryption-history.csv")) {
            UUID id = ids.get(r.get("asset"));
            if (id == null) {
                throw new IOException("inventory/encryption-history.csv line " + r.line() + " names an asset not in assets.csv");
            }
            var d = new AssetDetails(r.get("asset"), AssetType.OTHER, null, null, null, true, null,
                    Protection.valueOf(r.get("atRest")), r.get("atRestMethod"), yes(r, "atRestFips"),
                    Protection.valueOf(r.get("inTransit")), null, null, null, null, false, null, Backup.NONE, null, null, true,
                    RemoteMfa.NOT_APPLICABLE, false, null);
            assets.recordEncryption(tenant, id, LocalDate.parse(r.get("effectiveOn")), d, r.get("recordedBy"),
                    Instant.parse(r.get("recordedAt")));
        }
        for (BundleReader.Row r : in.csv("inventory/data-flows.csv")) {
            flows.insert(tenant, new DataFlow(UUID.randomUUID(), r.get("name"),
                    r.get("sourceAsset") == null ? null : ids.get(r.get("sourceAsset")), r.get("sourceParty"),
                    r.get("destinationAsset") == null ? null : ids.get(r.get("destinationAsset")), r.get("destinationParty"),
                    null, r.get("phiTypes"), r.get("transport"), yes(r, "encrypted"), r.get("frequency"), created(r)), created(r));
        }
    }

    /** Bundles written before data flows carried their creation instant import as added now. */
    private Instant created(BundleReader.Row row) {
        return row.get("createdAt") == null ? clock.instant() : Instant.parse(row.get("createdAt"));
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }

    private static boolean yes(BundleReader.Row row, String column) {
        return "yes".equals(row.get(column));
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable Integer integer(@Nullable String text) {
        return text == null ? null : Integer.valueOf(text);
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
