package io.safeguard.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.Safeguard;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The CLI contract: {@code safeguard assess <bundle> --format json} evaluates the demo bundle offline (no server, no
 * database file) and finds the demo's deliberate gaps, and only real gaps where it says Not met.
 */
class AssessCommandIntegrationTests {
    static final Map<String, JsonNode> FINDINGS = new HashMap<>();
    static JsonNode report;

    @BeforeAll
    static void assessTheDemoBundle(@TempDir Path folder) throws Exception {
        Path out = folder.resolve("assessment.json");
        int exit = Safeguard.run("assess", "examples/riverside-family-medicine", "--as-of", "2026-11-23", "--out", out.toString());
        assertThat(exit).isZero();
        report = JsonMapper.builder().build().readTree(Files.readString(out));
        report.get("findings").forEach(f -> FINDINGS.put(f.get("requirement").asString(), f));
    }

    @Test
    void theJsonCarriesTheContractFields() {
        assertThat(report.get("asOf").asString()).isEqualTo("2026-11-23");
        assertThat(report.get("score").asDouble()).isBetween(0.0, 100.0);
        assertThat(FINDINGS).containsKeys("164.308(a)(1)(ii)(A)", "164.312(a)(2)(iv)", "164.402", "164.530(a)(1)");
        assertThat(FINDINGS.values()).allSatisfy(f -> {
            assertThat(f.has("citation")).isTrue();
            assertThat(f.get("status").asString()).isIn("MET", "PARTIALLY_MET", "NOT_MET", "NOT_APPLICABLE", "UNKNOWN");
            assertThat(f.get("gaps").isArray()).isTrue();
            assertThat(f.get("evidence").isArray()).isTrue();
        });
    }

    @Test
    void theDemosDeliberateGapsAreFound() {
        expect("164.308(a)(1)(ii)(A)", "PARTIALLY_MET", "PACS imaging server (asset added 2026-09-14) is outside the analysis.");
        expect("164.308(a)(1)(ii)(B)", "NOT_MET", "R-019 Northwest IT Partners (Moderate): above the threshold without treatment.");
        expect("164.312(a)(2)(iv)", "NOT_MET", "laptop-12: ePHI at rest not encrypted.");
        expect("164.308(b)(1)", "NOT_MET", "Cascade Medical Billing: expired 2026-03-01; renewal requested 2026-10-15.");
        expect("164.308(a)(5)(i)", "NOT_MET", "4 of 40 members who must be trained are overdue.");
        expect("164.312(b)", "NOT_MET", "ECG cart: records no audit log.");
        expect("164.308(a)(4)(ii)(C)", "PARTIALLY_MET",
                "The last access review was signed off on 2026-04-02, more than three months before 2026-11-23.");
        assertThat(gaps("164.308(a)(3)(ii)(C)")).anyMatch(g -> g.startsWith("Brenda Cole: Microsoft 365 account still active"));
        assertThat(gaps("164.316(b)(2)(iii)")).anyMatch(g -> g.startsWith("Contingency Plan: past its review date"));
        assertThat(gaps("164.308(b)(1)")).anyMatch(g -> g.startsWith("Zoom Video Communications"));
    }

    @Test
    void whatTheDemoDoesRightIsMetAndWhatItDoesNotShowIsUnknownNeverMet() {
        List.of("164.308(a)(2)", "164.530(a)(1)", "164.308(a)(1)(ii)(D)").forEach(id -> assertThat(status(id)).as(id).isEqualTo("MET"));
        // No record in the bundle shows these: Unknown, with the next action, never Met.
        List.of("164.402", "164.312(a)(2)(ii)", "164.310(d)(2)(i)").forEach(id -> {
            assertThat(status(id)).as(id).isEqualTo("UNKNOWN");
            assertThat(FINDINGS.get(id).get("nextAction").asString()).startsWith("Link the policy or dated evidence");
        });
        assertThat(FINDINGS.values()).filteredOn(f -> f.get("status").asString().equals("NOT_MET"))
                .allSatisfy(f -> assertThat(f.get("gaps")).as(f.get("requirement").asString()).isNotEmpty());
    }

    private static void expect(String requirement, String status, String gap) {
        assertThat(status(requirement)).as(requirement).isEqualTo(status);
        assertThat(gaps(requirement)).as(requirement).contains(gap);
    }

    private static String status(String requirement) {
        return FINDINGS.get(requirement).get("status").asString();
    }

    private static List<String> gaps(String requirement) {
        var gaps = new java.util.ArrayList<String>();
        FINDINGS.get(requirement).get("gaps").forEach(g -> gaps.add(g.asString()));
        return gaps;
    }
}
