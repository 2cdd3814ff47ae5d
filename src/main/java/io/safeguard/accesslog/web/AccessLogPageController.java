package io.safeguard.accesslog.web;

import io.safeguard.accesslog.ingest.AccessLogIngest;
import io.safeguard.accesslog.ingest.CsvMapping;
import io.safeguard.accesslog.ingest.Format;
import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.ledger.AccessLogSearch;
import io.safeguard.accesslog.ledger.Retention;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.ReadOnlyRequest;
import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The access log's pages: the ledger (size, latest signed checkpoint, verification), ingest runs with their progress
 * and rejected records, upload, search by patient or user, the patient's "who accessed my record" report, retention.
 */
@Controller
@RequestMapping("/t/{tenantId}/accesslog")
class AccessLogPageController {
    private final AccessLogIngest ingest;
    private final AccessLedger ledger;
    private final AccessLogSearch search;
    private final Retention retention;
    private final Path uploads;

    AccessLogPageController(AccessLogIngest ingest, AccessLedger ledger, AccessLogSearch search, Retention retention,
            @Value("${safeguard.data-dir}") String dataDir) {
        this.ingest = ingest;
        this.ledger = ledger;
        this.search = search;
        this.retention = retention;
        this.uploads = Path.of(dataDir, "accesslog", "uploads");
    }

    @GetMapping
    String overview(TenantScope scope, Model model) {
        model.addAttribute("status", ledger.status(scope));
        model.addAttribute("runs", ingest.runs(scope));
        model.addAttribute("formats", Arrays.stream(Format.values()).map(f -> f.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList());
        model.addAttribute("mappings", CsvMapping.builtInNames());
        model.addAttribute("today", search.today(scope));
        model.addAttribute("years", retention.years(scope.tenantId()));
        model.addAttribute("cutoff", retention.cutoff(scope.tenantId()));
        model.addAttribute("holds", retention.holds(scope.tenantId()));
        model.addAttribute("expiries", retention.runs(scope.tenantId()));
        return "accesslog/overview";
    }

    @PostMapping("/upload")
    String upload(TenantScope scope, @RequestParam MultipartFile file, @RequestParam String format, @RequestParam(required = false) String mapping,
            @RequestParam(required = false) String source, RedirectAttributes redirect) throws IOException {
        scope.require(Permission.EDIT);
        if (file.isEmpty()) {
            redirect.addFlashAttribute("error", "Choose a file to ingest.");
            return "redirect:/t/" + scope.tenantId() + "/accesslog";
        }
        Files.createDirectories(uploads);
        Path stored = Files.createTempFile(uploads, "upload", ".bin"); // the upload's own name never reaches a path
        try (InputStream in = file.getInputStream()) {
            Files.copy(in, stored, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            String name = displayName(file.getOriginalFilename());
            UUID run = ingest.startInBackground(scope, new AccessLogIngest.Request(format, blank(mapping), blank(source), name,
                    AccessLogIngest.Channel.UPLOAD), stored);
            return "redirect:/t/" + scope.tenantId() + "/accesslog/runs/" + run;
        } catch (RuntimeException e) {
            Files.deleteIfExists(stored);
            if (!(e instanceof BusinessRuleViolation)) {
                throw e;
            }
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/t/" + scope.tenantId() + "/accesslog";
        }
    }

    @GetMapping("/runs/{id}")
    String run(TenantScope scope, @PathVariable UUID id, Model model) {
        var run = ingest.run(scope, id);
        model.addAttribute("run", run);
        model.addAttribute("rejections", run.running() ? java.util.List.of() : ingest.rejections(scope, id));
        return "accesslog/run";
    }

    /**
     * The search form. Searches and the patient report are posted, never put in a URL: patient and user ids would
     * otherwise stay in browser history, proxy and server logs (the ids are PHI).
     */
    @GetMapping("/search")
    String searchForm(TenantScope scope, Model model) {
        scope.require(Permission.VIEW);
        LocalDate today = search.today(scope);
        model.addAttribute("from", today.minusDays(30));
        model.addAttribute("to", today);
        return "accesslog/search";
    }

    @PostMapping("/search")
    @ReadOnlyRequest
    String search(TenantScope scope, @RequestParam(required = false) String patient, @RequestParam(required = false) String user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = search.today(scope);
        LocalDate first = from == null ? today.minusDays(30) : from;
        LocalDate last = to == null ? today : to;
        model.addAttribute("patient", patient);
        model.addAttribute("user", user);
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        if (blank(patient) != null || blank(user) != null) {
            try {
                model.addAttribute("result", search.search(scope, new AccessLogSearch.Query(blank(patient), blank(user), first, last)));
            } catch (BusinessRuleViolation e) {
                model.addAttribute("error", e.getMessage());
            }
        } else {
            scope.require(Permission.VIEW);
        }
        return "accesslog/search";
    }

    /** "Who accessed my record": every access to one patient's record over a period, grouped by person, printable. */
    @PostMapping("/patient-report")
    @ReadOnlyRequest
    String patientReport(TenantScope scope, @RequestParam String patient,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
        LocalDate today = search.today(scope);
        var result = search.search(scope, new AccessLogSearch.Query(patient, null, from == null ? today.minusYears(1) : from,
                to == null ? today : to));
        model.addAttribute("result", result);
        model.addAttribute("patientId", patient);
        model.addAttribute("people", PatientReport.of(result));
        return "accesslog/patient";
    }

    @PostMapping("/verify")
    @ReadOnlyRequest
    String verify(TenantScope scope, RedirectAttributes redirect) {
        scope.require(Permission.VIEW);
        var report = ledger.verify(scope.tenantId());
        redirect.addFlashAttribute("verification", report);
        return "redirect:/t/" + scope.tenantId() + "/accesslog";
    }

    @PostMapping("/retention")
    String retention(TenantScope scope, @RequestParam int years, RedirectAttributes redirect) {
        return act(scope, redirect, () -> retention.setYears(scope, years), "Retention changed.");
    }

    @PostMapping("/holds")
    String hold(TenantScope scope, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam String reason, RedirectAttributes redirect) {
        return act(scope, redirect, () -> retention.placeHold(scope, from, to, reason), "Legal hold placed.");
    }

    @PostMapping("/holds/{id}/release")
    String release(TenantScope scope, @PathVariable UUID id, RedirectAttributes redirect) {
        return act(scope, redirect, () -> retention.releaseHold(scope, id), "Legal hold released.");
    }

    private String act(TenantScope scope, RedirectAttributes redirect, Runnable action, String done) {
        try {
            action.run();
            redirect.addFlashAttribute("message", done);
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/accesslog";
    }

    /** The upload's name for display only: the part after the last slash, without control characters, at most 200 long. */
    static String displayName(String original) {
        if (original == null) {
            return null;
        }
        String name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("\\p{Cntrl}", "").strip();
        return name.isEmpty() ? null : name.length() > 200 ? name.substring(0, 200) : name;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
