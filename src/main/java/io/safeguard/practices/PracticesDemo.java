package io.safeguard.practices;

import io.safeguard.documents.Evidence;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.AccountSummary;
import io.safeguard.organization.DemoOrganizationLoaded;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantScope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Loads a demo organization's practices ({@code demo/practices-<key>.yaml}) once: the frameworks it follows, the
 * evidence files, and the adoption records with the dates they were made. Records and files are attributed to an
 * owner, so they load when the organization has one (on a start after the first owner was set up).
 */
@Component
class PracticesDemo {
    private final PracticeLibrary library;
    private final JdbcFrameworkChoices choices;
    private final JdbcAdoptions adoptions;
    private final Evidence evidence;
    private final Organizations organizations;
    private final AccountAdministration accounts;

    PracticesDemo(PracticeLibrary library, JdbcFrameworkChoices choices, JdbcAdoptions adoptions, Evidence evidence,
            Organizations organizations, AccountAdministration accounts) {
        this.library = library;
        this.choices = choices;
        this.adoptions = adoptions;
        this.evidence = evidence;
        this.organizations = organizations;
        this.accounts = accounts;
    }

    @EventListener
    void on(DemoOrganizationLoaded event) throws IOException {
        var resource = new ClassPathResource("demo/practices-" + event.demoKey() + ".yaml");
        if (!resource.exists() || !choices.all(event.tenantId()).isEmpty() || !adoptions.all(event.tenantId()).isEmpty()) {
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
        load(new TenantScope(event.tenantId(), owners.getFirst().id(), Role.OWNER), owners.getFirst().email(), demo);
    }

    private void load(TenantScope scope, String owner, DemoFile demo) throws IOException {
        var size = organizations.get(scope.tenantId()).size();
        for (DemoFramework f : demo.frameworks()) {
            library.framework(f.framework()).orElseThrow(() -> new IllegalStateException("demo: unknown framework " + f.framework()));
            choices.insert(scope.tenantId(), new FrameworkChoice(f.framework(), true, owner, at(f.since())));
        }
        Map<String, UUID> files = new HashMap<>();
        for (DemoEvidence e : demo.evidence()) {
            files.put(e.file(), evidence.upload(scope, new ByteArrayInputStream(e.text().getBytes(StandardCharsets.UTF_8)), e.file(),
                    e.speaksFor(), e.description(), List.of()).id());
        }
        for (DemoPractice p : demo.adoptions()) {
            Practice practice = library.practice(p.framework(), p.practice())
                    .filter(x -> x.appliesTo(size))
                    .orElseThrow(() -> new IllegalStateException("demo: " + p.framework() + "/" + p.practice() + " is not applicable"));
            for (DemoRecord r : p.records()) {
                List<UUID> ids = r.evidence().stream().map(name -> {
                    UUID id = files.get(name);
                    if (id == null) {
                        throw new IllegalStateException("demo: evidence " + name + " is not listed");
                    }
                    return id;
                }).toList();
                adoptions.insert(scope.tenantId(), new Adoption(UUID.randomUUID(), practice.framework(), practice.id(), r.adoptedOn(),
                        r.retiredOn(), r.implementation(), ids, owner, at(r.recordedOn())));
            }
        }
    }

    private static Instant at(LocalDate date) {
        return date.atTime(LocalTime.of(17, 0)).toInstant(ZoneOffset.UTC);
    }

    record DemoFile(List<DemoFramework> frameworks, List<DemoEvidence> evidence, List<DemoPractice> adoptions) {}

    record DemoFramework(String framework, LocalDate since) {}

    record DemoEvidence(String file, LocalDate speaksFor, String description, String text) {}

    record DemoPractice(String framework, String practice, List<DemoRecord> records) {}

    record DemoRecord(LocalDate adoptedOn, @Nullable LocalDate retiredOn, LocalDate recordedOn, String implementation,
            List<String> evidence) {}
}
