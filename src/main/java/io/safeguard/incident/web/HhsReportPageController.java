package io.safeguard.incident.web;

import io.safeguard.incident.HhsReport;
import io.safeguard.incident.HhsReports;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Drafts of the notice to the Secretary: one breach's portal report, and the annual log of small breaches. */
@Controller
@RequestMapping("/t/{tenantId}/incidents")
class HhsReportPageController {
    private final HhsReports reports;

    HhsReportPageController(HhsReports reports) {
        this.reports = reports;
    }

    @GetMapping("/{incidentId}/hhs-report")
    String report(TenantScope scope, @PathVariable UUID incidentId, Model model) {
        HhsReport r = reports.report(scope, incidentId);
        model.addAllAttributes(reports.model("Notice to the Secretary of HHS, " + r.incidentCode(), List.of(r), r.dueOn()));
        return HhsReports.TEMPLATE;
    }

    @GetMapping("/{incidentId}/hhs-report.pdf")
    ResponseEntity<byte[]> reportPdf(TenantScope scope, @PathVariable UUID incidentId) {
        HhsReport r = reports.report(scope, incidentId);
        return pdf("hhs-report-" + r.incidentCode() + "-draft.pdf",
                reports.pdf("Notice to the Secretary of HHS, " + r.incidentCode(), List.of(r), r.dueOn()));
    }

    @GetMapping("/annual-log")
    String log(TenantScope scope, @RequestParam int year, Model model) {
        model.addAllAttributes(reports.model(title(year), reports.annualLog(scope, year), due(year)));
        return HhsReports.TEMPLATE;
    }

    @GetMapping("/annual-log.pdf")
    ResponseEntity<byte[]> logPdf(TenantScope scope, @RequestParam int year) {
        return pdf("hhs-annual-log-" + year + "-draft.pdf", reports.pdf(title(year), reports.annualLog(scope, year), due(year)));
    }

    private static String title(int year) {
        return "Breaches of fewer than 500 individuals discovered in " + year + " (annual log to HHS)";
    }

    /** 164.408(c): no later than 60 days after the end of the calendar year of discovery. */
    private static LocalDate due(int year) {
        return LocalDate.of(year, 12, 31).plusDays(60);
    }

    private static ResponseEntity<byte[]> pdf(String fileName, byte[] body) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString()).body(body);
    }
}
