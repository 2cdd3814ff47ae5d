package io.safeguard.documents;

import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.bundle.BundleReader;
import io.safeguard.shared.bundle.BundleSection;
import io.safeguard.shared.bundle.BundleWriter;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The documents part of a bundle: {@code documents/evidence.csv} (metadata, with hash), the bytes under
 * {@code documents/files/<sha256>}, {@code documents/policies.csv} and {@code documents/versions.csv}. Imported files
 * are checked against their hash; a mismatch rejects the whole bundle.
 */
@Component
class DocumentsBundle implements BundleSection {
    private static final List<String> EVIDENCE = List.of("sha256", "fileName", "uploadedBy", "uploadedAt", "speaksFor",
            "description", "requirements", "retainUntil", "legalHold", "legalHoldReason");
    private final JdbcEvidence evidence;
    private final JdbcPolicies policies;
    private final EvidenceStore store;

    DocumentsBundle(JdbcEvidence evidence, JdbcPolicies policies, EvidenceStore store) {
        this.evidence = evidence;
        this.policies = policies;
        this.store = store;
    }

    @Override
    public String name() {
        return "documents";
    }

    @Override
    public int order() {
        return 5; // before the sections whose records point at evidence (signed BAAs)
    }

    @Override
    public void exportTo(TenantId tenant, BundleWriter out) throws IOException {
        List<EvidenceFile> files = evidence.all(tenant).stream()
                .sorted(Comparator.comparing(EvidenceFile::speaksFor).thenComparing(EvidenceFile::sha256).thenComparing(EvidenceFile::fileName))
                .toList();
        Map<UUID, EvidenceFile> byId = new HashMap<>();
        Set<String> copied = new HashSet<>();
        List<List<String>> rows = new ArrayList<>();
        for (EvidenceFile f : files) {
            byId.put(f.id(), f);
            rows.add(Arrays.asList(f.sha256(), f.fileName(), f.uploadedBy(), f.uploadedAt().toString(), f.speaksFor().toString(),
                    f.description(), String.join(" ", f.requirements()), f.retainUntil().toString(), f.legalHold() ? "yes" : "no",
                    f.legalHoldReason()));
            if (copied.add(f.sha256())) {
                try (InputStream in = store.open(f.sha256())) {
                    out.copy("documents/files/" + f.sha256(), in);
                }
            }
        }
        out.csv("documents/evidence.csv", EVIDENCE, rows);
        List<List<String>> docs = new ArrayList<>();
        List<List<String>> versions = new ArrayList<>();
        for (PolicyDocument d : policies.all(tenant)) {
            docs.add(Arrays.asList(d.title(), d.kind().name(), d.owner(), String.join(" ", d.requirements())));
            for (DocumentVersion v : d.versions()) {
                EvidenceFile text = byId.get(v.evidenceId());
                versions.add(Arrays.asList(d.title(), v.label(), text.sha256(), text.fileName(), v.effectiveOn().toString(),
                        v.reviewDueOn().toString(), v.approvedBy(), v.approvedOn().toString(), v.changeSummary()));
            }
        }
        out.csv("documents/policies.csv", List.of("title", "kind", "owner", "requirements"), docs);
        out.csv("documents/versions.csv", List.of("document", "label", "sha256", "fileName", "effectiveOn", "reviewDueOn",
                "approvedBy", "approvedOn", "changeSummary"), versions);
    }

    @Override
    public void importFrom(TenantScope scope, BundleReader in) throws IOException {
        TenantId tenant = scope.tenantId();
        Map<String, UUID> byHashAndName = new HashMap<>();
        for (BundleReader.Row r : in.csv("documents/evidence.csv")) {
            String sha = r.get("sha256");
            EvidenceStore.Stored stored;
            try (InputStream bytes = in.open("documents/files/" + sha)) {
                stored = store.store(bytes);
            }
            if (!stored.sha256().equals(sha)) {
                throw new IOException("documents/files/" + sha + " does not match its SHA-256");
            }
            String name = r.get("fileName");
            var file = new EvidenceFile(UUID.randomUUID(), sha, name, FileNames.contentType(name), stored.size(),
                    r.get("uploadedBy"), Instant.parse(r.get("uploadedAt")), LocalDate.parse(r.get("speaksFor")),
                    r.get("description"), r.get("requirements") == null ? List.of() : Arrays.asList(r.get("requirements").split(" ")),
                    LocalDate.parse(r.get("retainUntil")), false, null);
            evidence.insert(tenant, file, scope.accountId());
            if ("yes".equals(r.get("legalHold"))) {
                evidence.setHold(tenant, file.id(), true, r.get("legalHoldReason"));
            }
            byHashAndName.put(sha + "/" + name, file.id());
        }
        Map<String, UUID> documents = new HashMap<>();
        for (BundleReader.Row r : in.csv("documents/policies.csv")) {
            UUID id = UUID.randomUUID();
            policies.insert(tenant, id, r.get("title"), DocumentKind.valueOf(r.get("kind")), r.get("owner"),
                    r.get("requirements") == null ? List.of() : Arrays.asList(r.get("requirements").split(" ")), Instant.EPOCH);
            documents.put(r.get("title"), id);
        }
        for (BundleReader.Row r : in.csv("documents/versions.csv")) {
            UUID document = documents.get(r.get("document"));
            UUID text = byHashAndName.get(r.get("sha256") + "/" + r.get("fileName"));
            if (document == null || text == null) {
                throw new IOException("documents/versions.csv line " + r.line() + " refers to a document or file not in the bundle");
            }
            policies.insertVersion(tenant, document, new DocumentVersion(UUID.randomUUID(), r.get("label"), text,
                    LocalDate.parse(r.get("effectiveOn")), LocalDate.parse(r.get("reviewDueOn")), r.get("approvedBy"),
                    LocalDate.parse(r.get("approvedOn")), r.get("changeSummary")), Instant.EPOCH);
        }
    }
}
