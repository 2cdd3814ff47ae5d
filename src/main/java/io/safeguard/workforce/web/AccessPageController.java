package io.safeguard.workforce.web;

import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import io.safeguard.workforce.WorkforceMember;
import io.safeguard.workforce.Workforce;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Access grants per system, and the termination-to-revocation report. */
@Controller
@RequestMapping("/t/{tenantId}/workforce/access")
class AccessPageController {
    private final Workforce workforce;

    AccessPageController(Workforce workforce) {
        this.workforce = workforce;
    }

    @GetMapping
    String access(TenantScope scope, @RequestParam(defaultValue = "") String system, Model model) {
        LocalDate today = workforce.today(scope.tenantId());
        Map<UUID, WorkforceMember> members = workforce.roster(scope).stream()
                .collect(Collectors.toMap(WorkforceMember::id, Function.identity()));
        model.addAttribute("members", members);
        model.addAttribute("roster", workforce.roster(scope).stream().filter(m -> m.activeOn(today)).toList());
        model.addAttribute("grants", workforce.grants(scope).stream()
                .filter(g -> system.isBlank() || g.systemName().equalsIgnoreCase(system)).toList());
        model.addAttribute("systems", workforce.grants(scope).stream().map(g -> g.systemName()).distinct().sorted().toList());
        model.addAttribute("system", system);
        model.addAttribute("lags", workforce.terminations(scope.tenantId(), today));
        model.addAttribute("sla", workforce.revocationSlaDays(scope.tenantId()));
        model.addAttribute("today", today);
        return "workforce/access";
    }

    @PostMapping
    String grant(TenantScope scope, @RequestParam UUID memberId, @RequestParam(defaultValue = "") String systemName,
            @RequestParam(defaultValue = "") String accountName, @RequestParam(defaultValue = "") String accessLevel,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate grantedOn,
            RedirectAttributes redirect) {
        try {
            workforce.grant(scope, memberId, systemName, accountName, accessLevel, grantedOn);
            redirect.addFlashAttribute("notice", "Access recorded.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/workforce/access";
    }

    @PostMapping("/{grantId}/revoke")
    String revoke(TenantScope scope, @PathVariable UUID grantId,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, RedirectAttributes redirect) {
        try {
            workforce.revoke(scope, grantId, on);
            redirect.addFlashAttribute("notice", "Access revoked.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/workforce/access";
    }

    @PostMapping("/sla")
    String sla(TenantScope scope, @RequestParam int days, RedirectAttributes redirect) {
        try {
            workforce.setRevocationSlaDays(scope, days);
            redirect.addFlashAttribute("notice", "Revocation deadline saved.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/workforce/access#terminations";
    }
}
