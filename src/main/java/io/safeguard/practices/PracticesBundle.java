package io.safeguard.practices;

import io.safeguard.documents.Evidence;
import io.safeguard.documents.EvidenceFile;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleSection;
import io.safeguard.shared.bundle.BundleWriter;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The practices part of a bundle: the frameworks followed ({@code practices/frameworks.yaml}) and every adoption
 * record ({@code practices/adoptions.csv}, by framework and practice id, oldest record first), with evidence as
 * {@code <sha256>/<fileName>} of files in {@code documents/}. An organization that follows no framework and has no
 * record writes neither file, so bundles from before this section stay as they were.
 */
@Component
class PracticesBundle implements BundleSection {
    static final String FRAMEWORKS = "practices/frameworks.yaml";
    static final String ADOPTIONS = "practices/adoptions.csv";
    private static final List<String> HEADER = List.of("framework", "practice", "adoptedOn", "retiredOn", "implementation",
            "evidence", "recordedBy", "recordedAt");
    private final PracticeLibrary library;
    private final JdbcFrameworkChoices choices;
    private final JdbcAdoptions adoptions;
    private final Evidence evidence;

    PracticesBundle(PracticeLibrary library, JdbcFrameworkChoices choices, JdbcAdoptions adoptions, Evidence evidence) {
        this.library = library;
        this.choices = choices;
        this.adoptions = adoptions;
        this.evidence = evidence;
    }

    @Override
    public String name() {
        return "practices";
    }

    @Override
    public int order() {
        return 45; // after documents: records point at evidence files
    }

    @Override
    public void exportTo(TenantId tenant, BundleWriter out) throws IOException {
        List<Followed> followed = followed(tenant);
        List<Adoption> records = adoptions.all(tenant);
        if (followed.isEmpty() && records.isEmpty()) {
            return;
        }
        out.yaml(FRAMEWORKS, new FrameworksFile(followed));
        Map<UUID, EvidenceFile> files = new HashMap<>();
        evidence.all(tenant).forEach(f -> files.put(f.id(), f));
        List<List<@Nullable String>> rows = new ArrayList<>();
        records.stream() // a stable sort: each practice's records stay in the order recorded
                .sorted(Comparator.comparing(Adoption::framework).thenComparing(Adoption::practiceId))
                .forEach(a -> rows.add(Arrays.asList(a.framework(), a.practiceId(), a.adoptedOn().toString(),
                        a.retiredOn() == null ? null : a.retiredOn().toString(), a.implementation(),
                        references(a.evidenceIds(), files), a.recordedBy(), a.recordedAt().toString())));
        out.csv(ADOPTIONS, HEADER, rows);
    }

    @Override
    public void importFrom(TenantScope scope, BundleReader in) throws IOException {
        TenantId tenant = scope.tenantId();
        if (in.exists(FRAMEWORKS)) {
            for (Followed f : in.yaml(FRAMEWORKS, FrameworksFile.class).frameworks()) {
                if (f.framework() == null || library.framework(f.framework()).isEmpty() || f.chosenBy() == null || f.since() == null) {
                    throw new IOException(FRAMEWORKS + ": unknown framework " + f.framework() + " or missing since/chosenBy");
                }
                choices.insert(tenant, new FrameworkChoice(f.framework(), true, f.chosenBy(), Instant.parse(f.since())));
            }
        }
        for (BundleReader.Row row : in.csv(ADOPTIONS)) {
            try {
                Practice practice = library.practice(row.get("framework"), row.get("practice")).orElseThrow(
                        () -> new IllegalArgumentException("no practice " + row.get("practice") + " in " + row.get("framework")));
                LocalDate adopted = LocalDate.parse(row.get("adoptedOn"));
                LocalDate retired = row.get("retiredOn") == null ? null : LocalDate.parse(row.get("retiredOn"));
                if (retired != null && retired.isBefore(adopted)) {
                    throw new IllegalArgumentException("retiredOn is before adoptedOn");
                }
                adoptions.insert(tenant, new Adoption(UUID.randomUUID(), practice.framework(), practice.id(), adopted, retired,
                        Objects.requireNonNull(row.get("implementation"), "implementation is empty"),
                        evidenceIds(tenant, row.get("evidence")), Objects.requireNonNull(row.get("recordedBy"), "recordedBy is empty"),
                        Instant.parse(row.get("recordedAt"))));
            } catch (RuntimeException e) {
                throw new IOException(ADOPTIONS + " line " + row.line() + ": " + e.getMessage(), e);
            }
        }
    }

    private List<Followed> followed(TenantId tenant) {
        Map<String, FrameworkChoice> latest = new HashMap<>();
        choices.all(tenant).forEach(c -> latest.put(c.framework(), c));
        return library.frameworks().stream()
                .map(f -> latest.get(f.key()))
                .filter(c -> c != null && c.followed())
                .map(c -> new Followed(c.framework(), library.framework(c.framework()).orElseThrow().title(),
                        c.chosenAt().toString(), c.chosenBy()))
                .toList();
    }

    /** Files deleted since they were linked (after their retention) are left out. */
    private static @Nullable String references(List<UUID> ids, Map<UUID, EvidenceFile> files) {
        List<String> refs = ids.stream().map(files::get).filter(Objects::nonNull).map(EvidenceFile::reference).toList();
        return refs.isEmpty() ? null : String.join("; ", refs);
    }

    private List<UUID> evidenceIds(TenantId tenant, @Nullable String references) {
        if (references == null) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        for (String reference : references.split(";")) {
            ids.add(evidence.byReference(tenant, reference.strip()).id());
        }
        return ids;
    }

    /** {@code practices/frameworks.yaml}: the frameworks followed, since when and chosen by whom (title for readers). */
    record FrameworksFile(List<Followed> frameworks) {}

    record Followed(String framework, String title, String since, String chosenBy) {}
}
