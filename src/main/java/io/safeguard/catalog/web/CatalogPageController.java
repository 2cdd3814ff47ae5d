package io.safeguard.catalog.web;

import io.safeguard.catalog.AddressableDecisions;
import io.safeguard.catalog.CatalogQuery;
import io.safeguard.catalog.Catalogs;
import io.safeguard.catalog.Category;
import io.safeguard.catalog.Decision;
import io.safeguard.catalog.Designation;
import io.safeguard.catalog.Requirement;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/** Browsing and searching the requirement catalogs, and recording addressable decisions. */
@Controller
@RequestMapping("/t/{tenantId}/catalog")
class CatalogPageController {
    private final Catalogs catalogs;
    private final AddressableDecisions decisions;

    CatalogPageController(Catalogs catalogs, AddressableDecisions decisions) {
        this.catalogs = catalogs;
        this.decisions = decisions;
    }

    @GetMapping
    String browse(TenantScope scope, @RequestParam(defaultValue = "") String q,
            @RequestParam(required = false) String catalog, @RequestParam(required = false) Category category,
            @RequestParam(required = false) Designation designation, Model model) {
        LocalDate today = decisions.today(scope.tenantId());
        var query = new CatalogQuery(q, blankToNull(catalog), category, designation);
        List<Requirement> rows = catalogs.search(scope.tenantId(), today, query);
        Map<Category, List<Requirement>> grouped = rows.stream()
                .collect(Collectors.groupingBy(Requirement::category, LinkedHashMap::new, Collectors.toList()));
        model.addAttribute("grouped", grouped);
        model.addAttribute("count", rows.size());
        model.addAttribute("q", q);
        model.addAttribute("catalog", catalog);
        model.addAttribute("category", category);
        model.addAttribute("designation", designation);
        model.addAttribute("catalogs", catalogs.definitions());
        model.addAttribute("categories", Category.values());
        model.addAttribute("designations", Designation.values());
        model.addAttribute("decisions", decisions.current(scope.tenantId()));
        model.addAttribute("overlays", catalogs.overlays());
        model.addAttribute("enabledOverlays", catalogs.overlays().stream()
                .filter(o -> catalogs.overlayEnabled(scope.tenantId(), o.key())).map(o -> o.key()).toList());
        model.addAttribute("today", today);
        return "catalog/browse";
    }

    @GetMapping("/requirement")
    String requirement(TenantScope scope, @RequestParam String id, Model model) {
        LocalDate today = decisions.today(scope.tenantId());
        Requirement requirement = catalogs.find(scope.tenantId(), today, id).orElseThrow(() -> new NotFound("requirement", id));
        List<Requirement> all = catalogs.forOrganization(scope.tenantId(), today);
        model.addAttribute("requirement", requirement);
        model.addAttribute("parent", all.stream().filter(r -> r.id().equals(requirement.parent())).findFirst().orElse(null));
        model.addAttribute("children", all.stream().filter(r -> id.equals(r.parent())).toList());
        model.addAttribute("history", decisions.history(scope.tenantId(), id));
        model.addAttribute("decisionChoices", Decision.values());
        model.addAttribute("today", today);
        model.addAttribute("defaultReview", today.plusYears(1));
        model.addAttribute("canDecide", scope.can(Permission.EDIT) && (requirement.addressable() || isAddressableInForce(today, id)));
        return "catalog/requirement";
    }

    @PostMapping("/requirement/decision")
    String decide(TenantScope scope, @RequestParam String id, @RequestParam Decision decision,
            @RequestParam(defaultValue = "") String rationale, @RequestParam(defaultValue = "") String alternative,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn,
            RedirectAttributes redirect) {
        try {
            decisions.decide(scope, id, decision, rationale, alternative, reviewOn);
            redirect.addFlashAttribute("notice", "Decision recorded.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            redirect.addFlashAttribute("draftRationale", rationale);
            redirect.addFlashAttribute("draftAlternative", alternative);
        }
        return "redirect:/t/" + scope.tenantId() + "/catalog/requirement?id=" + UriUtils.encodeQueryParam(id, "UTF-8");
    }

    @GetMapping("/decisions")
    String decisionOverview(TenantScope scope, Model model) {
        LocalDate today = decisions.today(scope.tenantId());
        model.addAttribute("rows", catalogs.inForce(today).stream().filter(Requirement::addressable).toList());
        model.addAttribute("decisions", decisions.current(scope.tenantId()));
        model.addAttribute("today", today);
        return "catalog/decisions";
    }

    @PostMapping("/overlays")
    String overlay(TenantScope scope, @RequestParam String key, @RequestParam boolean enabled, RedirectAttributes redirect) {
        catalogs.selectOverlay(scope, key, enabled);
        redirect.addFlashAttribute("notice", enabled ? "The proposed rule is now shown beside the rules in force."
                : "The proposed rule is hidden.");
        return "redirect:/t/" + scope.tenantId() + "/catalog";
    }

    private boolean isAddressableInForce(LocalDate today, String id) {
        return catalogs.inForce(today).stream().anyMatch(r -> r.id().equals(id) && r.addressable());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
