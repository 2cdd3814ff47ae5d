package io.safeguard.documents;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Citation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Evidence files: upload, read (recorded), legal hold, and deletion only once retention has ended. */
@Service
@Transactional
public class Evidence {
    private final JdbcEvidence evidence;
    private final EvidenceStore store;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    Evidence(JdbcEvidence evidence, EvidenceStore store, Organizations organizations, AccountAdministration accounts,
            ActivityTrail trail, Clock clock) {
        this.evidence = evidence;
        this.store = store;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(organizations.get(tenant).zone()));
    }

    public EvidenceFile upload(TenantScope scope, InputStream content, String fileName, LocalDate speaksFor,
            @Nullable String description, List<String> requirements) throws IOException {
        scope.require(Permission.EDIT);
        LocalDate today = today(scope.tenantId());
        if (speaksFor == null || speaksFor.isAfter(today)) {
            throw new BusinessRuleViolation("documents.speaks-for", "Give the date the evidence speaks for (today or earlier).");
        }
        List<String> links = requirements.stream().map(String::strip).filter(r -> !r.isEmpty()).distinct().toList();
        for (String link : links) {
            if (!Citation.isValid(link) && !link.matches("NPRM-[a-z0-9-]{1,40}")) {
                throw new BusinessRuleViolation("documents.requirement", "Link requirements by citation, e.g. 164.308(a)(1)(ii)(D).");
            }
        }
        String cleanDescription = description == null || description.isBlank() ? null : description.strip();
        if (cleanDescription != null && cleanDescription.length() > 1000) {
            throw new BusinessRuleViolation("documents.description", "The description may have at most 1000 characters.");
        }
        var stored = store.store(content);
        if (stored.size() == 0) {
            throw new BusinessRuleViolation("documents.empty", "The file is empty.");
        }
        String name = FileNames.sanitize(fileName);
        var file = new EvidenceFile(UUID.randomUUID(), stored.sha256(), name, FileNames.contentType(name), stored.size(),
                accounts.summary(scope.accountId()).email(), clock.instant(), speaksFor, cleanDescription, links,
                Retention.until(today, speaksFor), false, null);
        evidence.insert(scope.tenantId(), file, scope.accountId());
        trail.record(ActivityEntry.of(scope.tenantId(), "documents.evidence.upload", "evidence", file.id())
                .withDetail(name + ", sha256 " + stored.sha256().substring(0, 12)));
        return file;
    }

    @Transactional(readOnly = true)
    public List<EvidenceFile> list(TenantScope scope) {
        scope.require(Permission.VIEW);
        return evidence.all(scope.tenantId());
    }

    /** Every evidence file of the organization, for other modules' bundle sections. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> all(TenantId tenant) {
        return evidence.all(tenant);
    }

    /** Evidence linked to a requirement (for assessments and the OCR package). */
    @Transactional(readOnly = true)
    public List<EvidenceFile> linkedTo(TenantId tenant, String requirementId) {
        return evidence.all(tenant).stream().filter(e -> e.requirements().contains(requirementId)).toList();
    }

    /** For other modules' bundle sections: a file of the organization by id, or by hash and name. */
    @Transactional(readOnly = true)
    public java.util.Optional<EvidenceFile> find(TenantId tenant, UUID id) {
        return evidence.find(tenant, id);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<EvidenceFile> find(TenantId tenant, String sha256, String fileName) {
        return evidence.all(tenant).stream().filter(e -> e.sha256().equals(sha256) && e.fileName().equals(fileName)).findFirst();
    }

    /** A file named in a bundle as {@code <sha256>/<fileName>}; refused with the reference when there is none. */
    @Transactional(readOnly = true)
    public EvidenceFile byReference(TenantId tenant, String reference) {
        int slash = reference.indexOf('/');
        return (slash < 1 ? java.util.Optional.<EvidenceFile>empty()
                : find(tenant, reference.substring(0, slash), reference.substring(slash + 1)))
                .orElseThrow(() -> new IllegalArgumentException("evidence " + reference + " is not <sha256>/<fileName> of a file in documents/evidence.csv"));
    }

    @Transactional(readOnly = true)
    public EvidenceFile get(TenantScope scope, UUID id) {
        scope.require(Permission.VIEW);
        return evidence.find(scope.tenantId(), id).orElseThrow(() -> new NotFound("evidence", id));
    }

    /** The file's bytes, checked against its hash; reading evidence is recorded (it can hold PHI). */
    public InputStream open(TenantScope scope, UUID id) throws IOException {
        EvidenceFile file = get(scope, id);
        InputStream in = store.open(file.sha256());
        trail.record(ActivityEntry.of(scope.tenantId(), "documents.evidence.view", "evidence", id).withDetail(file.fileName()));
        return in;
    }

    public void setLegalHold(TenantScope scope, UUID id, boolean hold, @Nullable String reason) {
        scope.require(Permission.MANAGE_ORGANIZATION);
        get(scope, id);
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (hold && (why == null || why.length() > 500)) {
            throw new BusinessRuleViolation("documents.hold-reason", "Say why the file is held (at most 500 characters).");
        }
        evidence.setHold(scope.tenantId(), id, hold, hold ? why : null);
        trail.record(ActivityEntry.of(scope.tenantId(), hold ? "documents.hold.set" : "documents.hold.release", "evidence", id)
                .withDetail(hold ? why : "released"));
    }

    /**
     * Deletes a file whose retention ended and that is not on hold (owners only). A refusal is recorded on the trail
     * in a transaction of its own, so the attempt stays visible although the request fails.
     */
    public void delete(TenantScope scope, UUID id) {
        scope.require(Permission.MANAGE_MEMBERS);
        EvidenceFile file = get(scope, id);
        LocalDate today = today(scope.tenantId());
        if (!file.deletableOn(today) || evidence.usedByDocument(id)) {
            trail.recordRegardless(ActivityEntry.of(scope.tenantId(), "documents.evidence.delete-refused", "evidence", id)
                    .withDetail(file.legalHold() ? "legal hold" : "retained until " + file.retainUntil()));
            throw new BusinessRuleViolation("documents.retained", file.legalHold()
                    ? "This file is on legal hold (" + file.legalHoldReason() + ") and cannot be deleted."
                    : evidence.usedByDocument(id) ? "This file is the text of a policy version and is kept with it."
                    : "This file is retained until " + file.retainUntil() + " (six years, 45 CFR 164.316(b)(2)(i)) and cannot be deleted before then.");
        }
        evidence.delete(scope.tenantId(), id);
        if (!evidence.hashInUse(file.sha256())) {
            store.delete(file.sha256());
        }
        trail.record(ActivityEntry.of(scope.tenantId(), "documents.evidence.delete", "evidence", id).withDetail(file.fileName()));
    }
}
