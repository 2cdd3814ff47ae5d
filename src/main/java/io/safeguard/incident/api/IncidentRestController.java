package io.safeguard.incident.api;

import io.safeguard.incident.BreachException;
import io.safeguard.incident.Conclusion;
import io.safeguard.incident.Deadline;
import io.safeguard.incident.Determination;
import io.safeguard.incident.Incident;
import io.safeguard.incident.IncidentDetails;
import io.safeguard.incident.IncidentLinks;
import io.safeguard.incident.Incidents;
import io.safeguard.incident.RiskAssessment;
import io.safeguard.incident.SafeHarbor;
import io.safeguard.incident.TimelineEntry;
import io.safeguard.shared.TenantScope;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REST access to incidents, their timeline, determination and deadlines, with the same rules as the pages. */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/incidents")
class IncidentRestController {
    private final Incidents incidents;
    private final IncidentLinks links;

    IncidentRestController(Incidents incidents, IncidentLinks links) {
        this.links = links;
        this.incidents = incidents;
    }

    record LinkRequest(IncidentLinks.Kind kind, UUID targetId) {}

    /** Attached files (id, name, date) and linked risks (id, code). */
    record LinksView(List<LinkedItem> files, List<LinkedItem> risks) {}

    record LinkedItem(UUID id, String label) {}

    record TimelineRequest(@Nullable LocalDate happenedOn, String text) {}

    record DeterminationRequest(Conclusion conclusion, @Nullable BreachException exception, @Nullable RiskAssessment assessment,
            String rationale) {}

    record DeterminationView(Conclusion proposal, SafeHarbor safeHarbor, @Nullable Determination current,
            List<Determination> history) {}

    @GetMapping
    List<Incident> list(TenantScope scope) {
        return incidents.list(scope);
    }

    @GetMapping("/{incidentId}")
    Incident get(TenantScope scope, @PathVariable UUID incidentId) {
        return incidents.get(scope, incidentId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Incident create(TenantScope scope, @RequestBody IncidentDetails details) {
        return incidents.report(scope, details);
    }

    @GetMapping("/{incidentId}/links")
    LinksView links(TenantScope scope, @PathVariable UUID incidentId) {
        return new LinksView(links.attachments(scope, incidentId).stream().map(f -> new LinkedItem(f.id(), f.fileName())).toList(),
                links.linkedRisks(scope, incidentId).stream().map(r -> new LinkedItem(r.id(), r.code())).toList());
    }

    @PostMapping("/{incidentId}/links")
    @ResponseStatus(HttpStatus.CREATED)
    LinksView link(TenantScope scope, @PathVariable UUID incidentId, @RequestBody LinkRequest request) {
        links.link(scope, incidentId, request.kind(), request.targetId());
        return links(scope, incidentId);
    }

    @GetMapping("/{incidentId}/timeline")
    List<TimelineEntry> timeline(TenantScope scope, @PathVariable UUID incidentId) {
        return incidents.get(scope, incidentId).timeline();
    }

    @PostMapping("/{incidentId}/timeline")
    @ResponseStatus(HttpStatus.CREATED)
    List<TimelineEntry> addToTimeline(TenantScope scope, @PathVariable UUID incidentId, @RequestBody TimelineRequest request) {
        return incidents.addToTimeline(scope, incidentId, request.happenedOn(), request.text()).timeline();
    }

    @GetMapping("/{incidentId}/determination")
    DeterminationView determination(TenantScope scope, @PathVariable UUID incidentId) {
        Incident incident = incidents.get(scope, incidentId);
        var current = incident.determination();
        return new DeterminationView(incidents.propose(scope, incidentId, current == null ? null : current.exception(),
                current == null ? RiskAssessment.NONE : current.assessment()), incidents.safeHarbor(scope, incidentId), current,
                incident.determinations());
    }

    @PostMapping("/{incidentId}/determination")
    @ResponseStatus(HttpStatus.CREATED)
    Determination determine(TenantScope scope, @PathVariable UUID incidentId, @RequestBody DeterminationRequest request) {
        return incidents.determine(scope, incidentId, request.conclusion(), request.exception(),
                request.assessment() == null ? RiskAssessment.NONE : request.assessment(), request.rationale()).determination();
    }

    @GetMapping("/{incidentId}/deadlines")
    List<Deadline> deadlines(TenantScope scope, @PathVariable UUID incidentId) {
        return incidents.deadlines(scope, incidentId);
    }
}
