package io.safeguard.risk.web;

import io.safeguard.risk.Questionnaire;
import io.safeguard.risk.RiskLevel;
import io.safeguard.risk.RiskMatrix;
import io.safeguard.risk.RiskSettings;
import io.safeguard.risk.Risks;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Ways into the register: suggestions from the inventory, the guided questionnaire; and the tenant's risk method. */
@Controller
@RequestMapping("/t/{tenantId}/risks")
class RiskToolsPageController {
    private final Risks risks;
    private final Questionnaire questionnaire;

    RiskToolsPageController(Risks risks, Questionnaire questionnaire) {
        this.risks = risks;
        this.questionnaire = questionnaire;
    }

    @GetMapping("/suggestions")
    String suggestions(TenantScope scope, Model model) {
        model.addAttribute("suggestions", risks.suggestions(scope));
        return "risk/suggestions";
    }

    @PostMapping("/suggestions")
    String addSuggestions(TenantScope scope, @RequestParam(name = "key", required = false) List<String> keys,
            RedirectAttributes redirect) {
        int added = risks.addSuggestions(scope, keys == null ? List.of() : keys).size();
        redirect.addFlashAttribute("notice", added + (added == 1 ? " draft risk" : " draft risks") + " added: rate and confirm each.");
        return "redirect:/t/" + scope.tenantId() + "/risks?status=DRAFT";
    }

    @GetMapping("/questionnaire")
    String questionnaire(TenantScope scope, Model model) {
        model.addAttribute("areas", questionnaire.areas());
        return "risk/questionnaire";
    }

    @PostMapping("/questionnaire")
    String answer(TenantScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        Map<String, Questionnaire.Answer> answers = new HashMap<>();
        form.forEach((name, value) -> {
            if (name.startsWith("q.") && !value.isBlank()) {
                answers.put(name.substring(2), Questionnaire.Answer.valueOf(value));
            }
        });
        int added = risks.answer(scope, answers).size();
        redirect.addFlashAttribute("notice", added + (added == 1 ? " draft risk" : " draft risks")
                + " created from your answers: rate and confirm each.");
        return "redirect:/t/" + scope.tenantId() + "/risks?status=DRAFT";
    }

    @GetMapping("/settings")
    String settings(TenantScope scope, Model model) {
        model.addAttribute("settings", risks.settings(scope.tenantId()));
        model.addAttribute("levels", RiskLevel.values());
        return "risk/settings";
    }

    @PostMapping("/settings")
    String saveSettings(TenantScope scope, @RequestParam Map<String, String> form, RedirectAttributes redirect) {
        try {
            RiskMatrix matrix = RiskMatrix.NIST_800_30;
            for (int l = 1; l <= 5; l++) {
                for (int i = 1; i <= 5; i++) {
                    matrix = matrix.with(l, i, RiskLevel.valueOf(form.getOrDefault("cell-" + l + "-" + i, "")));
                }
            }
            risks.updateSettings(scope, new RiskSettings(matrix, RiskLevel.valueOf(form.getOrDefault("threshold", "")),
                    Integer.parseInt(form.getOrDefault("reviewMonths", ""))));
            redirect.addFlashAttribute("notice", "Risk method saved.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", "Choose a level for every cell, a threshold and a review period in months.");
        }
        return "redirect:/t/" + scope.tenantId() + "/risks/settings";
    }
}
