package io.safeguard.inventory.web;

import io.safeguard.inventory.Asset;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.Inventory;
import io.safeguard.inventory.Protection;
import io.safeguard.inventory.RemoteMfa;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The asset inventory: list with the gaps at the top, one asset with its encryption history, the asset form. */
@Controller
@RequestMapping("/t/{tenantId}/inventory")
class InventoryPageController {
    private final Inventory inventory;

    InventoryPageController(Inventory inventory) {
        this.inventory = inventory;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("types", AssetType.values());
        model.addAttribute("protections", Protection.values());
        model.addAttribute("backups", Backup.values());
        model.addAttribute("mfas", RemoteMfa.values());
    }

    @GetMapping
    String list(TenantScope scope, @RequestParam(required = false) AssetType type, @RequestParam(defaultValue = "") String gap,
            @RequestParam(defaultValue = "false") boolean retired, Model model) {
        List<Asset> all = inventory.assets(scope);
        model.addAttribute("unencrypted", all.stream().filter(Asset::unencryptedEphi).toList());
        model.addAttribute("noAuditLog", all.stream().filter(Asset::withoutAuditLog).toList());
        model.addAttribute("unsupported", all.stream().filter(Asset::unsupported).toList());
        model.addAttribute("rows", all.stream()
                .filter(a -> retired || a.active())
                .filter(a -> type == null || a.details().type() == type)
                .filter(a -> switch (gap) {
                    case "unencrypted" -> a.unencryptedEphi();
                    case "no-audit-log" -> a.withoutAuditLog();
                    case "unsupported" -> a.unsupported();
                    default -> true;
                }).toList());
        model.addAttribute("type", type);
        model.addAttribute("gap", gap);
        model.addAttribute("retired", retired);
        return "inventory/assets";
    }

    @GetMapping("/new")
    String newForm(TenantScope scope, Model model) {
        scope.require(Permission.EDIT);
        model.addAttribute("form", AssetForm.blank());
        return "inventory/asset-form";
    }

    @PostMapping("/new")
    String add(TenantScope scope, @Valid @ModelAttribute("form") AssetForm form, BindingResult binding) {
        if (!binding.hasErrors()) {
            try {
                return "redirect:/t/" + scope.tenantId() + "/inventory/" + inventory.add(scope, form.toDetails()).id();
            } catch (BusinessRuleViolation e) {
                binding.reject(e.code(), e.getMessage());
            }
        }
        return "inventory/asset-form";
    }

    @GetMapping("/{assetId}")
    String asset(TenantScope scope, @PathVariable UUID assetId, Model model) {
        Asset asset = inventory.asset(scope, assetId);
        model.addAttribute("asset", asset);
        model.addAttribute("history", inventory.encryptionHistory(scope, assetId));
        model.addAttribute("flows", inventory.dataFlows(scope).stream()
                .filter(f -> assetId.equals(f.sourceAssetId()) || assetId.equals(f.destinationAssetId())).toList());
        model.addAttribute("today", inventory.today(scope.tenantId()));
        return "inventory/asset";
    }

    @GetMapping("/{assetId}/edit")
    String editForm(TenantScope scope, @PathVariable UUID assetId, Model model) {
        scope.require(Permission.EDIT);
        model.addAttribute("form", AssetForm.of(inventory.asset(scope, assetId).details()));
        model.addAttribute("assetId", assetId);
        return "inventory/asset-form";
    }

    @PostMapping("/{assetId}/edit")
    String update(TenantScope scope, @PathVariable UUID assetId, @Valid @ModelAttribute("form") AssetForm form,
            BindingResult binding, Model model) {
        if (!binding.hasErrors()) {
            try {
                inventory.update(scope, assetId, form.toDetails());
                return "redirect:/t/" + scope.tenantId() + "/inventory/" + assetId;
            } catch (BusinessRuleViolation e) {
                binding.reject(e.code(), e.getMessage());
            }
        }
        model.addAttribute("assetId", assetId);
        return "inventory/asset-form";
    }

    @PostMapping("/{assetId}/retire")
    String retire(TenantScope scope, @PathVariable UUID assetId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
        try {
            inventory.retire(scope, assetId, on);
            redirect.addFlashAttribute("notice", "Asset retired.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/inventory/" + assetId;
    }
}
