package io.safeguard.assessment.web;

import io.safeguard.assessment.Assessment;
import io.safeguard.assessment.AssessmentReports;
import io.safeguard.assessment.AssessmentSummary;
import io.safeguard.assessment.Assessments;
import io.safeguard.assessment.FindingStatus;
import io.safeguard.assessment.OcrPackage;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
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

/** OCR readiness: the latest assessment with its findings, the trend, what changed, and running a new one. */
@Controller
@RequestMapping("/t/{tenantId}/assessment")
class AssessmentPageController {
    private final Assessments assessments;
    private final AssessmentReports reports;
    private final OcrPackage ocrPackage;

    AssessmentPageController(Assessments assessments, AssessmentReports reports, OcrPackage ocrPackage) {
        this.assessments = assessments;
        this.reports = reports;
        this.ocrPackage = ocrPackage;
    }

    /** The OCR data request package for a date range, as one zip with an index and a SHA-256 manifest. */
    @GetMapping("/package")
    ResponseEntity<byte[]> ocrPackage(TenantScope scope,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) throws java.io.IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        ocrPackage.write(scope, from, to, bytes);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/zip"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ocr-package-" + from + "-to-" + to + ".zip").build().toString())
                .body(bytes.toByteArray());
    }

    @GetMapping
    String latest(TenantScope scope, @RequestParam(required = false) UUID id, Model model) {
        List<AssessmentSummary> history = assessments.history(scope);
        model.addAttribute("history", history);
        model.addAttribute("trend", Trend.of(history));
        model.addAttribute("today", assessments.today(scope.tenantId()));
        model.addAttribute("statuses", FindingStatus.values());
        if (!history.isEmpty()) {
            UUID shown = id != null ? id : history.getLast().id();
            Assessment current = assessments.get(scope, shown);
            model.addAttribute("assessment", current);
            int index = history.stream().map(AssessmentSummary::id).toList().indexOf(shown);
            if (index > 0) {
                Assessment previous = assessments.get(scope, history.get(index - 1).id());
                model.addAttribute("previous", previous);
                model.addAttribute("changes", Assessments.changes(previous, current));
            }
        }
        return "assessment/assessment";
    }

    @PostMapping
    String run(TenantScope scope, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            RedirectAttributes redirect) {
        try {
            Assessment a = assessments.run(scope, asOf == null ? assessments.today(scope.tenantId()) : asOf);
            redirect.addFlashAttribute("notice", "Assessed as of " + a.asOf() + ": readiness score " + a.score() + ".");
            return "redirect:/t/" + scope.tenantId() + "/assessment?id=" + a.id();
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/t/" + scope.tenantId() + "/assessment";
        }
    }

    @GetMapping("/{id}/report")
    String report(TenantScope scope, @PathVariable UUID id, Model model) {
        model.addAllAttributes(reports.model(scope, assessments.get(scope, id)));
        return AssessmentReports.TEMPLATE;
    }

    @GetMapping("/{id}/report.pdf")
    ResponseEntity<byte[]> pdf(TenantScope scope, @PathVariable UUID id) {
        Assessment a = assessments.get(scope, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("ocr-readiness-" + a.asOf() + ".pdf").build().toString())
                .body(reports.pdf(scope, a));
    }

    @GetMapping(value = "/{id}/oscal.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    String oscal(TenantScope scope, @PathVariable UUID id) {
        return reports.oscal(scope, assessments.get(scope, id));
    }

    @GetMapping(value = "/{id}/report.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @org.springframework.web.bind.annotation.ResponseBody
    String json(TenantScope scope, @PathVariable UUID id) {
        return reports.json(assessments.get(scope, id));
    }
}
