package io.safeguard.practices;

import io.safeguard.documents.Evidence;
import io.safeguard.documents.EvidenceFile;
import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.organization.Organization;
import io.safeguard.organization.Organizations;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practices module's API: which recognized-security-practice frameworks an organization follows, its adoption
 * records per practice (appended, never changed), and the computed 12-month look-back for an as-of date.
 */
@Service
@Transactional
public class SecurityPractices {
    static final int MAX_EVIDENCE = 20;
    static final int MAX_IMPLEMENTATION = 2000;
    private final PracticeLibrary library;
    private final JdbcFrameworkChoices choices;
    private final JdbcAdoptions adoptions;
    private final Evidence evidence;
    private final Organizations organizations;
    private final AccountAdministration accounts;
    private final ActivityTrail trail;
    private final Clock clock;

    SecurityPractices(PracticeLibrary library, JdbcFrameworkChoices choices, JdbcAdoptions adoptions, Evidence evidence,
            Organizations organizations, AccountAdministration accounts, ActivityTrail trail, Clock clock) {
        this.library = library;
        this.choices = choices;
        this.adoptions = adoptions;
        this.evidence = evidence;
        this.organizations = organizations;
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    /** Today in the organization's time zone. */
    public LocalDate today(TenantId tenant) {
        return LocalDate.now(clock.withZone(organizations.get(tenant).zone()));
    }

    public List<PracticeFramework> frameworks() {
        return library.frameworks();
    }

    /** The keys of the frameworks the organization follows, in the library's order. */
    @Transactional(readOnly = true)
    public List<String> followed(TenantId tenant) {
        Map<String, Boolean> latest = new HashMap<>();
        choices.all(tenant).forEach(c -> latest.put(c.framework(), c.followed()));
        return library.frameworks().stream().map(PracticeFramework::key).filter(k -> latest.getOrDefault(k, false)).toList();
    }

    @Transactional(readOnly = true)
    public List<String> followed(TenantScope scope) {
        scope.require(Permission.VIEW);
        return followed(scope.tenantId());
    }

    /** Makes {@code frameworks} the ones the organization follows; each start and stop is recorded. */
    public void follow(TenantScope scope, Collection<String> frameworks) {
        scope.require(Permission.EDIT);
        for (String key : frameworks) {
            if (library.framework(key).isEmpty()) {
                throw new BusinessRuleViolation("practices.framework", "Unknown framework: " + key + ".");
            }
        }
        List<String> before = followed(scope.tenantId());
        if (Set.copyOf(before).equals(Set.copyOf(frameworks))) {
            return;
        }
        String who = who(scope);
        Instant now = now();
        for (PracticeFramework framework : library.frameworks()) {
            boolean wanted = frameworks.contains(framework.key());
            if (wanted != before.contains(framework.key())) {
                choices.insert(scope.tenantId(), new FrameworkChoice(framework.key(), wanted, who, now));
            }
        }
        List<String> after = followed(scope.tenantId());
        trail.record(ActivityEntry.of(scope.tenantId(), "practices.frameworks.choose", "practice-frameworks", null)
                .withDetail(after.isEmpty() ? "follows none" : "follows " + String.join(", ", after)));
    }

    /** The practices of a framework meant for the organization's size. */
    @Transactional(readOnly = true)
    public List<Practice> applicable(TenantId tenant, String framework) {
        return library.applicable(framework, organizations.get(tenant).size());
    }

    @Transactional(readOnly = true)
    public Practice practice(TenantScope scope, String framework, String practiceId) {
        scope.require(Permission.VIEW);
        return library.practice(framework, practiceId).orElseThrow(() -> new NotFound("practice", framework + "/" + practiceId));
    }

    /** One practice's adoption records, oldest first. */
    @Transactional(readOnly = true)
    public List<Adoption> history(TenantScope scope, String framework, String practiceId) {
        practice(scope, framework, practiceId);
        return adoptions.of(scope.tenantId(), framework, practiceId);
    }

    /** The latest record of every practice of a framework that has one. */
    @Transactional(readOnly = true)
    public Map<String, Adoption> current(TenantScope scope, String framework) {
        scope.require(Permission.VIEW);
        Map<String, Adoption> latest = new LinkedHashMap<>();
        adoptions.all(scope.tenantId()).stream().filter(a -> a.framework().equals(framework))
                .forEach(a -> latest.put(a.practiceId(), a));
        return latest;
    }

    /**
     * Appends an adoption record for a practice of a followed framework that applies to the organization. Dates are
     * not in the future; evidence ids must be files of this organization (another organization's id is not found).
     */
    public Adoption record(TenantScope scope, AdoptionDetails details) {
        return append(scope, details, "practices.adoption.record");
    }

    private Adoption append(TenantScope scope, AdoptionDetails details, String action) {
        scope.require(Permission.EDIT);
        TenantId tenant = scope.tenantId();
        Practice practice = requireRecordable(scope, details.framework(), details.practiceId());
        LocalDate today = today(tenant);
        if (details.adoptedOn() == null || details.adoptedOn().isAfter(today)) {
            throw new BusinessRuleViolation("practices.adopted-on", "Give the date the practice was adopted (today or earlier).");
        }
        if (details.retiredOn() != null && (details.retiredOn().isBefore(details.adoptedOn()) || details.retiredOn().isAfter(today))) {
            throw new BusinessRuleViolation("practices.retired-on", "A retirement date lies between the adoption date and today.");
        }
        String implementation = details.implementation().strip();
        if (implementation.isEmpty() || implementation.length() > MAX_IMPLEMENTATION) {
            throw new BusinessRuleViolation("practices.implementation",
                    "Say how the practice is implemented (at most " + MAX_IMPLEMENTATION + " characters).");
        }
        requireEvidence(tenant, details.evidenceIds());
        List<Adoption> history = adoptions.of(tenant, practice.framework(), practice.id());
        if (!history.isEmpty() && history.getLast().says(details)) {
            throw new BusinessRuleViolation("practices.unchanged", "This is what is recorded already.");
        }
        var adoption = new Adoption(UUID.randomUUID(), practice.framework(), practice.id(), details.adoptedOn(), details.retiredOn(),
                implementation, details.evidenceIds(), who(scope), now());
        adoptions.insert(tenant, adoption);
        trail.record(ActivityEntry.of(tenant, action, "practice", practice.framework() + "/" + practice.id())
                .withDetail("adopted " + adoption.adoptedOn() + (adoption.retired() ? ", retired " + adoption.retiredOn() : "")
                        + ", " + adoption.evidenceIds().size() + " evidence file(s)"));
        return adoption;
    }

    /** Appends a record that retires the practice on {@code on}, keeping what the current record says otherwise. */
    public Adoption retire(TenantScope scope, String framework, String practiceId, LocalDate on) {
        scope.require(Permission.EDIT);
        requireRecordable(scope, framework, practiceId);
        List<Adoption> history = adoptions.of(scope.tenantId(), framework, practiceId);
        if (history.isEmpty()) {
            throw new BusinessRuleViolation("practices.not-adopted", "Nothing to retire: no adoption is recorded for this practice.");
        }
        Adoption current = history.getLast();
        if (current.retired()) {
            throw new BusinessRuleViolation("practices.retired", "This practice is recorded as retired on " + current.retiredOn() + " already.");
        }
        return append(scope, new AdoptionDetails(framework, practiceId, current.adoptedOn(), on, current.implementation(),
                current.evidenceIds()), "practices.adoption.retire");
    }

    /** The 12-month look-back for {@code asOf}, for other modules (assessment, OCR package). */
    @Transactional(readOnly = true)
    public PracticeCoverage coverage(TenantId tenant, LocalDate asOf) {
        Organization organization = organizations.get(tenant);
        Map<String, List<Adoption>> byPractice = adoptions.all(tenant).stream()
                .collect(Collectors.groupingBy(a -> a.framework() + "/" + a.practiceId(), LinkedHashMap::new, Collectors.toList()));
        Set<UUID> onFile = evidence.all(tenant).stream().map(EvidenceFile::id).collect(Collectors.toSet());
        List<FrameworkCoverage> frameworks = followed(tenant).stream()
                .map(key -> library.framework(key).orElseThrow())
                .map(framework -> FrameworkCoverage.of(framework, framework.applicableTo(organization.size()).stream()
                        .map(p -> LookBack.standing(p, byPractice.getOrDefault(p.framework() + "/" + p.id(), List.of()), onFile, asOf))
                        .toList()))
                .toList();
        return PracticeCoverage.of(asOf, organization.size(), frameworks);
    }

    @Transactional(readOnly = true)
    public PracticeCoverage coverage(TenantScope scope, LocalDate asOf) {
        scope.require(Permission.VIEW);
        return coverage(scope.tenantId(), asOf);
    }

    /** The evidence files the organization can link, by id (for showing linked files by name). */
    @Transactional(readOnly = true)
    public Map<UUID, EvidenceFile> evidenceFiles(TenantScope scope) {
        return evidence.list(scope).stream().collect(Collectors.toMap(EvidenceFile::id, f -> f, (a, b) -> a, LinkedHashMap::new));
    }

    private Practice requireRecordable(TenantScope scope, String framework, String practiceId) {
        Practice practice = practice(scope, framework, practiceId);
        PracticeFramework definition = library.framework(framework).orElseThrow();
        if (!followed(scope.tenantId()).contains(framework)) {
            throw new BusinessRuleViolation("practices.not-followed", "The organization does not follow " + definition.title()
                    + "; choose it on the practices page first.");
        }
        Organization organization = organizations.get(scope.tenantId());
        if (!practice.appliesTo(organization.size())) {
            throw new BusinessRuleViolation("practices.not-applicable", practice.id() + " is not meant for a "
                    + organization.size().label().toLowerCase(java.util.Locale.ROOT) + " organization.");
        }
        return practice;
    }

    private void requireEvidence(TenantId tenant, List<UUID> ids) {
        if (ids.size() > MAX_EVIDENCE) {
            throw new BusinessRuleViolation("practices.evidence", "Link at most " + MAX_EVIDENCE + " evidence files.");
        }
        for (UUID id : ids) {
            Optional<EvidenceFile> file = evidence.find(tenant, id);
            if (file.isEmpty()) {
                throw new NotFound("evidence", id); // another organization's file is not found either
            }
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private String who(TenantScope scope) {
        return accounts.summary(scope.accountId()).email();
    }
}
