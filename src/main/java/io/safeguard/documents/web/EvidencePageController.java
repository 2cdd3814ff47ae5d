package io.safeguard.documents.web;

import io.safeguard.documents.Evidence;
import io.safeguard.documents.EvidenceFile;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Evidence files: list and filter, upload, download, legal hold, deletion after retention. */
@Controller
@RequestMapping("/t/{tenantId}/evidence")
class EvidencePageController {
    private final Evidence evidence;

    EvidencePageController(Evidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping
    String list(TenantScope scope, @RequestParam(defaultValue = "") String requirement, Model model) {
        model.addAttribute("files", evidence.list(scope).stream()
                .filter(f -> requirement.isBlank() || f.requirements().contains(requirement.strip())).toList());
        model.addAttribute("requirement", requirement);
        model.addAttribute("today", evidence.today(scope.tenantId()));
        return "documents/evidence";
    }

    @PostMapping
    String upload(TenantScope scope, @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate speaksFor,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String requirements,
            RedirectAttributes redirect) throws IOException {
        if (file.isEmpty()) {
            redirect.addFlashAttribute("error", "Choose a file to upload.");
            return "redirect:/t/" + scope.tenantId() + "/evidence";
        }
        try (InputStream in = file.getInputStream()) {
            EvidenceFile stored = evidence.upload(scope, in, file.getOriginalFilename(), speaksFor, description,
                    Arrays.asList(requirements.split("[,;\\s]+")));
            return "redirect:/t/" + scope.tenantId() + "/evidence/" + stored.id();
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/t/" + scope.tenantId() + "/evidence";
        }
    }

    @GetMapping("/{evidenceId}")
    String detail(TenantScope scope, @PathVariable UUID evidenceId, Model model) {
        model.addAttribute("file", evidence.get(scope, evidenceId));
        model.addAttribute("today", evidence.today(scope.tenantId()));
        return "documents/evidence-file";
    }

    @GetMapping("/{evidenceId}/download")
    ResponseEntity<InputStreamResource> download(TenantScope scope, @PathVariable UUID evidenceId) throws IOException {
        EvidenceFile file = evidence.get(scope, evidenceId);
        InputStream in = evidence.open(scope, evidenceId);
        boolean inline = file.contentType().equals("application/pdf") || file.contentType().startsWith("image/")
                || file.contentType().equals("text/plain");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                        .filename(file.fileName()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(in));
    }

    @PostMapping("/{evidenceId}/hold")
    String hold(TenantScope scope, @PathVariable UUID evidenceId, @RequestParam boolean hold,
            @RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
        try {
            evidence.setLegalHold(scope, evidenceId, hold, reason);
            redirect.addFlashAttribute("notice", hold ? "Legal hold set." : "Legal hold released.");
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/t/" + scope.tenantId() + "/evidence/" + evidenceId;
    }

    @PostMapping("/{evidenceId}/delete")
    String delete(TenantScope scope, @PathVariable UUID evidenceId, RedirectAttributes redirect) {
        try {
            evidence.delete(scope, evidenceId);
            redirect.addFlashAttribute("notice", "Evidence deleted.");
            return "redirect:/t/" + scope.tenantId() + "/evidence";
        } catch (BusinessRuleViolation e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/t/" + scope.tenantId() + "/evidence/" + evidenceId;
        }
    }
}
