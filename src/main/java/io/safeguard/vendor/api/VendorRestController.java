package io.safeguard.vendor.api;

import io.safeguard.shared.TenantScope;
import io.safeguard.vendor.Baa;
import io.safeguard.vendor.CloudService;
import io.safeguard.vendor.Vendor;
import io.safeguard.vendor.VendorOverview;
import io.safeguard.vendor.Vendors;
import io.safeguard.vendor.web.VendorForm;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

/** REST API of vendors, business associate agreements and cloud services. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/vendors")
class VendorRestController {
    private final Vendors vendors;

    VendorRestController(Vendors vendors) {
        this.vendors = vendors;
    }

    @GetMapping
    List<Vendor> list(TenantScope scope) {
        return vendors.list(scope);
    }

    /** The at-a-glance view: BAA standing of every vendor, gaps, cloud eligibility. */
    @GetMapping("/overview")
    VendorOverview overview(TenantScope scope) {
        return vendors.overview(scope);
    }

    @GetMapping("/{vendorId}")
    Vendor get(TenantScope scope, @PathVariable UUID vendorId) {
        return vendors.get(scope, vendorId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Vendor create(TenantScope scope, @Valid @RequestBody VendorForm body) {
        return vendors.create(scope, body.toDetails());
    }

    @PutMapping("/{vendorId}")
    Vendor update(TenantScope scope, @PathVariable UUID vendorId, @Valid @RequestBody VendorForm body) {
        return vendors.update(scope, vendorId, body.toDetails());
    }

    @GetMapping("/{vendorId}/baas")
    List<Baa> agreements(TenantScope scope, @PathVariable UUID vendorId) {
        return vendors.agreements(scope, vendorId);
    }

    @PostMapping("/{vendorId}/baas")
    @ResponseStatus(HttpStatus.CREATED)
    Baa recordBaa(TenantScope scope, @PathVariable UUID vendorId, @Valid @RequestBody BaaRequest body) {
        return vendors.recordBaa(scope, vendorId, body.requestedOn(), body.effectiveOn(), body.expiresOn(), body.scope(), null);
    }

    @PostMapping("/{vendorId}/cloud-services")
    @ResponseStatus(HttpStatus.CREATED)
    CloudService addCloudService(TenantScope scope, @PathVariable UUID vendorId, @Valid @RequestBody CloudServiceRequest body) {
        return vendors.addCloudService(scope, vendorId, body.providerKey(), body.serviceKey(), body.serviceName(),
                body.tier(), body.regions(), body.featuresInUse() == null ? List.of() : body.featuresInUse(), body.holdsPhi());
    }

    record BaaRequest(LocalDate requestedOn, LocalDate effectiveOn, LocalDate expiresOn, @Size(max = 1000) String scope) {}

    record CloudServiceRequest(@NotBlank @Size(max = 60) String providerKey, @Size(max = 80) String serviceKey,
            @NotBlank @Size(max = 160) String serviceName, @Size(max = 120) String tier, @Size(max = 300) String regions,
            @Size(max = 50) List<@Size(max = 100) String> featuresInUse, boolean holdsPhi) {}
}
