package io.safeguard.catalog.api;

import io.safeguard.catalog.AddressableDecision;
import io.safeguard.catalog.AddressableDecisions;
import io.safeguard.catalog.CatalogQuery;
import io.safeguard.catalog.Catalogs;
import io.safeguard.catalog.Category;
import io.safeguard.catalog.Decision;
import io.safeguard.catalog.Designation;
import io.safeguard.catalog.Requirement;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.TenantScope;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REST API: the organization's view of the catalogs, and its addressable decisions. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/catalog")
class CatalogRestController {
    private final Catalogs catalogs;
    private final AddressableDecisions decisions;

    CatalogRestController(Catalogs catalogs, AddressableDecisions decisions) {
        this.catalogs = catalogs;
        this.decisions = decisions;
    }

    @GetMapping("/requirements")
    List<Requirement> requirements(TenantScope scope, @RequestParam(required = false) String q,
            @RequestParam(required = false) String catalog, @RequestParam(required = false) Category category,
            @RequestParam(required = false) Designation designation) {
        return catalogs.search(scope.tenantId(), decisions.today(scope.tenantId()), new CatalogQuery(q, catalog, category, designation));
    }

    @GetMapping("/requirement")
    Requirement requirement(TenantScope scope, @RequestParam String id) {
        return catalogs.find(scope.tenantId(), decisions.today(scope.tenantId()), id).orElseThrow(() -> new NotFound("requirement", id));
    }

    @GetMapping("/decisions")
    Collection<AddressableDecision> current(TenantScope scope) {
        return decisions.current(scope.tenantId()).values();
    }

    @PostMapping("/decisions")
    AddressableDecision decide(TenantScope scope, @Valid @RequestBody DecisionRequest body) {
        return decisions.decide(scope, body.requirementId(), body.decision(), body.rationale(), body.alternative(), body.reviewOn());
    }

    record DecisionRequest(@NotBlank @Size(max = 60) String requirementId, @NotNull Decision decision,
            @NotBlank @Size(max = 4000) String rationale, @Size(max = 4000) String alternative, @NotNull LocalDate reviewOn) {}
}
