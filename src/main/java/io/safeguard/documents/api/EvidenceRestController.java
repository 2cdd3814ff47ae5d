package io.safeguard.documents.api;

import io.safeguard.documents.Evidence;
import io.safeguard.documents.EvidenceFile;
import io.safeguard.documents.Policies;
import io.safeguard.documents.PolicyDocument;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.springframework.core.io.InputStreamResource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** REST API of evidence files and the policy register. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}")
class EvidenceRestController {
    private final Evidence evidence;
    private final Policies policies;

    EvidenceRestController(Evidence evidence, Policies policies) {
        this.evidence = evidence;
        this.policies = policies;
    }

    @GetMapping("/evidence")
    List<EvidenceFile> list(TenantScope scope) {
        return evidence.list(scope);
    }

    @GetMapping("/evidence/{evidenceId}")
    EvidenceFile get(TenantScope scope, @PathVariable UUID evidenceId) {
        return evidence.get(scope, evidenceId);
    }

    @PostMapping(path = "/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    EvidenceFile upload(TenantScope scope, @RequestParam("file") MultipartFile file,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate speaksFor,
            @RequestParam(defaultValue = "") String description, @RequestParam(defaultValue = "") String requirements)
            throws IOException {
        if (file.isEmpty()) {
            throw new BusinessRuleViolation("documents.empty", "The file is empty.");
        }
        try (InputStream in = file.getInputStream()) {
            return evidence.upload(scope, in, file.getOriginalFilename(), speaksFor, description,
                    Arrays.asList(requirements.split("[,;\\s]+")));
        }
    }

    @GetMapping("/evidence/{evidenceId}/content")
    ResponseEntity<InputStreamResource> content(TenantScope scope, @PathVariable UUID evidenceId) throws IOException {
        EvidenceFile file = evidence.get(scope, evidenceId);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .header("Digest", "sha-256=" + file.sha256())
                .body(new InputStreamResource(evidence.open(scope, evidenceId)));
    }

    @DeleteMapping("/evidence/{evidenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(TenantScope scope, @PathVariable UUID evidenceId) {
        evidence.delete(scope, evidenceId);
    }

    @GetMapping("/documents")
    List<PolicyDocument> documents(TenantScope scope) {
        return policies.register(scope);
    }
}
