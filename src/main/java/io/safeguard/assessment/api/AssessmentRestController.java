package io.safeguard.assessment.api;

import io.safeguard.assessment.Assessment;
import io.safeguard.assessment.AssessmentReports;
import io.safeguard.assessment.AssessmentSummary;
import io.safeguard.assessment.Assessments;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST access to assessments: history, a new run, a stored assessment (JSON as the CLI writes it) and its PDF. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/assessments")
class AssessmentRestController {
    private final Assessments assessments;
    private final AssessmentReports reports;

    AssessmentRestController(Assessments assessments, AssessmentReports reports) {
        this.assessments = assessments;
        this.reports = reports;
    }

    @GetMapping
    List<AssessmentSummary> history(TenantScope scope) {
        return assessments.history(scope);
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    String run(TenantScope scope, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate asOf) {
        Assessment a = assessments.run(scope, asOf == null ? assessments.today(scope.tenantId()) : asOf);
        return reports.json(a);
    }

    @GetMapping(value = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    String get(TenantScope scope, @PathVariable UUID id) {
        return reports.json(assessments.get(scope, id));
    }

    @GetMapping(value = "/{id}/oscal", produces = MediaType.APPLICATION_JSON_VALUE)
    String oscal(TenantScope scope, @PathVariable UUID id) {
        return reports.oscal(scope, assessments.get(scope, id));
    }

    @GetMapping(value = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    byte[] pdf(TenantScope scope, @PathVariable UUID id) {
        return reports.pdf(scope, assessments.get(scope, id));
    }
}
