package io.safeguard.incident.web;

import io.safeguard.incident.TabletopScenarios;
import io.safeguard.incident.Tabletops;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tabletop exercises: schedule from the scenario library, run inject by inject, record findings into the register. */
@Controller
@RequestMapping("/t/{tenantId}/tabletops")
class TabletopPageController {
    private final Tabletops tabletops;
    private final TabletopScenarios scenarios;

    TabletopPageController(Tabletops tabletops, TabletopScenarios scenarios) {
        this.tabletops = tabletops;
        this.scenarios = scenarios;
    }

    @GetMapping
    String list(TenantScope scope, Model model) {
        model.addAttribute("tabletops", tabletops.list(scope));
        model.addAttribute("scenarios", scenarios.all());
        model.addAttribute("today", tabletops.today(scope.tenantId()));
        return "incident/tabletops";
    }

    @PostMapping
    String schedule(TenantScope scope, @RequestParam String scenario,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on, @RequestParam String facilitator,
            @RequestParam(required = false) String participants, RedirectAttributes redirect) {
        try {
            return "redirect:/t/" + scope.tenantId() + "/tabletops/" + tabletops.schedule(scope, scenario, on, facilitator, participants).id();
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/t/" + scope.tenantId() + "/tabletops";
        }
    }

    @GetMapping("/{id}")
    String exercise(TenantScope scope, @PathVariable UUID id, Model model) {
        var tabletop = tabletops.get(scope, id);
        model.addAttribute("tabletop", tabletop);
        model.addAttribute("scenario", scenarios.find(tabletop.scenario()).orElse(null));
        model.addAttribute("today", tabletops.today(scope.tenantId()));
        return "incident/tabletop";
    }

    @PostMapping("/{id}/held")
    String held(TenantScope scope, @PathVariable UUID id, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
            @RequestParam String participants, RedirectAttributes redirect) {
        return act(scope, id, redirect, () -> tabletops.held(scope, id, on, participants), "Recorded as held.");
    }

    @PostMapping("/{id}/notes")
    String note(TenantScope scope, @PathVariable UUID id, @RequestParam(required = false) Integer inject, @RequestParam String text,
            RedirectAttributes redirect) {
        return act(scope, id, redirect, () -> tabletops.note(scope, id, inject, text), "Note added.");
    }

    @PostMapping("/{id}/findings")
    String finding(TenantScope scope, @PathVariable UUID id, @RequestParam String text, RedirectAttributes redirect) {
        return act(scope, id, redirect, () -> tabletops.finding(scope, id, text), "Finding added to the risk register: rate and treat it there.");
    }

    private String act(TenantScope scope, UUID id, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/tabletops/" + id;
    }
}
