package io.safeguard.risk.web;

import io.safeguard.documents.Evidence;
import io.safeguard.risk.MeasureStatus;
import io.safeguard.risk.RegisterFilter;
import io.safeguard.risk.Risk;
import io.safeguard.risk.RiskAnalyses;
import io.safeguard.risk.RiskChoices;
import io.safeguard.risk.RiskDetails;
import io.safeguard.risk.RiskLevel;
import io.safeguard.risk.RiskScales;
import io.safeguard.risk.RiskStatus;
import io.safeguard.risk.RiskTarget;
import io.safeguard.risk.Risks;
import io.safeguard.risk.Strategy;
import io.safeguard.risk.TargetKind;
import io.safeguard.risk.ThreatLibrary;
import io.safeguard.risk.Treatment;
import io.safeguard.shared.AccessDenied;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The risk register (the risk management plan): heat maps, filters, one risk with its treatment and measures. */
@Controller
@RequestMapping("/t/{tenantId}/risks")
class RiskPageController {
    private final Risks risks;
    private final RiskAnalyses analyses;
    private final RiskChoices choices;
    private final Evidence evidence;

    RiskPageController(Risks risks, RiskAnalyses analyses, RiskChoices choices, Evidence evidence) {
        this.evidence = evidence;
        this.risks = risks;
        this.analyses = analyses;
        this.choices = choices;
    }

    @ModelAttribute
    void scales(Model model) {
        model.addAttribute("likelihoods", RiskScales.LIKELIHOOD);
        model.addAttribute("impacts", RiskScales.IMPACT);
        model.addAttribute("levels", RiskLevel.values());
        model.addAttribute("strategies", Strategy.values());
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("measureStatuses", MeasureStatus.values());
    }

