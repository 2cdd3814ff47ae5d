package io.safeguard.incident.api;

import io.safeguard.incident.Tabletop;
import io.safeguard.incident.Tabletops;
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

/** REST access to tabletop exercises: schedule, record as held, add notes and findings (findings enter the risk register). */
@RestController
@RequestMapping("/api/v1/tenants/{tenantId}/tabletops")
class TabletopRestController {
    private final Tabletops tabletops;

    TabletopRestController(Tabletops tabletops) {
        this.tabletops = tabletops;
    }

    record ScheduleRequest(String scenario, LocalDate on, String facilitator, @Nullable String participants) {}

    record HeldRequest(LocalDate on, String participants) {}

    record NoteRequest(@Nullable Integer inject, String text) {}

    record FindingRequest(String text) {}

    @GetMapping
    List<Tabletop> list(TenantScope scope) {
        return tabletops.list(scope);
    }

    @GetMapping("/{tabletopId}")
    Tabletop get(TenantScope scope, @PathVariable UUID tabletopId) {
        return tabletops.get(scope, tabletopId);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Tabletop schedule(TenantScope scope, @RequestBody ScheduleRequest r) {
        return tabletops.schedule(scope, r.scenario(), r.on(), r.facilitator(), r.participants());
    }

    @PostMapping("/{tabletopId}/held")
    Tabletop held(TenantScope scope, @PathVariable UUID tabletopId, @RequestBody HeldRequest r) {
        return tabletops.held(scope, tabletopId, r.on(), r.participants());
    }

    @PostMapping("/{tabletopId}/notes")
    @ResponseStatus(HttpStatus.CREATED)
    Tabletop note(TenantScope scope, @PathVariable UUID tabletopId, @RequestBody NoteRequest r) {
        return tabletops.note(scope, tabletopId, r.inject(), r.text());
    }

    @PostMapping("/{tabletopId}/findings")
    @ResponseStatus(HttpStatus.CREATED)
    Tabletop finding(TenantScope scope, @PathVariable UUID tabletopId, @RequestBody FindingRequest r) {
        return tabletops.finding(scope, tabletopId, r.text());
    }
}
