package io.safeguard.incident;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.AccountSummary;
import io.safeguard.organization.DemoOrganizationLoaded;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads a demo organization's incidents and tabletop exercises ({@code demo/incidents-<key>.yaml}) once, through the
 * same service calls a user makes: intake, timeline, determination; scheduling, holding and notes of an exercise. They are attributed to an owner and name inventory assets, so they load
 * when the organization has both; an incident discovered after today (a test clock in the past) is left out.
 */
@Component
class IncidentDemo {
    private final Incidents incidents;
    private final Tabletops tabletops;
    private final AccountAdministration accounts;

    IncidentDemo(Incidents incidents, Tabletops tabletops, AccountAdministration accounts) {
        this.incidents = incidents;
        this.tabletops = tabletops;
        this.accounts = accounts;
    }

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(DemoOrganizationLoaded event) throws IOException {
        var resource = new ClassPathResource("demo/incidents-" + event.demoKey() + ".yaml");
        if (!resource.exists() || !incidents.all(event.tenantId()).isEmpty()) {
            return;
        }
        List<AccountSummary> owners = accounts.owners(event.tenantId());
        if (owners.isEmpty()) {
            return; // nobody to attribute the records to yet: loaded on a later start
        }
        DemoFile demo;
        try (InputStream in = resource.getInputStream()) {
            demo = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build().readValue(in, DemoFile.class);
        }
        Map<String, UUID> assets = new HashMap<>();
        incidents.assetNames(event.tenantId()).forEach((id, name) -> assets.put(name, id));
        boolean inventoryLoaded = demo.incidents().stream().flatMap(i -> i.assets().stream()).allMatch(assets::containsKey);
        if (!inventoryLoaded) {
            return; // the inventory demo has not run yet: loaded on a later start
        }
        var scope = new TenantScope(event.tenantId(), owners.getFirst().id(), Role.OWNER);
        LocalDate today = incidents.today(event.tenantId());
        for (DemoIncident i : demo.incidents()) {
            if (i.discoveredOn().isAfter(today)) {
                continue;
            }
            var details = new IncidentDetails(i.title(), i.whatHappened(), i.occurredFrom(), i.occurredTo(), i.discoveredOn(),
                    i.discoveredBy(), i.assets().stream().map(assets::get).toList(), List.of(), i.phiTypes(), i.affected(),
                    i.perState(), 0);
            Incident incident = incidents.report(scope, details);
            for (DemoEntry e : i.timeline()) {
                if (!e.on().isAfter(today)) {
                    incidents.addToTimeline(scope, incident.id(), e.on(), e.text());
                }
            }
            DemoDetermination d = i.determination();
            var assessment = new RiskAssessment(new Factor(d.nature(), d.natureLevel()), new Factor(d.recipient(), d.recipientLevel()),
                    new Factor(d.acquired(), d.acquiredLevel()), new Factor(d.mitigation(), d.mitigationLevel()));
            incidents.determine(scope, incident.id(), d.conclusion(), null, assessment, d.rationale());
        }
        if (tabletops.list(scope).isEmpty()) {
            for (DemoExercise x : demo.exercises()) {
                if (x.on().isAfter(today)) {
                    continue;
                }
                Tabletop exercise = tabletops.schedule(scope, x.scenario(), x.on(), x.facilitator(), x.participants());
                tabletops.held(scope, exercise.id(), x.on(), x.participants());
                x.notes().forEach(n -> tabletops.note(scope, exercise.id(), n.inject(), n.text()));
            }
        }
    }

    record DemoFile(List<DemoIncident> incidents, List<DemoExercise> exercises) {}

    record DemoExercise(String scenario, LocalDate on, String facilitator, String participants, List<DemoNote> notes) {}

    record DemoNote(@Nullable Integer inject, String text) {}

    record DemoIncident(String title, String whatHappened, LocalDate occurredFrom, @Nullable LocalDate occurredTo,
            LocalDate discoveredOn, String discoveredBy, List<String> assets, List<String> phiTypes, int affected,
            Map<String, Integer> perState, List<DemoEntry> timeline, DemoDetermination determination) {}

    record DemoEntry(LocalDate on, String text) {}

    record DemoDetermination(Conclusion conclusion, @Nullable String nature, @Nullable Judgement natureLevel,
            @Nullable String recipient, @Nullable Judgement recipientLevel, @Nullable String acquired,
            @Nullable Judgement acquiredLevel, @Nullable String mitigation, @Nullable Judgement mitigationLevel, String rationale) {}
}