    @GetMapping
    String register(TenantScope scope, @RequestParam(required = false) RiskLevel level,
            @RequestParam(required = false) RiskStatus status, @RequestParam(required = false) Strategy strategy,
            @RequestParam(required = false) TargetKind kind, @RequestParam(defaultValue = "false") boolean untreated,
            @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        var filter = new RegisterFilter(level, status, strategy, kind, untreated, overdue);
        model.addAttribute("view", risks.register(scope, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("currency", analyses.currency(scope.tenantId()).orElse(null));
        model.addAttribute("inProgress", analyses.inProgress(scope.tenantId()).orElse(null));
        return "risk/register";
    }

    @GetMapping("/new")
    String newForm(TenantScope scope, @RequestParam(required = false) String target, Model model) {
        scope.require(Permission.EDIT);
        return form(scope, null, target, model);
    }

    @PostMapping("/new")
    String add(TenantScope scope, RiskForm form, Model model, RedirectAttributes redirect) {
        try {
            Risk risk = risks.add(scope, form.toDetails(choices.library()));
            redirect.addFlashAttribute("notice", risk.code() + " added to the register.");
            return "redirect:/t/" + scope.tenantId() + "/risks/" + risk.id();
        } catch (BusinessRuleViolation e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("form", form);
            return form(scope, null, null, model);
        }
    }

    @GetMapping("/{riskId}")
    String risk(TenantScope scope, @PathVariable UUID riskId, Model model) {
        Risk risk = risks.get(scope, riskId);
        var settings = risks.settings(scope.tenantId());
        model.addAttribute("risk", risk);
        model.addAttribute("settings", settings);
        model.addAttribute("level", risk.level(settings));
        model.addAttribute("residual", risk.residualLevel(settings));
        model.addAttribute("today", risks.today(scope.tenantId()));
        model.addAttribute("zone", risks.zone(scope.tenantId()).getId());
        model.addAttribute("evidence", evidence.list(scope));
        return "risk/risk";
    }

    @GetMapping("/{riskId}/edit")
    String editForm(TenantScope scope, @PathVariable UUID riskId, Model model) {
        scope.require(Permission.EDIT);
        Risk risk = risks.get(scope, riskId);
        model.addAttribute("form", RiskForm.of(risk.details()));
        model.addAttribute("current", risk.details().target());
        return form(scope, riskId, null, model);
    }

    @PostMapping("/{riskId}/edit")
    String update(TenantScope scope, @PathVariable UUID riskId, RiskForm form, Model model, RedirectAttributes redirect) {
        try {
            risks.update(scope, riskId, form.toDetails(choices.library()));
            redirect.addFlashAttribute("notice", "Risk updated.");
            return "redirect:/t/" + scope.tenantId() + "/risks/" + riskId;
        } catch (BusinessRuleViolation e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("form", form);
            model.addAttribute("current", risks.get(scope, riskId).details().target());
            return form(scope, riskId, null, model);
        }
    }

    @PostMapping("/{riskId}/confirm")
    String confirm(TenantScope scope, @PathVariable UUID riskId, RedirectAttributes redirect) {
        return act(scope, riskId, redirect, () -> risks.confirm(scope, riskId), "Risk confirmed: it is part of the analysis.");
    }

    @PostMapping("/{riskId}/close")
    String close(TenantScope scope, @PathVariable UUID riskId, @RequestParam String reason, RedirectAttributes redirect) {
        return act(scope, riskId, redirect, () -> risks.close(scope, riskId, reason), "Risk closed.");
    }

    @PostMapping("/{riskId}/treatment")
    String treat(TenantScope scope, @PathVariable UUID riskId, @RequestParam Strategy strategy,
            @RequestParam(required = false) Integer residualLikelihood, @RequestParam(required = false) Integer residualImpact,
            @RequestParam(required = false) String rationale, @RequestParam(required = false) String approver,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewOn,
            RedirectAttributes redirect) {
        String result = act(scope, riskId, redirect, () -> risks.treat(scope, riskId, new Treatment(strategy, residualLikelihood,
                residualImpact, rationale, approver, reviewOn, risks.today(scope.tenantId()))), "Treatment recorded.");
        if (redirect.getFlashAttributes().containsKey("error")) {
            var kept = new java.util.HashMap<String, String>();
            kept.put("strategy", strategy.name());
            kept.put("rationale", rationale);
            kept.put("approver", approver);
            kept.put("reviewOn", reviewOn == null ? null : reviewOn.toString());
            redirect.addFlashAttribute("kept", kept);
        }
        return result;
    }

    @PostMapping("/{riskId}/measures")
    String addMeasure(TenantScope scope, @PathVariable UUID riskId, @RequestParam String description,
            @RequestParam(required = false) String owner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
            @RequestParam(required = false) String requirementId, @RequestParam(required = false) UUID evidenceId,
            RedirectAttributes redirect) {
        String result = act(scope, riskId, redirect,
                () -> risks.addMeasure(scope, riskId, description, owner, dueOn, requirementId, evidenceId), "Measure planned.");
        if (redirect.getFlashAttributes().containsKey("error")) {
            var kept = new java.util.HashMap<String, String>();
            kept.put("description", description);
            kept.put("owner", owner);
            kept.put("dueOn", dueOn == null ? null : dueOn.toString());
            kept.put("requirementId", requirementId);
            redirect.addFlashAttribute("keptMeasure", kept);
        }
        return result;
    }

    @PostMapping("/{riskId}/measures/{measureId}")
    String progress(TenantScope scope, @PathVariable UUID riskId, @PathVariable UUID measureId,
            @RequestParam MeasureStatus status, @RequestParam(required = false) String note,
            @RequestParam(required = false) UUID evidenceId, RedirectAttributes redirect) {
        return act(scope, riskId, redirect, () -> risks.progress(scope, measureId, status, note, evidenceId), "Progress recorded.");
    }

    private String act(TenantScope scope, UUID riskId, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        } catch (AccessDenied e) {
            redirect.addFlashAttribute("error", "Your role does not allow this: accepting, transferring or avoiding a risk, "
                    + "and closing one that needs treatment, are decisions for owners and compliance officers.");
        }
        return "redirect:/t/" + scope.tenantId() + "/risks/" + riskId;
    }

    private String form(TenantScope scope, @Nullable UUID riskId, @Nullable String target, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RiskForm.blank(target));
        }
        model.addAttribute("riskId", riskId);
        var targets = new java.util.ArrayList<>(choices.targets(scope.tenantId()));
        // A risk about a retired asset or a vendor no longer handling PHI keeps its subject when edited.
        if (model.getAttribute("current") instanceof RiskTarget current
                && targets.stream().noneMatch(t -> t.key().equals(current.key()))) {
            targets.add(current);
        }
        model.addAttribute("targets", targets);
        model.addAttribute("library", choices.library());
        return "risk/risk-form";
    }

    /** The risk form's fields; the target is posted as its key, e.g. {@code ASSET:7c1e...}. */
    record RiskForm(@Nullable String target, @Nullable String threatId, @Nullable String threat, @Nullable String vulnerabilityId,
            @Nullable String vulnerability, @Nullable String currentMeasures, @Nullable Integer likelihood, @Nullable Integer impact) {

        static RiskForm blank(@Nullable String target) {
            return new RiskForm(target, null, null, null, null, null, null, null);
        }

        static RiskForm of(RiskDetails d) {
            return new RiskForm(d.target().key(), d.threatId(), d.threat(), d.vulnerabilityId(), d.vulnerability(),
                    d.currentMeasures(), d.likelihood(), d.impact());
        }

        /** A threat or vulnerability chosen from the library without own words takes the library's name. */
        RiskDetails toDetails(ThreatLibrary library) {
            String key = target == null ? "" : target;
            int colon = key.indexOf(':');
            TargetKind kind;
            try {
                kind = TargetKind.valueOf(colon < 0 ? key : key.substring(0, colon));
            } catch (IllegalArgumentException e) {
                throw new BusinessRuleViolation("risk.target", "Choose what the risk is about.");
            }
            String threatText = threat == null || threat.isBlank()
                    ? library.threat(threatId).map(ThreatLibrary.Threat::name).orElse(null) : threat;
            String vulnerabilityText = vulnerability == null || vulnerability.isBlank()
                    ? library.vulnerability(vulnerabilityId).map(ThreatLibrary.Vulnerability::name).orElse(null) : vulnerability;
            return new RiskDetails(new RiskTarget(kind, colon < 0 ? null : key.substring(colon + 1), null), threatId, threatText,
                    vulnerabilityId, vulnerabilityText, currentMeasures, likelihood, impact);
        }
    }
}
