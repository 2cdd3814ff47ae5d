package io.safeguard.assessment;

import io.safeguard.documents.Evidence;
import io.safeguard.documents.EvidenceFile;
import io.safeguard.documents.Policies;
import io.safeguard.identity.ActivityEntry;
import io.safeguard.identity.ActivityTrail;
import io.safeguard.incident.Incident;
import io.safeguard.incident.IncidentLinks;
import io.safeguard.incident.Incidents;
import io.safeguard.organization.Organizations;
import io.safeguard.risk.Analysis;
import io.safeguard.risk.RiskAnalyses;
import io.safeguard.risk.RiskReports;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Permission;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.tabular.CsvWriter;
import io.safeguard.vendor.Vendors;
import io.safeguard.workforce.AccessReviews;
import io.safeguard.workforce.Workforce;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The OCR data request package for a date range: what OCR asks for at the start of an investigation, in one zip
 * with an {@code index.html} that links every file and a {@code manifest.csv} with each file's SHA-256. Risk analyses
 * (every version completed by the end of the range, as frozen), the risk management plan, policies with their version
 * history, the training roster, BAAs with signed copies, access reviews, activity-review evidence, the recognized
 * security practices with the evidence of those in place, the incidents discovered in the range with their
 * determinations, timelines and attached files, and the assessment as of the end of the range. The package is recorded in the activity trail.
 */
@Component
public class OcrPackage {
    private final Assessments assessments;
    private final AssessmentReports assessmentReports;
    private final RiskAnalyses analyses;
    private final RiskReports riskReports;
    private final Policies policies;
    private final Evidence evidence;
    private final Workforce workforce;
    private final AccessReviews reviews;
    private final Vendors vendors;
    private final Organizations organizations;
    private final ActivityTrail trail;
    private final io.safeguard.practices.SecurityPractices practices;
    private final Incidents incidents;
    private final IncidentLinks incidentLinks;

    OcrPackage(Assessments assessments, AssessmentReports assessmentReports, RiskAnalyses analyses, RiskReports riskReports,
            Policies policies, Evidence evidence, Workforce workforce, AccessReviews reviews, Vendors vendors,
            Organizations organizations, ActivityTrail trail, io.safeguard.practices.SecurityPractices practices,
            Incidents incidents, IncidentLinks incidentLinks) {
        this.practices = practices;
        this.incidents = incidents;
        this.incidentLinks = incidentLinks;
        this.assessments = assessments;
        this.assessmentReports = assessmentReports;
        this.analyses = analyses;
        this.riskReports = riskReports;
        this.policies = policies;
        this.evidence = evidence;
        this.workforce = workforce;
        this.reviews = reviews;
        this.vendors = vendors;
        this.organizations = organizations;
        this.trail = trail;
    }

    /** One file of the package, with what it is and its hash. */
    public record Entry(String path, String section, String description, long bytes, String sha256) {}

