package io.safeguard.documents;

import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
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

/** The register of policies and procedures: documents, their approved versions, current version and review dates. */
@Service
@Transactional
public class Policies {
    private final JdbcPolicies policies;
    private final JdbcEvidence evidenceRows;
    private final Evidence evidence;
    private final ActivityTrail trail;
    private final Clock clock;

    Policies(JdbcPolicies policies, JdbcEvidence evidenceRows, Evidence evidence, ActivityTrail trail, Clock clock) {
        this.policies = policies;
        this.evidenceRows = evidenceRows;
        this.evidence = evidence;
        this.trail = trail;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<PolicyDocument> register(TenantScope scope) {
        scope.require(Permission.VIEW);
        return policies.all(scope.tenantId());
    }

    @Transactional(readOnly = true)
    public List<PolicyDocument> register(TenantId tenant) {
        return policies.all(tenant);
    }

    @Transactional(readOnly = true)
    public PolicyDocument get(TenantScope scope, UUID id) {
        return register(scope).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow(() -> new NotFound("document", id));
    }

    public PolicyDocument create(TenantScope scope, String title, DocumentKind kind, @Nullable String owner, List<String> requirements) {
        scope.require(Permission.EDIT);
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty() || cleanTitle.length() > 200 || kind == null) {
            throw new BusinessRuleViolation("documents.title", "Give the document a title of at most 200 characters and a kind.");
        }
        if (policies.all(scope.tenantId()).stream().anyMatch(d -> d.title().equalsIgnoreCase(cleanTitle))) {
            throw new BusinessRuleViolation("documents.title-taken", "A document with this title exists already.");
        }
        List<String> links = requirements.stream().map(String::strip).filter(r -> !r.isEmpty()).distinct().toList();
        if (links.stream().anyMatch(r -> !Citation.isValid(r))) {
            throw new BusinessRuleViolation("documents.requirement", "Link requirements by citation, e.g. 164.308(a)(1)(ii)(C).");
        }
        UUID id = UUID.randomUUID();
        policies.insert(scope.tenantId(), id, cleanTitle, kind, owner == null || owner.isBlank() ? null : owner.strip(), links, clock.instant());
        trail.record(ActivityEntry.of(scope.tenantId(), "documents.document.create", "document", id).withDetail(cleanTitle));
        return get(scope, id);
    }

    /**
     * Adds an approved version; its text becomes evidence that speaks for the effective date. The version it replaces
     * stays retained for six years from the day it stopped being in effect (164.316(b)(2)(i)).
     */
    public DocumentVersion addVersion(TenantScope scope, UUID documentId, String label, InputStream text, String fileName,
            LocalDate effectiveOn, LocalDate reviewDueOn, String approvedBy, LocalDate approvedOn, @Nullable String changeSummary)
            throws IOException {
        scope.require(Permission.EDIT);
        PolicyDocument document = get(scope, documentId);
        String cleanLabel = label == null ? "" : label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > 40 || document.versions().stream().anyMatch(v -> v.label().equals(cleanLabel))) {
            throw new BusinessRuleViolation("documents.version-label", "Give the version a new label of at most 40 characters.");
        }
        if (effectiveOn == null || reviewDueOn == null || !reviewDueOn.isAfter(effectiveOn) || approvedOn == null
                || approvedOn.isAfter(effectiveOn) || approvedBy == null || approvedBy.isBlank() || approvedBy.length() > 160) {
            throw new BusinessRuleViolation("documents.version-dates",
                    "A version is approved (by someone, on or before it takes effect) and has a review date after its effective date.");
        }
        LocalDate today = evidence.today(scope.tenantId());
        LocalDate speaksFor = effectiveOn.isAfter(today) ? today : effectiveOn;
        EvidenceFile file = evidence.upload(scope, text, fileName, speaksFor, document.title() + " " + cleanLabel, document.requirements());
        var version = new DocumentVersion(UUID.randomUUID(), cleanLabel, file.id(), effectiveOn, reviewDueOn, approvedBy.strip(),
                approvedOn, changeSummary == null || changeSummary.isBlank() ? null : changeSummary.strip());
        policies.insertVersion(scope.tenantId(), documentId, version, clock.instant());
        document.currentOn(effectiveOn).ifPresent(previous -> evidenceRows.extendRetention(scope.tenantId(), previous.evidenceId(),
                Retention.until(previous.effectiveOn(), effectiveOn)));
        evidenceRows.extendRetention(scope.tenantId(), file.id(), Retention.until(today, effectiveOn));
        trail.record(ActivityEntry.of(scope.tenantId(), "documents.document.version", "document", documentId)
                .withDetail(cleanLabel + ", effective " + effectiveOn));
        return version;
    }
}
