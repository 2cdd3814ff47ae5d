package io.safeguard.inventory.web;

import io.safeguard.inventory.Asset;
import io.safeguard.inventory.Inventory;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Data flows: where ePHI goes between the inventory's assets and outside parties, and how it is protected. */
@Controller
@RequestMapping("/t/{tenantId}/inventory/flows")
class DataFlowPageController {
    private final Inventory inventory;

    DataFlowPageController(Inventory inventory) {
        this.inventory = inventory;
    }

    @GetMapping
    String flows(TenantScope scope, Model model) {
        Map<UUID, Asset> assets = inventory.assets(scope).stream().collect(Collectors.toMap(Asset::id, Function.identity()));
        model.addAttribute("assets", assets);
        model.addAttribute("activeAssets", assets.values().stream().filter(Asset::active)
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList());
        model.addAttribute("flows", inventory.dataFlows(scope));
        return "inventory/flows";
    }

    @PostMapping
    String add(TenantScope scope, @RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String source,
            @RequestParam(defaultValue = "") String sourceParty, @RequestParam(defaultValue = "") String destination,
            @RequestParam(defaultValue = "") String destinationParty, @RequestParam(defaultValue = "") String phiTypes,
            @RequestParam(defaultValue = "") String transport, @RequestParam(defaultValue = "false") boolean encrypted,
            @RequestParam(defaultValue = "") String frequency, RedirectAttributes redirect) {
        try {
            inventory.addDataFlow(scope, name, asset(source), sourceParty, asset(destination), destinationParty, null,
                    phiTypes, transport, encrypted, frequency);
            redirect.addFlashAttribute("notice", "Data flow added.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/inventory/flows";
    }

    @PostMapping("/{flowId}/remove")
    String remove(TenantScope scope, @PathVariable UUID flowId, RedirectAttributes redirect) {
        inventory.removeDataFlow(scope, flowId);
        redirect.addFlashAttribute("notice", "Data flow removed.");
        return "redirect:/t/" + scope.tenantId() + "/inventory/flows";
    }

    private static UUID asset(String value) {
        try {
            return value == null || value.isBlank() ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new io.safeguard.shared.NotFound("asset", value);
        }
    }
}