    public List<Entry> write(TenantScope scope, LocalDate from, LocalDate to, OutputStream target) throws IOException {
        scope.require(Permission.VIEW);
        if (from.isAfter(to) || to.isAfter(assessments.today(scope.tenantId()))) {
            throw new BusinessRuleViolation("package.range", "Choose a range that starts before it ends and ends no later than today.");
        }
        var zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        var out = new Writer(zip);
        var tenant = scope.tenantId();

        for (Analysis a : analyses.list(scope)) {
            if (a.completed() && !a.completedOn().isAfter(to)) {
                var doc = analyses.report(scope, a.id(), "PDF (OCR package)");
                out.add("risk-analysis/version-" + a.version() + "-" + a.completedOn() + ".pdf", "Risk analyses",
                        "Risk analysis version " + a.version() + " completed " + a.completedOn() + " by " + a.completedBy()
                                + ", with the risk management plan as frozen", riskReports.pdf(doc));
            }
        }
        analyses.inProgress(tenant).ifPresent(a -> out.add("risk-analysis/in-progress-" + a.startedOn() + ".pdf", "Risk analyses",
                "The analysis in progress (started " + a.startedOn() + ") with the current risk management plan",
                riskReports.pdf(analyses.report(scope, a.id(), "PDF (OCR package)"))));

        for (var p : policies.register(tenant)) {
            for (var v : p.versions()) {
                boolean relevant = !v.effectiveOn().isAfter(to);
                if (relevant) {
                    EvidenceFile file = evidence.get(scope, v.evidenceId());
                    out.add("policies/" + safe(p.title()) + "/" + safe(v.label()) + "-" + safe(file.fileName()), "Policies and procedures",
                            p.title() + " version " + v.label() + ", effective " + v.effectiveOn() + ", approved by " + v.approvedBy()
                                    + " on " + v.approvedOn(), bytes(scope, file));
                }
            }
        }

        var training = workforce.trainingReport(tenant, to);
        out.add("training/training-status-" + to + ".csv", "Training", "Training status of every member for every course on " + to,
                csv(List.of("employeeId", "name", "course", "status", "lastCompleted", "dueOn"), training.lines().stream()
                        .map(l -> Arrays.asList(l.member().employeeId(), l.member().fullName(), l.course().title(),
                                l.status().state().label(), text(l.status().lastCompleted()), text(l.status().dueOn()))).toList()));

        var overview = vendors.overview(tenant, to);
        List<List<String>> baaRows = new ArrayList<>();
        Set<java.util.UUID> signed = new HashSet<>();
        for (var row : overview.vendors()) {
            for (var b : vendors.agreements(scope, row.vendor().id())) {
                baaRows.add(Arrays.asList(row.vendor().name(), text(b.requestedOn()), text(b.effectiveOn()), text(b.expiresOn()),
                        text(b.terminatedOn()), b.scope(), row.baa().describe()));
                if (b.signedDocumentId() != null && signed.add(b.signedDocumentId())) {
                    EvidenceFile file = evidence.get(scope, b.signedDocumentId());
                    out.add("baas/" + safe(row.vendor().name()) + "-" + safe(file.fileName()), "Business associate agreements",
                            "Signed BAA with " + row.vendor().name(), bytes(scope, file));
                }
            }
        }
        out.add("baas/agreements.csv", "Business associate agreements", "Every vendor agreement and its standing on " + to,
                csv(List.of("vendor", "requestedOn", "effectiveOn", "expiresOn", "terminatedOn", "scope", "standing"), baaRows));

        List<List<String>> reviewRows = new ArrayList<>();
        for (var c : reviews.campaigns(tenant)) {
            if (!c.launchedOn().isAfter(to) && (c.signedOffOn() == null || !c.signedOffOn().isBefore(from))) {
                reviewRows.add(Arrays.asList(c.title(), c.launchedOn().toString(), c.dueOn().toString(), c.signedOffBy(),
                        text(c.signedOffOn()), String.valueOf(c.items().size()), String.valueOf(c.toRevoke())));
            }
        }
        out.add("access-reviews/access-reviews.csv", "Access reviews", "Access reviews in the range, with their sign-off",
                csv(List.of("review", "launchedOn", "dueOn", "signedOffBy", "signedOffOn", "items", "revoked"), reviewRows));

        for (var file : evidence.all(tenant)) {
            boolean inRange = !file.speaksFor().isBefore(from) && !file.speaksFor().isAfter(to);
            boolean review = file.requirements().contains("164.308(a)(1)(ii)(D)") || file.requirements().contains("164.312(b)")
                    || file.requirements().contains("164.308(a)(4)(ii)(C)");
            if (inRange && review) {
                out.add("activity-review/" + file.speaksFor() + "-" + safe(file.fileName()), "Activity and access review evidence",
                        (file.description() == null ? file.fileName() : file.description()) + " (" + String.join(", ", file.requirements())
                                + ")", bytes(scope, file));
            }
        }

        // Recognized security practices (HITECH section 13412): where each followed practice stood over the 12 months
        // before the end of the range, with the evidence of those in place.
        var coverage = practices.coverage(tenant, to);
        List<List<String>> practiceRows = new ArrayList<>();
        Set<java.util.UUID> practiceEvidence = new java.util.LinkedHashSet<>();
        for (var framework : coverage.frameworks()) {
            for (var p : framework.practices()) {
                practiceRows.add(Arrays.asList(framework.title(), p.practice().id(), p.practice().title(), p.standing().name(),
                        p.adoption() == null ? null : p.adoption().adoptedOn().toString(), String.valueOf(p.monthsInPlace()),
                        String.join(" ", p.gaps())));
                if (p.adoption() != null && p.standing() == io.safeguard.practices.Standing.IN_PLACE) {
                    practiceEvidence.addAll(p.adoption().evidenceIds());
                }
            }
        }
        if (!coverage.frameworks().isEmpty()) {
            out.add("practices/practices-" + to + ".csv", "Recognized security practices", "Each followed practice and whether it was "
                    + "in place for the 12 months from " + coverage.periodStart() + " to " + to + " (answer: " + coverage.answer() + ")",
                    csv(List.of("framework", "practice", "title", "standing", "adoptedOn", "monthsInPlace", "gaps"), practiceRows));
            for (var id : practiceEvidence) {
                EvidenceFile file = evidence.get(scope, id);
                out.add("practices/evidence/" + file.speaksFor() + "-" + safe(file.fileName()), "Recognized security practices",
                        "Evidence of a practice in place: " + (file.description() == null ? file.fileName() : file.description()),
                        bytes(scope, file));
            }
        }

        addIncidents(scope, from, to, out);

        Assessment assessment = assessments.evaluate(scope, to);
        out.add("assessment/assessment-" + to + ".pdf", "Assessment", "OCR readiness assessment as of " + to + ": score "
                + assessment.score(), assessmentReports.pdf(scope, assessment));
        out.add("assessment/assessment-" + to + ".json", "Assessment", "The same assessment as JSON",
                assessmentReports.json(assessment).getBytes(StandardCharsets.UTF_8));

        List<Entry> entries = List.copyOf(out.entries);
        out.add("manifest.csv", "Index", "Every file with its SHA-256", csv(List.of("path", "section", "description", "bytes", "sha256"),
                entries.stream().map(e -> Arrays.asList(e.path(), e.section(), e.description(), String.valueOf(e.bytes()), e.sha256())).toList()));
        out.add("index.html", "Index", "This index", index(organizations.get(tenant).name(), from, to, entries).getBytes(StandardCharsets.UTF_8));
        zip.finish();
        trail.record(ActivityEntry.of(tenant, "assessment.package", "ocr-package", tenant.value())
                .withDetail(from + " to " + to + ": " + entries.size() + " files"));
        return entries;
    }

