package io.safeguard.risk.api;

import io.safeguard.risk.Analysis;
import io.safeguard.risk.AnalysisCurrency;
import io.safeguard.risk.AnalysisDocument;
import io.safeguard.risk.HeatMap;
import io.safeguard.risk.MeasureStatus;
import io.safeguard.risk.RegisterFilter;
import io.safeguard.risk.RegisterView;
import io.safeguard.risk.Risk;
import io.safeguard.risk.RiskAnalyses;
import io.safeguard.risk.RiskDetails;
import io.safeguard.risk.RiskLevel;
import io.safeguard.risk.RiskReports;
import io.safeguard.risk.RiskStatus;
import io.safeguard.risk.Risks;
import io.safeguard.risk.Strategy;
import io.safeguard.risk.TargetKind;
import io.safeguard.risk.Treatment;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST access to the risk register (the plan) and the analyses, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/risks")
class RiskRestController {
    private final Risks risks;
    private final RiskAnalyses analyses;
    private final RiskReports reports;

    RiskRestController(Risks risks, RiskAnalyses analyses, RiskReports reports) {
        this.risks = risks;
        this.analyses = analyses;
        this.reports = reports;
    }

    record RiskRow(Risk risk, @Nullable RiskLevel level, @Nullable RiskLevel residualLevel, boolean needsTreatment, boolean overdue) {}

    record Register(LocalDate asOf, RiskLevel threshold, int open, int drafts, int untreated, int overdue, List<RiskRow> risks) {}

    record MeasureRequest(String description, @Nullable String owner, @Nullable LocalDate dueOn, @Nullable String requirementId,
            @Nullable UUID evidenceId) {}

    record ProgressRequest(MeasureStatus status, @Nullable String note, @Nullable UUID evidenceId) {}

    record TreatmentRequest(Strategy strategy, @Nullable Integer residualLikelihood, @Nullable Integer residualImpact,
            @Nullable String rationale, @Nullable String approver, @Nullable LocalDate reviewOn) {}

    record CloseRequest(String reason) {}

    @GetMapping
    Register list(TenantScope scope, @RequestParam(required = false) RiskLevel level, @RequestParam(required = false) RiskStatus status,
            @RequestParam(required = false) Strategy strategy, @RequestParam(required = false) TargetKind kind,
            @RequestParam(defaultValue = "false") boolean untreated, @RequestParam(defaultValue = "false") boolean overdue) {
        RegisterView v = risks.register(scope, new RegisterFilter(level, status, strategy, kind, untreated, overdue));
        return new Register(v.today(), v.settings().threshold(), v.open(), v.drafts(), v.untreated(), v.overdue(),
                v.rows().stream().map(r -> new RiskRow(r.risk(), r.level(), r.residual(), r.needsTreatment(), r.overdue())).toList());
    }

    @GetMapping("/heat-map")
    List<HeatMap> heatMap(TenantScope scope) {
        RegisterView v = risks.register(scope, RegisterFilter.ALL);
        return List.of(v.current(), v.residual());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Risk add(TenantScope scope, @RequestBody RiskDetails details) {
        return risks.add(scope, details);
    }

    @GetMapping("/{riskId}")
    Risk get(TenantScope scope, @PathVariable UUID riskId) {
        return risks.get(scope, riskId);
    }

    @PutMapping("/{riskId}")
    Risk update(TenantScope scope, @PathVariable UUID riskId, @RequestBody RiskDetails details) {
        return risks.update(scope, riskId, details);
    }

    @PostMapping("/{riskId}/confirm")
    Risk confirm(TenantScope scope, @PathVariable UUID riskId) {
        return risks.confirm(scope, riskId);
    }

    @PostMapping("/{riskId}/close")
    Risk close(TenantScope scope, @PathVariable UUID riskId, @RequestBody CloseRequest request) {
        return risks.close(scope, riskId, request.reason());
    }

    @PutMapping("/{riskId}/treatment")
    Risk treat(TenantScope scope, @PathVariable UUID riskId, @RequestBody TreatmentRequest t) {
        return risks.treat(scope, riskId, new Treatment(t.strategy(), t.residualLikelihood(), t.residualImpact(), t.rationale(),
                t.approver(), t.reviewOn(), risks.today(scope.tenantId())));
    }

    @PostMapping("/{riskId}/measures")
    @ResponseStatus(HttpStatus.CREATED)
    Risk addMeasure(TenantScope scope, @PathVariable UUID riskId, @RequestBody MeasureRequest m) {
        return risks.addMeasure(scope, riskId, m.description(), m.owner(), m.dueOn(), m.requirementId(), m.evidenceId());
    }

    @PostMapping("/measures/{measureId}/progress")
    Risk progress(TenantScope scope, @PathVariable UUID measureId, @RequestBody ProgressRequest p) {
        return risks.progress(scope, measureId, p.status(), p.note(), p.evidenceId());
    }

    @GetMapping("/analyses")
    List<Analysis> analyses(TenantScope scope) {
        return analyses.list(scope);
    }

    @GetMapping("/analyses/currency")
    ResponseEntity<AnalysisCurrency> currency(TenantScope scope) {
        analyses.list(scope);
        Optional<AnalysisCurrency> currency = analyses.currency(scope.tenantId());
        return currency.map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/analyses/{analysisId}")
    AnalysisDocument analysis(TenantScope scope, @PathVariable UUID analysisId) {
        return analyses.document(scope, analysisId);
    }

    @PostMapping("/analyses/{analysisId}/complete")
    AnalysisDocument complete(TenantScope scope, @PathVariable UUID analysisId) {
        return analyses.complete(scope, analysisId);
    }

    @GetMapping(value = "/analyses/{analysisId}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] report(TenantScope scope, @PathVariable UUID analysisId) {
        return reports.pdf(analyses.report(scope, analysisId, "PDF"));
    }
}
