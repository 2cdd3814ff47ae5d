package io.safeguard.inventory;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inventory module's API: ePHI assets, their encryption history, and data flows. */
@Service
@Transactional
public class Inventory {
    private final JdbcAssets assets;
    private final JdbcDataFlows flows;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    Inventory(JdbcAssets assets, JdbcDataFlows flows, Organizations organizations, AccountAdministration accounts,
            ActivityTrail trail, Clock clock) {
        this.assets = assets;
        this.flows = flows;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(organizations.get(tenant).zone()));
    }

    @Transactional(readOnly = true)
    public List<Asset> assets(TenantScope scope) {
        scope.require(Permission.VIEW);
        return assets.all(scope.tenantId());
    }

    @Transactional(readOnly = true)
    public List<Asset> assets(TenantId tenant) {
        return assets.all(tenant);
    }

    @Transactional(readOnly = true)
    public Asset asset(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return assets.find(scope.tenantId(), id).orElseThrow(() -> new NotFound("asset", id));
    }

    public Asset add(TenantScope scope, AssetDetails details) {
        scope.require(Permission.EDIT);
        requireUniqueName(scope.tenantId(), details.name(), null);
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        assets.insertAll(scope.tenantId(), Map.of(id, details), now);
        assets.recordEncryption(scope.tenantId(), id, today(scope.tenantId()), details, who(scope), now);
        trail.record(ActivityEntry.of(scope.tenantId(), "inventory.asset.add", "asset", id).withDetail(details.name()));
        return asset(scope, id);
    }

    public Asset update(TenantScope scope, UUID id, AssetDetails details) {
        scope.require(Permission.EDIT);
        Asset before = asset(scope, id);
        requireUniqueName(scope.tenantId(), details.name(), id);
        boolean material = details.materiallyDiffersFrom(before.details());
        Instant now = clock.instant();
        assets.updateAll(scope.tenantId(), Map.of(id, details), material ? Set.of(id) : Set.of(), now);
        if (details.encryptionDiffersFrom(before.details())) {
            assets.recordEncryption(scope.tenantId(), id, today(scope.tenantId()), details, who(scope), now);
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "inventory.asset.update", "asset", id)
                .withDetail(details.name() + (material ? " (material change)" : "")));
        return asset(scope, id);
    }

    public void retire(TenantScope scope, UUID id, LocalDate on) {
        scope.require(Permission.EDIT);
        Asset asset = asset(scope, id);
        if (!asset.active()) {
            throw new BusinessRuleViolation("inventory.retired", "This asset is already retired.");
        }
        if (on == null || on.isAfter(today(scope.tenantId()))) {
            throw new BusinessRuleViolation("inventory.retire-date", "The retirement date cannot be in the future.");
        }
        assets.retire(scope.tenantId(), id, on, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "inventory.asset.retire", "asset", id).withDetail("on " + on));
    }

    @Transactional(readOnly = true)
    public List<EncryptionRecord> encryptionHistory(TenantScope scope, UUID assetId) {
        asset(scope, assetId);
        return assets.encryptionHistory(scope.tenantId(), assetId);
    }

    /** Every encryption record of the asset, oldest first (for other modules; callers check the tenant's rights). */
    @Transactional(readOnly = true)
    public List<EncryptionRecord> encryptionHistory(TenantId tenant, UUID assetId) {
        return assets.encryptionHistory(tenant, assetId);
    }

    /** The asset's encryption facts in effect on {@code date}, if the inventory knew the asset then. */
    @Transactional(readOnly = true)
    public Optional<EncryptionRecord> encryptionOn(TenantId tenant, UUID assetId, LocalDate date) {
        return EncryptionHistory.on(assets.encryptionHistory(tenant, assetId), date);
    }

    /** Assets added or materially changed after {@code since}: outside a risk analysis made then. */
    @Transactional(readOnly = true)
    public List<Asset> changedSince(TenantId tenant, Instant since) {
        return assets.all(tenant).stream().filter(a -> a.materiallyChangedAt().isAfter(since)).toList();
    }

    @Transactional(readOnly = true)
    public List<DataFlow> dataFlows(TenantScope scope) {
        scope.require(Permission.VIEW);
        return flows.all(scope.tenantId());
    }

    @Transactional(readOnly = true)
    public List<DataFlow> dataFlows(TenantId tenant) {
        return flows.all(tenant);
    }

    public DataFlow addDataFlow(TenantScope scope, String name, @Nullable UUID sourceAsset, @Nullable String sourceParty,
            @Nullable UUID destinationAsset, @Nullable String destinationParty, @Nullable UUID vendorId,
            @Nullable String phiTypes, @Nullable String transport, boolean encrypted, @Nullable String frequency) {
        scope.require(Permission.EDIT);
        String cleanName = name == null ? "" : name.strip();
        if (cleanName.isEmpty() || cleanName.length() > 160) {
            throw new BusinessRuleViolation("inventory.flow-name", "Name the data flow (at most 160 characters).");
        }
        if (flows.all(scope.tenantId()).stream().anyMatch(f -> f.name().equalsIgnoreCase(cleanName))) {
            throw new BusinessRuleViolation("inventory.flow-name-taken", "A data flow with this name exists already.");
        }
        for (UUID asset : new UUID[] {sourceAsset, destinationAsset}) {
            if (asset != null) {
                asset(scope, asset); // an asset of another organization is not found
            }
        }
        String from = blank(sourceParty);
        String to = blank(destinationParty);
        if ((sourceAsset == null) == (from == null) || (destinationAsset == null) == (to == null)) {
            throw new BusinessRuleViolation("inventory.flow-ends", "Each end is either an asset of the inventory or a named outside party.");
        }
        var flow = new DataFlow(UUID.randomUUID(), cleanName, sourceAsset, from, destinationAsset, to, vendorId,
                limit(phiTypes, 500), limit(transport, 160), encrypted, limit(frequency, 60), clock.instant());
        flows.insert(scope.tenantId(), flow, flow.createdAt());
        trail.record(ActivityEntry.of(scope.tenantId(), "inventory.flow.add", "data-flow", flow.id()).withDetail(cleanName));
        return flow;
    }

    public void removeDataFlow(TenantScope scope, UUID id) {
        scope.require(Permission.EDIT);
        if (flows.delete(scope.tenantId(), id) == 0) {
            throw new NotFound("data flow", id);
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "inventory.flow.remove", "data-flow", id));
    }

    private void requireUniqueName(TenantId tenant, String name, @Nullable UUID self) {
        if (assets.all(tenant).stream().anyMatch(a -> a.name().equalsIgnoreCase(name) && !a.id().equals(self))) {
            throw new BusinessRuleViolation("inventory.name-taken", "An asset with this name exists already.");
        }
    }

    private String who(TenantScope scope) {
        return accounts.summary(scope.accountId()).email();
    }

    private static @Nullable String blank(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static @Nullable String limit(@Nullable String text, int max) {
        String value = blank(text);
        if (value != null && value.length() > max) {
            throw new BusinessRuleViolation("inventory.too-long", "A text field may have at most " + max + " characters.");
        }
        return value;
    }
}
