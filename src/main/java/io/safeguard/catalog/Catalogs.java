package io.safeguard.catalog;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The requirement catalogs: the rules in force on a date, plus the overlays (proposed rules) an organization chose to
 * see. Loaded once at start-up from the shipped YAML and checked; read-only at run time.
 */
@Service
public class Catalogs {
    private final List<CatalogDefinition> definitions;
    private final JdbcOverlaySelections selections;
    private final ActivityTrail trail;

    Catalogs(JdbcOverlaySelections selections, ActivityTrail trail) {
        this.definitions = CatalogFiles.load();
        this.selections = selections;
        this.trail = trail;
    }

    public List<CatalogDefinition> definitions() {
        return definitions;
    }

    public List<CatalogDefinition> overlays() {
        return definitions.stream().filter(d -> d.kind() == CatalogDefinition.Kind.OVERLAY).toList();
    }

    /** The rows in force on {@code asOf} (base catalogs only): what assessments evaluate. */
    public List<Requirement> inForce(LocalDate asOf) {
        return definitions.stream()
                .filter(d -> d.kind() == CatalogDefinition.Kind.BASE && d.effectiveOn(asOf))
                .flatMap(d -> d.requirements().stream())
                .toList();
    }

    /** The rows an organization sees: those in force, changed and extended by the overlays it switched on. */
    @Transactional(readOnly = true)
    public List<Requirement> forOrganization(TenantId tenant, LocalDate asOf) {
        Map<String, Requirement> rows = new LinkedHashMap<>();
        inForce(asOf).forEach(r -> rows.put(r.id(), r));
        Set<String> enabled = selections.enabled(tenant);
        for (CatalogDefinition overlay : overlays()) {
            if (!enabled.contains(overlay.key())) {
                continue;
            }
            List<Requirement> added = new ArrayList<>();
            for (Requirement row : overlay.requirements()) {
                Requirement base = rows.get(row.id());
                if (base != null) {
                    rows.put(row.id(), base.withProposal(row.designation(), row.note()));
                } else if (row.id().startsWith("NPRM-")) {
                    added.add(row);
                }
            }
            added.forEach(r -> rows.put(r.id(), r));
        }
        return List.copyOf(rows.values());
    }

    @Transactional(readOnly = true)
    public Optional<Requirement> find(TenantId tenant, LocalDate asOf, String id) {
        return forOrganization(tenant, asOf).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Case-insensitive search over citation, title and guidance; empty filters match everything. */
    @Transactional(readOnly = true)
    public List<Requirement> search(TenantId tenant, LocalDate asOf, CatalogQuery query) {
        String text = query.text() == null ? "" : query.text().strip().toLowerCase(Locale.ROOT);
        return forOrganization(tenant, asOf).stream()
                .filter(r -> query.catalog() == null || r.catalog().equals(query.catalog()))
                .filter(r -> query.category() == null || r.category() == query.category())
                .filter(r -> query.designation() == null || r.designation() == query.designation())
                .filter(r -> text.isEmpty() || matches(r, text))
                .toList();
    }

    private static boolean matches(Requirement r, String text) {
        return r.id().toLowerCase(Locale.ROOT).contains(text)
                || r.title().toLowerCase(Locale.ROOT).contains(text)
                || r.guidance().meaning().toLowerCase(Locale.ROOT).contains(text)
                || r.guidance().evidence().stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).contains(text));
    }

    @Transactional(readOnly = true)
    public boolean overlayEnabled(TenantId tenant, String overlayKey) {
        return selections.enabled(tenant).contains(overlayKey);
    }

    /** Shows (or hides) a proposed rule beside the rules in force, for this organization only. */
    @Transactional
    public void selectOverlay(TenantScope scope, String overlayKey, boolean enabled) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        if (overlays().stream().noneMatch(o -> o.key().equals(overlayKey))) {
            throw new NotFound("catalog overlay", overlayKey);
        }
        if (selections.enabled(scope.tenantId()).contains(overlayKey) == enabled) {
            return;
        }
        selections.set(scope.tenantId(), overlayKey, enabled);
        trail.record(ActivityEntry.of(scope.tenantId(), "catalog.overlay." + (enabled ? "enable" : "disable"),
                "catalog", overlayKey));
    }

    static void requireAddressable(Requirement requirement) {
        if (!requirement.addressable() && !(requirement.proposed() && requirement.type() == RequirementType.IMPLEMENTATION_SPECIFICATION)) {
            throw new BusinessRuleViolation("catalog.not-addressable",
                    requirement.id() + " is not an addressable implementation specification: it must be implemented.");
        }
    }
}
