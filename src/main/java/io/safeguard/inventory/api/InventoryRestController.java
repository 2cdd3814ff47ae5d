package io.safeguard.inventory.api;

import io.safeguard.inventory.Asset;
import io.safeguard.inventory.DataFlow;
import io.safeguard.inventory.EncryptionRecord;
import io.safeguard.inventory.Inventory;
import io.safeguard.inventory.web.AssetForm;
import io.safeguard.shared.TenantScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of the ePHI inventory and data flows. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/inventory")
class InventoryRestController {
    private final Inventory inventory;

    InventoryRestController(Inventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping("/assets")
    List<Asset> assets(TenantScope scope) {
        return inventory.assets(scope);
    }

    @GetMapping("/assets/{assetId}")
    Asset asset(TenantScope scope, @PathVariable UUID assetId) {
        return inventory.asset(scope, assetId);
    }

    @GetMapping("/assets/{assetId}/encryption")
    List<EncryptionRecord> encryption(TenantScope scope, @PathVariable UUID assetId) {
        return inventory.encryptionHistory(scope, assetId);
    }

    @PostMapping("/assets")
    @ResponseStatus(HttpStatus.CREATED)
    Asset add(TenantScope scope, @Valid @RequestBody AssetForm body) {
        return inventory.add(scope, body.toDetails());
    }

    @PutMapping("/assets/{assetId}")
    Asset update(TenantScope scope, @PathVariable UUID assetId, @Valid @RequestBody AssetForm body) {
        return inventory.update(scope, assetId, body.toDetails());
    }

    @PostMapping("/assets/{assetId}/retire")
    void retire(TenantScope scope, @PathVariable UUID assetId, @Valid @RequestBody RetireRequest body) {
        inventory.retire(scope, assetId, body.on());
    }

    @GetMapping("/data-flows")
    List<DataFlow> flows(TenantScope scope) {
        return inventory.dataFlows(scope);
    }

    @PostMapping("/data-flows")
    @ResponseStatus(HttpStatus.CREATED)
    DataFlow addFlow(TenantScope scope, @Valid @RequestBody FlowRequest body) {
        return inventory.addDataFlow(scope, body.name(), body.sourceAssetId(), body.sourceParty(), body.destinationAssetId(),
                body.destinationParty(), body.vendorId(), body.phiTypes(), body.transport(), body.encrypted(), body.frequency());
    }

    record RetireRequest(@NotNull LocalDate on) {}

    record FlowRequest(@NotBlank @Size(max = 160) String name, UUID sourceAssetId, @Size(max = 160) String sourceParty,
            UUID destinationAssetId, @Size(max = 160) String destinationParty, UUID vendorId, @Size(max = 500) String phiTypes,
            @Size(max = 160) String transport, boolean encrypted, @Size(max = 60) String frequency) {}
}
