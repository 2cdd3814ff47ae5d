package io.safeguard.practices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.organization.SizeCategory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped frameworks against the counts in their headers, and the loader's refusals. */
class PracticeLibraryTests {
    private final PracticeLibrary library = new PracticeLibrary();

    @Test
    void csf20HasTheSixFunctionsWith106Subcategories() {
        var csf = library.framework(PracticeLibrary.CSF).orElseThrow();
        assertThat(csf.practices()).hasSize(106);
        assertThat(csf.published()).isEqualTo(LocalDate.of(2024, 2, 26));
        Map<String, Long> perFunction = csf.practices().stream()
                .collect(Collectors.groupingBy(p -> p.id().substring(0, 2), Collectors.counting()));
        assertThat(perFunction).containsExactlyInAnyOrderEntriesOf(
                Map.of("GV", 31L, "ID", 21L, "PR", 22L, "DE", 11L, "RS", 13L, "RC", 8L));
        assertThat(csf.practice("PR.AA-03")).hasValueSatisfying(p -> assertThat(p.parent()).isEqualTo("PR.AA"));
    }

    @Test
    void csfAppliesToEverySize() {
        for (SizeCategory size : SizeCategory.values()) {
            assertThat(library.applicable(PracticeLibrary.CSF, size)).hasSize(106);
        }
    }

    @Test
    void hicpSubPracticesDependOnTheOrganizationsSize() {
        assertThat(library.framework(PracticeLibrary.HICP).orElseThrow().practices()).hasSize(89);
        assertThat(library.applicable(PracticeLibrary.HICP, SizeCategory.SMALL)).hasSize(19)
                .allMatch(p -> p.id().contains(".S."));
        assertThat(library.applicable(PracticeLibrary.HICP, SizeCategory.MEDIUM)).hasSize(36)
                .allMatch(p -> p.id().contains(".M."));
        assertThat(library.applicable(PracticeLibrary.HICP, SizeCategory.LARGE)).hasSize(70)
                .noneMatch(p -> p.id().contains(".S."));
        assertThat(library.applicable(PracticeLibrary.HICP, SizeCategory.SMALL))
                .extracting(Practice::parent).contains("1", "10");
    }

    @Test
    void frameworksAreListedByKeyAndUnknownOnesAreAbsent() {
        assertThat(library.frameworks()).extracting(PracticeFramework::key).containsExactly(PracticeLibrary.HICP, PracticeLibrary.CSF);
        assertThat(library.framework("iso-27001")).isEmpty();
        assertThat(library.practice(PracticeLibrary.CSF, "1.S.A")).isEmpty();
        assertThat(library.applicable("iso-27001", SizeCategory.SMALL)).isEmpty();
    }

    @Test
    void anUnknownKeyStopsTheLoadAndNamesTheFile() {
        String file = VALID.replace("    evidence: [\"Log\"]", "    evidence: [\"Log\"]\n    weight: 3");
        assertThatThrownBy(() -> load(file)).hasMessageContaining("practices/demo-fw.yaml").hasMessageContaining("weight");
    }

    @Test
    void brokenRowsAreRefusedWithTheirId() {
        assertThatThrownBy(() -> load(VALID + ROW)).hasMessageContaining("A-1: duplicate id");
        assertThatThrownBy(() -> load(VALID.replace("    evidence: [\"Log\"]", "    evidence: []")))
                .hasMessageContaining("A-1: evidence examples required");
        assertThatThrownBy(() -> load(VALID.replace("sizes: [SMALL]", "sizes: [TINY]"))).hasMessageContaining("TINY");
        assertThatThrownBy(() -> load(VALID.replace("sizes: [SMALL]", "sizes: []"))).hasMessageContaining("sizes required");
        assertThatThrownBy(() -> load(VALID.replace("framework: demo-fw", "framework: other"))).hasMessageContaining("file's name");
        assertThatThrownBy(() -> load(VALID.replace("published: 2024-01-01\n", ""))).hasMessageContaining("published required");
    }

    @Test
    void aValidFileLoads() {
        assertThat(load(VALID).framework("demo-fw")).hasValueSatisfying(f -> {
            assertThat(f.practices()).singleElement().satisfies(p -> assertThat(p.appliesTo(SizeCategory.SMALL)).isTrue());
            assertThat(f.sources()).extracting(PracticeFramework.Source::url).containsExactly("https://example.org");
        });
    }

    private static PracticeLibrary load(String yaml) {
        return new PracticeLibrary(Map.of("demo-fw.yaml", new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    }

    private static final String ROW = """
              - id: A-1
                title: "A practice"
                parent: A
                group: "Group A"
                sizes: [SMALL]
                description: "What it is."
                evidence: ["Log"]
            """;

    private static final String VALID = """
            framework: demo-fw
            title: "Demo"
            version: "1"
            published: 2024-01-01
            sources:
              - name: "Source"
                url: "https://example.org"
            practices:
            """ + ROW;
}
