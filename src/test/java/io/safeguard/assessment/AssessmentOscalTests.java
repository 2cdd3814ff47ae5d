package io.safeguard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AssessmentOscalTests {
    static final UUID ID = UUID.fromString("0b9d3c1e-6f2a-4c8e-9d71-2a5e8f4b3c10");
    static final Instant CREATED = Instant.parse("2026-03-02T15:00:00.123456Z");
    static final Instant GENERATED = Instant.parse("2026-03-05T09:30:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    static Finding finding(String requirement, String title, FindingStatus status, List<String> gaps, List<String> evidence,
            String next, Finding.Basis basis) {
        String citation = requirement.startsWith("NPRM") ? requirement : "45 CFR " + requirement;
        return new Finding(requirement, citation, title, status, gaps, evidence, next, 3, basis);
    }

    static Assessment assessment(UUID id) {
        List<Finding> findings = List.of(
                finding("164.308(a)(1)(ii)(A)", "Risk analysis", FindingStatus.NOT_MET,
                        List.of("No risk analysis on record.", "laptop-12 is not in any analysis."), List.of(),
                        "Run a risk analysis.", Finding.Basis.COMPUTED),
                finding("164.308(b)(1)", "Business associate contracts", FindingStatus.NOT_MET,
                        List.of("Acme Billing has no signed BAA."), List.of(), "Sign a BAA with Acme Billing.",
                        Finding.Basis.COMPUTED),
                finding("164.312(a)(2)(iv)", "Encryption and decryption", FindingStatus.PARTIALLY_MET,
                        List.of("fs-02 stores ePHI unencrypted."), List.of("laptop-12: full-disk encryption"),
                        "Encrypt fs-02.", Finding.Basis.COMPUTED),
                finding("164.308(a)(5)(i)", "Security awareness and training", FindingStatus.PARTIALLY_MET,
                        List.of("2 of 14 workforce members are overdue."), List.of("12 completions this year."),
                        "Assign the overdue training.", Finding.Basis.AGGREGATE),
                finding("164.308(a)(7)(ii)(A)", "Data backup plan", FindingStatus.UNKNOWN,
                        List.of("No backup data recorded."), List.of(), "Record the backups.", Finding.Basis.COMPUTED),
                finding("NPRM-termination-1h", "Access ends within 1 hour", FindingStatus.UNKNOWN,
                        List.of("No termination dates recorded."), List.of(), "Record terminations.",
                        Finding.Basis.COMPUTED),
                finding("164.308(a)(2)", "Assigned security responsibility", FindingStatus.MET, List.of(),
                        List.of("Security official: Dana Reyes"), "Keep it current.", Finding.Basis.COMPUTED),
                finding("164.310(d)(1)", "Device and media controls", FindingStatus.MET, List.of(),
                        List.of("Media policy (policy, v3)", "disposal-log.pdf (164.310(d)(2)(i))"),
                        "Keep the evidence current.", Finding.Basis.ATTESTATION),
                finding("164.314(b)(1)", "Requirements for group health plans", FindingStatus.NOT_APPLICABLE,
                        List.of(), List.of("The organization is not a group health plan."), "None.",
                        Finding.Basis.COMPUTED));
        return new Assessment(id, LocalDate.of(2026, 3, 2), 41.5, findings, "dana@example.org", CREATED,
                Map.of("164.308(a)(1)(ii)(A)", LocalDate.of(2026, 1, 10)));
    }

    static JsonNode export(Assessment assessment) {
        return JSON.readTree(AssessmentOscal.toJson(assessment, "  Example   Family\nClinic ", GENERATED));
    }

    static JsonNode result() {
        return export(assessment(ID)).get("assessment-results").get("results").get(0);
    }

    static List<JsonNode> list(JsonNode array) {
        return array == null ? List.of() : StreamSupport.stream(array.spliterator(), false).toList();
    }

    static JsonNode findingFor(String targetId) {
        return list(result().get("findings")).stream()
                .filter(f -> f.get("target").get("target-id").asString().equals(targetId)).findFirst().orElseThrow();
    }

    static JsonNode observationOf(JsonNode finding) {
        String uuid = finding.get("related-observations").get(0).get("observation-uuid").asString();
        return list(result().get("observations")).stream().filter(o -> o.get("uuid").asString().equals(uuid))
                .findFirst().orElseThrow();
    }

    @Test
    void writesTheRequiredDocumentFields() {
        JsonNode doc = export(assessment(ID)).get("assessment-results");

        assertThat(doc.get("metadata").get("title").asString())
                .isEqualTo("HIPAA readiness assessment of Example Family Clinic as of 2026-03-02");
        assertThat(doc.get("metadata").get("last-modified").asString()).isEqualTo("2026-03-05T09:30:00Z");
        assertThat(doc.get("metadata").get("oscal-version").asString()).isEqualTo("1.1.2");
        assertThat(doc.get("metadata").get("parties").get(0).get("name").asString()).isEqualTo("Example Family Clinic");
        assertThat(doc.get("results")).hasSize(1);
        assertThat(result().get("start").asString()).isEqualTo("2026-03-02T15:00:00Z");
        assertThat(result().get("description").asString()).contains("9 catalog rows", "2 met", "2 partially met",
                "2 not met", "2 unknown", "1 not applicable", "41.5 of 100");
    }

    @Test
    void pointsTheImportedPlanAtAPlaceholderInBackMatter() {
        JsonNode doc = export(assessment(ID)).get("assessment-results");
        JsonNode plan = doc.get("back-matter").get("resources").get(0);

        assertThat(doc.get("import-ap").get("href").asString()).isEqualTo("#" + plan.get("uuid").asString());
        assertThat(doc.get("import-ap").get("remarks").asString()).contains("placeholder");
        assertThat(plan.get("title").asString()).contains("placeholder");
    }

    @Test
    void writesOneFindingAndOneObservationPerApplicableRow() {
        List<JsonNode> findings = list(result().get("findings"));
        Set<String> observationUuids = new HashSet<>();
        list(result().get("observations")).forEach(o -> observationUuids.add(o.get("uuid").asString()));

        assertThat(findings).hasSize(8);
        assertThat(observationUuids).hasSize(8);
        assertThat(findings).allSatisfy(f -> assertThat(observationUuids)
                .contains(f.get("related-observations").get(0).get("observation-uuid").asString()));
    }

    @Test
    void marksOnlyMetRowsAsSatisfiedAndGivesTheSafeguardStatusAsReason() {
        assertThat(findingFor("hipaa_164_308_a_2").get("target").get("status").get("state").asString()).isEqualTo("satisfied");
        assertThat(findingFor("hipaa_164_310_d_1").get("target").get("status").get("state").asString()).isEqualTo("satisfied");
        assertThat(status("hipaa_164_308_a_1_ii_a")).containsExactly("not-satisfied", "not-met");
        assertThat(status("hipaa_164_312_a_2_iv")).containsExactly("not-satisfied", "partially-met");
        assertThat(status("hipaa_nprm_termination_1h")).containsExactly("not-satisfied", "unknown");
        assertThat(findingFor("hipaa_164_308_a_7_ii_a").get("target").get("status").get("remarks").asString())
                .contains("Unknown", "no evidence");
    }

    static List<String> status(String targetId) {
        JsonNode status = findingFor(targetId).get("target").get("status");
        return List.of(status.get("state").asString(), status.get("reason").asString());
    }

    @Test
    void excludesNotApplicableRowsFromTheReviewedControls() {
        JsonNode selection = result().get("reviewed-controls").get("control-selections").get(0);
        List<String> included = list(selection.get("include-controls")).stream().map(c -> c.get("control-id").asString())
                .toList();

        assertThat(included).hasSize(8).doesNotContain("hipaa_164_314_b_1");
        assertThat(selection.get("exclude-controls").get(0).get("control-id").asString()).isEqualTo("hipaa_164_314_b_1");
        assertThat(selection.get("remarks").asString()).contains("not a group health plan");
        assertThat(list(result().get("findings"))).noneSatisfy(
                f -> assertThat(f.get("target").get("target-id").asString()).isEqualTo("hipaa_164_314_b_1"));
    }

    @Test
    void turnsGapsIntoObservationLinesAndEvidenceIntoRelevantEvidence() {
        JsonNode observation = observationOf(findingFor("hipaa_164_312_a_2_iv"));

        assertThat(observation.get("description").asString()).isEqualTo("- fs-02 stores ePHI unencrypted.");
        assertThat(observation.get("relevant-evidence").get(0).get("description").asString())
                .isEqualTo("laptop-12: full-disk encryption");
        assertThat(observationOf(findingFor("hipaa_164_308_a_1_ii_a")).get("description").asString())
                .isEqualTo("- No risk analysis on record.\n- laptop-12 is not in any analysis.");
        assertThat(observationOf(findingFor("hipaa_164_308_a_1_ii_a")).has("relevant-evidence")).isFalse();
    }

    @Test
    void recordsAttestedRowsAsExaminedAndInterviewed() {
        assertThat(list(observationOf(findingFor("hipaa_164_310_d_1")).get("methods"))).extracting(JsonNode::asString)
                .containsExactly("EXAMINE", "INTERVIEW");
        assertThat(list(observationOf(findingFor("hipaa_164_308_a_2")).get("methods"))).extracting(JsonNode::asString)
                .containsExactly("EXAMINE");
    }

    @Test
    void putsTheNextActionInTheFindingRemarks() {
        assertThat(findingFor("hipaa_164_308_b_1").get("remarks").asString()).isEqualTo("Next action: Sign a BAA with Acme Billing.");
    }

    @Test
    void normalizesTheRequirementToAnOscalToken() {
        assertThat(AssessmentOscal.controlId("164.312(a)(2)(iv)")).isEqualTo("hipaa_164_312_a_2_iv");
        assertThat(AssessmentOscal.controlId("164.308(a)(1)(ii)(A)")).isEqualTo("hipaa_164_308_a_1_ii_a");
        assertThat(AssessmentOscal.controlId("NPRM-termination-1h")).isEqualTo("hipaa_nprm_termination_1h");
    }

    @Test
    void sameAssessmentGivesTheSameDocument() {
        String first = AssessmentOscal.toJson(assessment(ID), "Example Family Clinic", GENERATED);
        String second = AssessmentOscal.toJson(assessment(ID), "Example Family Clinic", GENERATED);
        String other = AssessmentOscal.toJson(assessment(UUID.fromString("7c1f2e3d-4b5a-4968-8776-5e4d3c2b1a09")),
                "Example Family Clinic", GENERATED);

        assertThat(second).isEqualTo(first);
        assertThat(JSON.readTree(other).get("assessment-results").get("uuid"))
                .isNotEqualTo(JSON.readTree(first).get("assessment-results").get("uuid"));
    }

    @Test
    void derivesVersion5Uuids() {
        UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");

        // The example of Python's uuid module: uuid5(NAMESPACE_DNS, 'python.org').
        assertThat(AssessmentOscal.nameBased(dns, "python.org")).hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
        assertThat(AssessmentOscal.nameBased(dns, "python.org").version()).isEqualTo(5);
    }

    /**
     * The shape the NIST JSON schema asks for (oscal_assessment-results_schema.json, 1.0.4 text, same fields in the
     * 1.1.2 outline), checked by hand because no JSON Schema validator is on the test classpath: the required and the
     * allowed properties of each object we write ({@code additionalProperties: false}), the datatype patterns, the
     * enums, and no empty array ({@code minItems: 1}).
     */
    @Nested
    class SchemaShape {
        static final Pattern UUID_V4_OR_V5 = Pattern.compile(
                "^[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[45][0-9A-Fa-f]{3}-[89ABab][0-9A-Fa-f]{3}-[0-9A-Fa-f]{12}$");
        static final Pattern TOKEN = Pattern.compile("^(\\p{L}|_)(\\p{L}|\\p{N}|[.\\-_])*$");
        static final Pattern STRING = Pattern.compile("^\\S(.*\\S)?$");
        static final Pattern DATE_TIME_WITH_TIMEZONE = Pattern.compile("^(((2000|2400|2800|(19|2[0-9](0[48]|[2468][048]"
                + "|[13579][26])))-02-29)|(((19|2[0-9])[0-9]{2})-02-(0[1-9]|1[0-9]|2[0-8]))|(((19|2[0-9])[0-9]{2})-(0[13578]"
                + "|10|12)-(0[1-9]|[12][0-9]|3[01]))|(((19|2[0-9])[0-9]{2})-(0[469]|11)-(0[1-9]|[12][0-9]|30)))T(2[0-3]"
                + "|[01][0-9]):([0-5][0-9]):([0-5][0-9])(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$");

        final List<String> errors = new ArrayList<>();

        void shape(String where, JsonNode node, List<String> required, List<String> optional) {
            required.stream().filter(p -> !node.has(p)).forEach(p -> errors.add(where + " lacks " + p));
            node.propertyNames().stream().filter(p -> !required.contains(p) && !optional.contains(p))
                    .forEach(p -> errors.add(where + " has " + p + ", which the schema does not allow"));
        }

        void matches(String where, JsonNode value, Pattern pattern) {
            if (value == null || !value.isString() || !pattern.matcher(value.asString()).matches()) {
                errors.add(where + " = " + value + " does not match " + pattern);
            }
        }

        void noEmptyArrays(String where, JsonNode node) {
            if (node.isArray() && node.isEmpty()) {
                errors.add(where + " is an empty array");
            }
            node.properties().forEach(e -> noEmptyArrays(where + "/" + e.getKey(), e.getValue()));
            for (int i = 0; node.isArray() && i < node.size(); i++) {
                noEmptyArrays(where + "[" + i + "]", node.get(i));
            }
        }

        void checkDocument(JsonNode root) {
            shape("root", root, List.of("assessment-results"), List.of());
            JsonNode doc = root.get("assessment-results");
            shape("assessment-results", doc, List.of("uuid", "metadata", "import-ap", "results"),
                    List.of("local-definitions", "back-matter"));
            matches("assessment-results/uuid", doc.get("uuid"), UUID_V4_OR_V5);
            checkMetadata(doc.get("metadata"));
            shape("import-ap", doc.get("import-ap"), List.of("href"), List.of("remarks"));
            JsonNode resource = doc.get("back-matter").get("resources").get(0);
            shape("back-matter/resources[0]", resource, List.of("uuid"), List.of("title", "description", "props",
                    "document-ids", "citation", "rlinks", "base64", "remarks"));
            matches("resource/uuid", resource.get("uuid"), UUID_V4_OR_V5);
            list(doc.get("results")).forEach(this::checkResult);
            noEmptyArrays("", root);
        }

        void checkMetadata(JsonNode metadata) {
            shape("metadata", metadata, List.of("title", "last-modified", "version", "oscal-version"),
                    List.of("published", "revisions", "document-ids", "props", "links", "roles", "locations", "parties",
                            "responsible-parties", "remarks"));
            matches("metadata/last-modified", metadata.get("last-modified"), DATE_TIME_WITH_TIMEZONE);
            matches("metadata/version", metadata.get("version"), STRING);
            matches("metadata/oscal-version", metadata.get("oscal-version"), STRING);
            list(metadata.get("parties")).forEach(party -> {
                shape("party", party, List.of("uuid", "type"), List.of("name", "short-name", "external-ids", "props",
                        "links", "email-addresses", "telephone-numbers", "addresses", "location-uuids",
                        "member-of-organizations", "remarks"));
                matches("party/uuid", party.get("uuid"), UUID_V4_OR_V5);
                assertThat(party.get("type").asString()).isIn("person", "organization");
                if (party.has("name")) {
                    matches("party/name", party.get("name"), STRING);
                }
            });
        }

        void checkResult(JsonNode result) {
            shape("result", result, List.of("uuid", "title", "description", "start", "reviewed-controls"),
                    List.of("end", "props", "links", "local-definitions", "attestations", "assessment-log",
                            "observations", "risks", "findings", "remarks"));
            matches("result/uuid", result.get("uuid"), UUID_V4_OR_V5);
            matches("result/start", result.get("start"), DATE_TIME_WITH_TIMEZONE);
            matches("result/end", result.get("end"), DATE_TIME_WITH_TIMEZONE);
            list(result.get("props")).forEach(this::checkProp);
            JsonNode reviewed = result.get("reviewed-controls");
            shape("reviewed-controls", reviewed, List.of("control-selections"),
                    List.of("description", "props", "links", "control-objective-selections", "remarks"));
            list(reviewed.get("control-selections")).forEach(selection -> {
                shape("control-selection", selection, List.of(), List.of("description", "props", "links",
                        "include-all", "include-controls", "exclude-controls", "remarks"));
                list(selection.get("include-controls")).forEach(c -> checkSelectControl(c));
                list(selection.get("exclude-controls")).forEach(c -> checkSelectControl(c));
            });
            list(result.get("observations")).forEach(this::checkObservation);
            list(result.get("findings")).forEach(this::checkFinding);
        }

        void checkSelectControl(JsonNode control) {
            shape("select-control-by-id", control, List.of("control-id"), List.of("statement-ids"));
            matches("control-id", control.get("control-id"), TOKEN);
        }

        void checkProp(JsonNode prop) {
            shape("prop", prop, List.of("name", "value"), List.of("uuid", "ns", "class", "group", "remarks"));
            matches("prop/name", prop.get("name"), TOKEN);
            matches("prop/value", prop.get("value"), STRING);
            matches("prop/ns", prop.get("ns"), Pattern.compile("^[a-zA-Z][a-zA-Z0-9+\\-.]+:.+$"));
        }

        void checkObservation(JsonNode observation) {
            shape("observation", observation, List.of("uuid", "description", "methods", "collected"),
                    List.of("title", "props", "links", "types", "origins", "subjects", "relevant-evidence", "expires",
                            "remarks"));
            matches("observation/uuid", observation.get("uuid"), UUID_V4_OR_V5);
            matches("observation/collected", observation.get("collected"), DATE_TIME_WITH_TIMEZONE);
            list(observation.get("methods")).forEach(m -> assertThat(m.asString()).isIn("EXAMINE", "INTERVIEW", "TEST"));
            list(observation.get("subjects")).forEach(subject -> {
                shape("subject", subject, List.of("subject-uuid", "type"), List.of("title", "props", "links", "remarks"));
                matches("subject/subject-uuid", subject.get("subject-uuid"), UUID_V4_OR_V5);
                matches("subject/type", subject.get("type"), TOKEN);
            });
            list(observation.get("relevant-evidence")).forEach(evidence -> shape("relevant-evidence", evidence,
                    List.of("description"), List.of("href", "props", "links", "remarks")));
        }

        void checkFinding(JsonNode finding) {
            shape("finding", finding, List.of("uuid", "title", "description", "target"), List.of("props", "links",
                    "origins", "implementation-statement-uuid", "related-observations", "related-risks", "remarks"));
            matches("finding/uuid", finding.get("uuid"), UUID_V4_OR_V5);
            list(finding.get("props")).forEach(this::checkProp);
            JsonNode target = finding.get("target");
            shape("finding-target", target, List.of("type", "target-id", "status"), List.of("title", "description",
                    "props", "links", "implementation-status", "remarks"));
            assertThat(target.get("type").asString()).isIn("statement-id", "objective-id");
            matches("target-id", target.get("target-id"), TOKEN);
            JsonNode status = target.get("status");
            shape("objective-status", status, List.of("state"), List.of("reason", "remarks"));
            assertThat(status.get("state").asString()).isIn("satisfied", "not-satisfied");
            matches("status/reason", status.get("reason"), TOKEN);
            list(finding.get("related-observations")).forEach(related -> {
                shape("related-observation", related, List.of("observation-uuid"), List.of());
                matches("observation-uuid", related.get("observation-uuid"), UUID_V4_OR_V5);
            });
        }

        @Test
        void exportHasTheShapeTheSchemaAsksFor() {
            checkDocument(export(assessment(ID)));

            assertThat(errors).isEmpty();
        }

        @Test
        void exportWithoutApplicableRowsLeavesEmptyListsOut() {
            Assessment onlyNotApplicable = new Assessment(ID, LocalDate.of(2026, 3, 2), 0.0,
                    List.of(assessment(ID).findings().getLast()), "dana@example.org", CREATED, Map.of());

            JsonNode root = JSON.readTree(AssessmentOscal.toJson(onlyNotApplicable, "", GENERATED));
            checkDocument(root);

            assertThat(errors).isEmpty();
            assertThat(root.get("assessment-results").get("results").get(0).has("findings")).isFalse();
            assertThat(root.get("assessment-results").get("metadata").get("parties").get(0).has("name")).isFalse();
        }
    }
}
