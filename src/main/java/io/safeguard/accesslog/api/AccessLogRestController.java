package io.safeguard.accesslog.api;

import io.safeguard.accesslog.ingest.AccessLogIngest;
import io.safeguard.accesslog.ledger.AccessLedger;
import io.safeguard.accesslog.ledger.AccessLogSearch;
import io.safeguard.shared.TenantScope;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * REST access to the PHI access log: stream an extract in ({@code POST …/accesslog/events}, body = the file, idempotent),
 * the ledger's status and latest signed checkpoint, inclusion and consistency proofs, search, and ingest runs.
 */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/accesslog")
class AccessLogRestController {
    private final AccessLogIngest ingest;
    private final AccessLedger ledger;
    private final AccessLogSearch search;

    AccessLogRestController(AccessLogIngest ingest, AccessLedger ledger, AccessLogSearch search) {
        this.ingest = ingest;
        this.ledger = ledger;
        this.search = search;
    }

    @PostMapping("/events")
    AccessLogIngest.Report ingest(TenantScope scope, @RequestParam(defaultValue = "csv") String format, @RequestParam(required = false) String mapping,
            @RequestParam(required = false) String source, @RequestParam(required = false) String name, HttpServletRequest request)
            throws IOException {
        return ingest.ingest(scope, new AccessLogIngest.Request(format, mapping, source, name, AccessLogIngest.Channel.API), request.getInputStream(),
                null);
    }

    @GetMapping("/runs")
    java.util.List<AccessLogIngest.Run> runs(TenantScope scope) {
        return ingest.runs(scope);
    }

    @GetMapping("/runs/{runId}/rejections")
    java.util.List<io.safeguard.accesslog.ingest.Rejection> rejections(TenantScope scope, @PathVariable UUID runId) {
        return ingest.rejections(scope, runId);
    }

    @GetMapping("/ledger")
    AccessLedger.Status status(TenantScope scope) {
        return ledger.status(scope);
    }

    @GetMapping("/proofs/inclusion")
    AccessLedger.InclusionProof inclusion(TenantScope scope, @RequestParam long seq) {
        return ledger.inclusion(scope, seq);
    }

    @GetMapping("/proofs/consistency")
    AccessLedger.ConsistencyProof consistency(TenantScope scope, @RequestParam long from, @RequestParam long to) {
        return ledger.consistency(scope, from, to);
    }

    @GetMapping("/search")
    AccessLogSearch.Result search(TenantScope scope, @RequestParam(required = false) @Nullable String patient,
            @RequestParam(required = false) @Nullable String user, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return search.search(scope, new AccessLogSearch.Query(patient, user, from, to));
    }

    /**
     * The same search with the ids in the body ({@code {"patientId": …, "userId": …, "from": …, "to": …}}), for clients
     * whose proxies log URLs: patient ids are PHI.
     */
    @PostMapping("/search")
    @io.safeguard.shared.ReadOnlyRequest
    AccessLogSearch.Result searchPosted(TenantScope scope, @org.springframework.web.bind.annotation.RequestBody AccessLogSearch.Query query) {
        return search.search(scope, query);
    }
}