    /**
     * Incidents discovered in the range (45 CFR 164.308(a)(6)(ii) response and reporting; 164.530(j) documentation of
     * breach determinations): each with its determination in force, the notices owed, its timeline and attached files.
     */
    private void addIncidents(TenantScope scope, LocalDate from, LocalDate to, Writer out) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> timeline = new ArrayList<>();
        List<Incident> inRange = incidents.all(scope.tenantId()).stream()
                .filter(i -> !i.details().discoveredOn().isBefore(from) && !i.details().discoveredOn().isAfter(to)).toList();
        for (Incident i : inRange) {
            var d = i.determination();
            String notices = String.join("; ", incidents.deadlines(scope.tenantId(), i).stream()
                    .map(x -> x.obligation().notice() + " due " + x.obligation().dueOn()).toList());
            rows.add(Arrays.asList(i.code(), i.details().title(), text(i.details().occurredFrom()), text(i.details().occurredTo()),
                    text(i.details().discoveredOn()), i.status().label(), String.valueOf(i.details().affected()),
                    d == null ? "Not determined" : d.conclusion().label(), d == null || d.exception() == null ? null : d.exception().citation(),
                    d == null ? null : text(d.decidedOn()), d == null ? null : d.decidedBy(), d == null ? null : d.rationale(),
                    d == null ? null : d.safeHarborBasis(), notices));
            for (var e : i.timeline()) {
                timeline.add(Arrays.asList(i.code(), text(e.happenedOn()), e.text(), e.author()));
            }
            for (EvidenceFile file : incidentLinks.attachments(scope, i.id())) {
                out.add("incidents/" + i.code() + "/" + file.speaksFor() + "-" + safe(file.fileName()), "Incidents and breaches",
                        i.code() + ": " + (file.description() == null ? file.fileName() : file.description()), bytes(scope, file));
            }
        }
        out.add("incidents/incidents.csv", "Incidents and breaches", "Incidents discovered in the range (" + inRange.size()
                        + "), each with its breach determination in force and the notices owed",
                csv(List.of("incident", "title", "occurredFrom", "occurredTo", "discoveredOn", "status", "affected", "determination",
                        "exception", "decidedOn", "decidedBy", "rationale", "safeHarbor", "notices"), rows));
        out.add("incidents/timelines.csv", "Incidents and breaches", "The timeline of each incident in the range",
                csv(List.of("incident", "date", "entry", "recordedBy"), timeline));
    }

    private static String index(String organization, LocalDate from, LocalDate to, List<Entry> entries) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"UTF-8\"><title>OCR data request package</title></head><body>");
        html.append("<h1>").append(HtmlUtils.htmlEscape(organization)).append(": documentation for ").append(from).append(" to ").append(to).append("</h1>");
        html.append("<p>Prepared with Safeguard. Each file's SHA-256 is listed here and in manifest.csv.</p>");
        String section = null;
        for (Entry e : entries) {
            if (!e.section().equals(section)) {
                if (section != null) {
                    html.append("</ul>");
                }
                section = e.section();
                html.append("<h2>").append(HtmlUtils.htmlEscape(section)).append("</h2><ul>");
            }
            html.append("<li><a href=\"").append(HtmlUtils.htmlEscape(e.path())).append("\">").append(HtmlUtils.htmlEscape(e.path()))
                    .append("</a>: ").append(HtmlUtils.htmlEscape(e.description())).append(" <small>SHA-256 ").append(e.sha256())
                    .append(", ").append(e.bytes()).append(" bytes</small></li>");
        }
        return html.append(section == null ? "" : "</ul>").append("</body></html>").toString();
    }

    private byte[] bytes(TenantScope scope, EvidenceFile file) {
        try (InputStream in = evidence.open(scope, file.id())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static byte[] csv(List<String> header, List<List<String>> rows) {
        var bytes = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            var csv = new CsvWriter(writer);
            csv.row(header);
            for (List<String> row : rows) {
                csv.row(row);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A file or folder name that stays inside the package: letters, digits, dot, dash and underscore only. */
    static String safe(String name) {
        String cleaned = name.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[.-]+", "");
        return cleaned.isEmpty() ? "file" : cleaned.substring(0, Math.min(cleaned.length(), 100));
    }

    private static final class Writer {
        private final ZipOutputStream zip;
        private final List<Entry> entries = new ArrayList<>();
        private final Set<String> paths = new HashSet<>();

        Writer(ZipOutputStream zip) {
            this.zip = zip;
        }

        void add(String path, String section, String description, byte[] content) {
            String unique = path;
            for (int n = 2; !paths.add(unique); n++) {
                unique = path.replaceFirst("(\\.[A-Za-z0-9]+)?$", "-" + n + "$1");
            }
            try {
                zip.putNextEntry(new ZipEntry(unique));
                zip.write(content);
                zip.closeEntry();
                entries.add(new Entry(unique, section, description, content.length,
                        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content))));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
