package io.safeguard.risk.web;

import io.safeguard.risk.Analysis;
import io.safeguard.risk.RiskAnalyses;
import io.safeguard.risk.RiskReports;
import io.safeguard.risk.Risks;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Risk analyses: the one in progress with its scope and completeness, frozen versions, comparison and the report. */
@Controller
@RequestMapping("/t/{tenantId}/risks/analyses")
class AnalysisPageController {
    private final RiskAnalyses analyses;
    private final Risks risks;
    private final RiskReports reports;

    AnalysisPageController(RiskAnalyses analyses, Risks risks, RiskReports reports) {
        this.analyses = analyses;
        this.risks = risks;
        this.reports = reports;
    }

    @GetMapping
    String list(TenantScope scope, Model model) {
        var all = analyses.list(scope);
        model.addAttribute("analyses", all);
        model.addAttribute("versions", all.stream().filter(Analysis::completed).toList());
        model.addAttribute("currency", analyses.currency(scope.tenantId()).orElse(null));
        model.addAttribute("today", risks.today(scope.tenantId()));
        return "risk/analyses";
    }

    @PostMapping
    String start(TenantScope scope, @RequestParam String title, RedirectAttributes redirect) {
        try {
            return "redirect:/t/" + scope.tenantId() + "/risks/analyses/" + analyses.start(scope, title).id();
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/t/" + scope.tenantId() + "/risks/analyses";
        }
    }

    @GetMapping("/{analysisId}")
    String analysis(TenantScope scope, @PathVariable UUID analysisId, Model model) {
        model.addAttribute("analysis", analyses.get(scope, analysisId));
        model.addAttribute("doc", analyses.document(scope, analysisId));
        return "risk/analysis";
    }

    @PostMapping("/{analysisId}")
    String describe(TenantScope scope, @PathVariable UUID analysisId, @RequestParam String title,
            @RequestParam(required = false) String scopeStatement, @RequestParam(required = false) String method,
            @RequestParam(required = false) String participants, RedirectAttributes redirect) {
        return act(scope, analysisId, redirect,
                () -> analyses.describe(scope, analysisId, title, scopeStatement, method, participants), "Saved.");
    }

    @PostMapping("/{analysisId}/exclude")
    String exclude(TenantScope scope, @PathVariable UUID analysisId, @RequestParam String item,
            @RequestParam String justification, RedirectAttributes redirect) {
        return act(scope, analysisId, redirect, () -> analyses.exclude(scope, analysisId, item, justification), "Excluded from the scope.");
    }

    @PostMapping("/{analysisId}/include")
    String include(TenantScope scope, @PathVariable UUID analysisId, @RequestParam String item, RedirectAttributes redirect) {
        return act(scope, analysisId, redirect, () -> analyses.include(scope, analysisId, item), "Back in the scope.");
    }

    @PostMapping("/{analysisId}/complete")
    String complete(TenantScope scope, @PathVariable UUID analysisId, RedirectAttributes redirect) {
        return act(scope, analysisId, redirect, () -> analyses.complete(scope, analysisId),
                "Analysis completed: this version is frozen and kept for at least six years.");
    }

    @GetMapping("/{analysisId}/report")
    String report(TenantScope scope, @PathVariable UUID analysisId, Model model) {
        model.addAllAttributes(reports.model(analyses.report(scope, analysisId, "HTML")));
        return RiskReports.TEMPLATE;
    }

    @GetMapping("/{analysisId}/report.pdf")
    ResponseEntity<byte[]> pdf(TenantScope scope, @PathVariable UUID analysisId) {
        var doc = analyses.report(scope, analysisId, "PDF");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(RiskReports.fileName(doc)).build().toString())
                .body(reports.pdf(doc));
    }

    @GetMapping("/compare")
    String compare(TenantScope scope, @RequestParam UUID from, @RequestParam UUID to, Model model) {
        model.addAttribute("comparison", analyses.compare(scope, from, to));
        return "risk/compare";
    }

    private String act(TenantScope scope, UUID analysisId, RedirectAttributes redirect, Runnable action, String notice) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", notice);
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/risks/analyses/" + analysisId;
    }
}
