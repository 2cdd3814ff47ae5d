package io.safeguard.assessment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A stored assessment as an OSCAL {@code assessment-results} document (JSON, {@code oscal-version} 1.1.2): one result,
 * and one finding plus one observation per catalog row that applies.
 *
 * <p>Field names, required fields and datatypes were checked against NIST's JSON schema text
 * (usnistgov/OSCAL {@code json/schema/oscal_assessment-results_schema.json}, {@code $id} .../oscal/1.0.4/..., commit
 * 08372c80), the v1.1.2 JSON outline (pages.nist.gov/OSCAL-Reference/models/v1.1.2) for {@code metadata}, and the
 * compliance-trestle and dskyberg/oscal models for {@code finding-target.status}. What follows from them:
 * <ul>
 * <li>Every {@code uuid} must match the schema's UUID pattern (version 4 or 5), so ids are RFC 4122 version 5 (SHA-1,
 * name-based) UUIDs of the assessment id plus the row: the same assessment always gives the same document, and the
 * schema asks that a UUID stay the same for the same subject across revisions.
 * <li>{@code control-id}, {@code target-id} and {@code status.reason} are tokens ({@code ^(\p{L}|_)(\p{L}|\p{N}|[.\-_])*$}):
 * the id is {@code hipaa_} plus the lowercased requirement with every run of other characters than a-z and 0-9 turned
 * into one {@code _} and none left at either end ({@code 164.312(a)(2)(iv)} becomes {@code hipaa_164_312_a_2_iv}); the
 * reason is the Safeguard status as a token ({@code partially-met}), and the words go into {@code status.remarks}.
 * <li>{@code status.state} is {@code satisfied} or {@code not-satisfied} only, so Not applicable has no finding: those
 * rows are listed under {@code exclude-controls} of the same control selection, with the reason in its remarks.
 * <li>A {@code #fragment} {@code import-ap} href points to a {@code back-matter} resource by uuid; Safeguard writes no
 * assessment plan, so the resource is a placeholder that says what the plan was.
 * <li>Arrays have {@code minItems: 1}, so an empty list is left out rather than written as {@code []}.
 * </ul>
 */
public final class AssessmentOscal {
    static final String OSCAL_VERSION = "1.1.2";
    /** Namespace of the Safeguard-specific props (the schema wants a URI; a URN claims no web domain). */
    static final String NS = "urn:safeguard:oscal";
    private static final UUID SAFEGUARD_NAMESPACE = UUID.fromString("3f0c6a52-8d1e-4b7a-9c25-6e4d1b8a0f73");
    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final String PLAN_REMARKS = "Safeguard does not write an OSCAL assessment plan. This href points to a"
            + " placeholder resource in back-matter that describes the plan the assessment followed.";

    private AssessmentOscal() {}

    public static String toJson(Assessment assessment, String organizationName, Instant generatedAt) {
        Ids ids = new Ids(assessment.id());
        String organization = organizationName.strip().replaceAll("\\s+", " ");
        ObjectNode root = JSON.createObjectNode();
        ObjectNode doc = root.putObject("assessment-results");
        doc.put("uuid", ids.of("document"));
        doc.set("metadata", metadata(assessment, organization, generatedAt, ids));
        doc.putObject("import-ap").put("href", "#" + ids.of("assessment-plan")).put("remarks", PLAN_REMARKS);
        doc.putArray("results").add(result(assessment, organization, ids));
        ObjectNode plan = doc.putObject("back-matter").putArray("resources").addObject();
        plan.put("uuid", ids.of("assessment-plan"));
        plan.put("title", "Safeguard assessment plan (placeholder)");
        plan.put("description", "Every requirement of the HIPAA catalogs in force on " + assessment.asOf()
                + ", evaluated from the program data and attested evidence recorded in Safeguard.");
        return JSON.writeValueAsString(root);
    }

    private static ObjectNode metadata(Assessment a, String organization, Instant generatedAt, Ids ids) {
        ObjectNode metadata = JSON.createObjectNode();
        metadata.put("title", "HIPAA readiness assessment" + (organization.isEmpty() ? "" : " of " + organization)
                + " as of " + a.asOf());
        metadata.put("last-modified", timestamp(generatedAt));
        metadata.put("version", a.asOf().toString());
        metadata.put("oscal-version", OSCAL_VERSION);
        ObjectNode party = metadata.putArray("parties").addObject().put("uuid", ids.of("organization"))
                .put("type", "organization");
        if (!organization.isEmpty()) {
            party.put("name", organization);
        }
        return metadata;
    }

    private static ObjectNode result(Assessment a, String organization, Ids ids) {
        List<Row> rows = rows(a.findings());
        ObjectNode result = JSON.createObjectNode();
        result.put("uuid", ids.of("result"));
        result.put("title", "Readiness assessment as of " + a.asOf());
        result.put("description", summary(a));
        result.put("start", timestamp(a.createdAt()));
        result.put("end", timestamp(a.createdAt()));
        ArrayNode props = result.putArray("props");
        prop(props, "as-of", a.asOf().toString());
        prop(props, "readiness-score", String.format(Locale.ROOT, "%.1f", a.score()));
        result.set("reviewed-controls", reviewedControls(rows));
        List<Row> applicable = rows.stream().filter(r -> r.finding().status() != FindingStatus.NOT_APPLICABLE).toList();
        if (!applicable.isEmpty()) {
            ArrayNode observations = result.putArray("observations");
            applicable.forEach(r -> observations.add(observation(r, a, organization, ids)));
            ArrayNode findings = result.putArray("findings");
            applicable.forEach(r -> findings.add(finding(r, ids)));
        }
        return result;
    }

    private static String summary(Assessment a) {
        return String.format(Locale.ROOT, "Safeguard evaluated %d catalog rows as of %s: %d met, %d partially met, %d not"
                + " met, %d unknown and %d not applicable. Readiness score %.1f of 100.", a.findings().size(), a.asOf(),
                a.count(FindingStatus.MET), a.count(FindingStatus.PARTIALLY_MET), a.count(FindingStatus.NOT_MET),
                a.count(FindingStatus.UNKNOWN), a.count(FindingStatus.NOT_APPLICABLE), a.score());
    }

    private static ObjectNode reviewedControls(List<Row> rows) {
        ObjectNode reviewed = JSON.createObjectNode();
        reviewed.put("description", "The rows of the HIPAA catalogs that Safeguard evaluated.");
        ObjectNode selection = reviewed.putArray("control-selections").addObject();
        selection.put("description", "Rows that apply are included; rows found not applicable are excluded.");
        List<String> reasons = new ArrayList<>();
        for (Row row : rows) {
            boolean applies = row.finding().status() != FindingStatus.NOT_APPLICABLE;
            String list = applies ? "include-controls" : "exclude-controls";
            ArrayNode controls = selection.has(list) ? (ArrayNode) selection.get(list) : selection.putArray(list);
            controls.addObject().put("control-id", controlId(row.finding().requirement()));
            if (!applies) {
                reasons.add("- " + row.finding().citation() + ": not applicable. " + String.join(" ", row.finding().evidence()));
            }
        }
        if (!reasons.isEmpty()) {
            selection.put("remarks", String.join("\n", reasons).strip());
        }
        return reviewed;
    }

    private static ObjectNode observation(Row row, Assessment a, String organization, Ids ids) {
        Finding f = row.finding();
        ObjectNode observation = JSON.createObjectNode();
        observation.put("uuid", ids.of("observation/" + row.key()));
        observation.put("title", f.citation() + " " + f.title());
        observation.put("description", f.gaps().isEmpty() ? "No gaps found."
                : String.join("\n", f.gaps().stream().map(gap -> "- " + gap).toList()));
        ArrayNode methods = observation.putArray("methods");
        methods.add("EXAMINE");
        if (f.basis() == Finding.Basis.ATTESTATION) {
            methods.add("INTERVIEW");
        }
        ObjectNode subject = observation.putArray("subjects").addObject();
        subject.put("subject-uuid", ids.of("organization")).put("type", "party");
        if (!organization.isEmpty()) {
            subject.put("title", organization);
        }
        if (!f.evidence().isEmpty()) {
            ArrayNode evidence = observation.putArray("relevant-evidence");
            f.evidence().forEach(line -> evidence.addObject().put("description", line));
        }
        observation.put("collected", timestamp(a.createdAt()));
        return observation;
    }

    private static ObjectNode finding(Row row, Ids ids) {
        Finding f = row.finding();
        ObjectNode finding = JSON.createObjectNode();
        finding.put("uuid", ids.of("finding/" + row.key()));
        finding.put("title", f.citation() + " " + f.title());
        finding.put("description", f.status().label() + ". " + (f.gaps().isEmpty() ? "No gaps found."
                : f.gaps().size() + (f.gaps().size() == 1 ? " gap" : " gaps") + " recorded in the related observation."));
        ArrayNode props = finding.putArray("props");
        prop(props, "safeguard-status", reason(f.status()));
        prop(props, "basis", f.basis().name().toLowerCase(Locale.ROOT));
        prop(props, "enforcement-weight", Integer.toString(f.weight()));
        ObjectNode target = finding.putObject("target");
        target.put("type", "statement-id");
        target.put("target-id", controlId(f.requirement()));
        status(target.putObject("status"), f.status());
        finding.putArray("related-observations").addObject().put("observation-uuid", ids.of("observation/" + row.key()));
        if (f.nextAction() != null && !f.nextAction().isBlank()) {
            finding.put("remarks", "Next action: " + f.nextAction().strip());
        }
        return finding;
    }

    /** Only Met is satisfied; the reason is the Safeguard status as a token, the remarks say it in words. */
    private static void status(ObjectNode status, FindingStatus safeguard) {
        status.put("state", safeguard == FindingStatus.MET ? "satisfied" : "not-satisfied");
        status.put("reason", reason(safeguard));
        status.put("remarks", "Safeguard status: " + safeguard.label() + (safeguard == FindingStatus.UNKNOWN
                ? " (no evidence: the data needed to decide is missing, and Unknown is never counted as Met)." : "."));
    }

    /** The requirement as an OSCAL token: {@code 164.308(a)(1)(ii)(A)} becomes {@code hipaa_164_308_a_1_ii_a}. */
    static String controlId(String requirement) {
        return "hipaa_" + requirement.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
    }

    static String reason(FindingStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** RFC 4122 section 4.3 version 5 UUID: SHA-1 over the namespace bytes and the UTF-8 name. */
    static UUID nameBased(UUID namespace, String name) {
        MessageDigest sha1;
        try {
            sha1 = MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-1", e);
        }
        sha1.update(ByteBuffer.allocate(16).putLong(namespace.getMostSignificantBits())
                .putLong(namespace.getLeastSignificantBits()).array());
        ByteBuffer hash = ByteBuffer.wrap(sha1.digest(name.getBytes(StandardCharsets.UTF_8)));
        long most = (hash.getLong(0) & ~0xF000L) | 0x5000L;
        long least = (hash.getLong(8) & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least);
    }

    private static void prop(ArrayNode props, String name, String value) {
        props.addObject().put("name", name).put("ns", NS).put("value", value);
    }

    private static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Each finding with a key unique in the assessment: the requirement, numbered if it occurs again. */
    private static List<Row> rows(List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        return findings.stream().map(f -> {
            int n = seen.merge(f.requirement(), 1, Integer::sum);
            return new Row(f, n == 1 ? f.requirement() : f.requirement() + "#" + n);
        }).toList();
    }

    private record Row(Finding finding, String key) {}

    private record Ids(UUID assessment) {
        String of(String name) {
            return nameBased(SAFEGUARD_NAMESPACE, assessment + "/" + name).toString();
        }
    }
}
