package io.safeguard.organization.api;

import io.safeguard.organization.Organization;
import io.safeguard.organization.Organizations;
import io.safeguard.organization.Site;
import io.safeguard.organization.web.ProfileForm;
import io.safeguard.shared.TenantScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST API of an organization's profile and sites. The tenant comes from the URL and must match the token's. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}")
class OrganizationRestController {
    private final Organizations organizations;

    OrganizationRestController(Organizations organizations) {
        this.organizations = organizations;
    }

    @GetMapping
    Organization get(TenantScope scope) {
        return organizations.get(scope);
    }

    @PutMapping
    Organization update(TenantScope scope, @Valid @RequestBody ProfileForm body) {
        return organizations.update(scope, body.toProfile());
    }

    @GetMapping("/sites")
    List<Site> sites(TenantScope scope) {
        return organizations.sites(scope);
    }

    @PostMapping("/sites")
    @ResponseStatus(HttpStatus.CREATED)
    Site addSite(TenantScope scope, @Valid @RequestBody NewSite body) {
        return organizations.addSite(scope, body.name(), body.address(), body.state());
    }

    record NewSite(@NotBlank @Size(max = 160) String name, @Size(max = 300) String address, @Size(max = 2) String state) {}
}
