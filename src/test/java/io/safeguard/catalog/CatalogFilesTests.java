package io.safeguard.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.shared.Citation;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The shipped catalogs against the counts of the regulation (../shared/reference/regulation.md section 1.1). */
class CatalogFilesTests {
    private final List<CatalogDefinition> definitions = CatalogFiles.load();

    private CatalogDefinition catalog(String key) {
        return definitions.stream().filter(d -> d.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void theSecurityRuleHas22StandardsAnd43ImplementationSpecifications() {
        var rows = catalog("hipaa-security-rule").requirements();
        assertThat(rows).filteredOn(r -> r.type() == RequirementType.STANDARD).hasSize(22);
        var specifications = rows.stream().filter(r -> r.type() == RequirementType.IMPLEMENTATION_SPECIFICATION).toList();
        assertThat(specifications).hasSize(43);
        assertThat(specifications).filteredOn(r -> r.designation() == Designation.REQUIRED).hasSize(21);
        assertThat(specifications).filteredOn(r -> r.designation() == Designation.ADDRESSABLE).hasSize(22);
    }

    @Test
    void sevenStandardsWithoutSpecificationsAreThemselvesRequired() {
        var rows = catalog("hipaa-security-rule").requirements();
        var standardsWithoutSpecifications = rows.stream()
                .filter(r -> r.type() == RequirementType.STANDARD)
                .filter(s -> rows.stream().noneMatch(r -> s.id().equals(r.parent())))
                .toList();
        assertThat(standardsWithoutSpecifications).extracting(Requirement::id).containsExactlyInAnyOrder(
                "164.308(a)(2)", "164.308(a)(8)", "164.310(b)", "164.310(c)", "164.312(b)", "164.312(d)", "164.316(a)");
        assertThat(standardsWithoutSpecifications).allMatch(r -> r.designation() == Designation.REQUIRED);
    }

    @Test
    void theSectionCountsMatchTheRegulation() {
        Map<Integer, Long> specificationsPerSection = catalog("hipaa-security-rule").requirements().stream()
                .filter(r -> r.type() == RequirementType.IMPLEMENTATION_SPECIFICATION)
                .collect(Collectors.groupingBy(r -> r.citation().section(), Collectors.counting()));
        assertThat(specificationsPerSection).containsExactlyInAnyOrderEntriesOf(Map.of(308, 21L, 310, 8L, 312, 7L, 314, 4L, 316, 3L));
    }

    @Test
    void everyCitationParsesAndEverySpecificationSitsInsideItsStandard() {
        for (CatalogDefinition definition : definitions) {
            Map<String, Requirement> byId = definition.requirements().stream()
                    .collect(Collectors.toMap(Requirement::id, Function.identity()));
            for (Requirement row : definition.requirements()) {
                if (!row.id().startsWith("NPRM-")) {
                    assertThat(Citation.isValid(row.id())).as(row.id()).isTrue();
                }
                if (row.parent() != null) {
                    Citation parent = Citation.parse(row.parent());
                    Citation child = Citation.parse(row.id());
                    assertThat(byId).containsKey(row.parent());
                    assertThat(parent.section()).as(row.id()).isEqualTo(child.section());
                }
            }
        }
    }

    @Test
    void everyBaseRowHasGuidance() {
        definitions.stream().filter(d -> d.kind() == CatalogDefinition.Kind.BASE)
                .flatMap(d -> d.requirements().stream())
                .forEach(r -> {
                    assertThat(r.guidance().meaning()).as(r.id()).hasSizeGreaterThan(40);
                    assertThat(r.guidance().evidence()).as(r.id()).isNotEmpty();
                    assertThat(r.guidance().auditorAsks()).as(r.id()).isNotEmpty();
                });
    }

    @Test
    void theBreachAndPrivacyCatalogsCoverTheirProvisions() {
        assertThat(catalog("hipaa-breach-notification").requirements()).extracting(r -> r.citation().section())
                .contains(402, 404, 406, 408, 410, 412, 414);
        assertThat(catalog("hipaa-privacy-rule").requirements()).extracting(r -> r.citation().section())
                .contains(502, 504, 520, 524, 530);
    }

    @Test
    void theProposalIsAnOverlayThatMakesEveryAddressableSpecificationRequired() {
        var overlay = catalog("security-rule-nprm-2025");
        assertThat(overlay.kind()).isEqualTo(CatalogDefinition.Kind.OVERLAY);
        assertThat(overlay.overlays()).isEqualTo("hipaa-security-rule");
        var addressable = catalog("hipaa-security-rule").requirements().stream()
                .filter(Requirement::addressable).map(Requirement::id).toList();
        assertThat(overlay.requirements()).filteredOn(r -> !r.id().startsWith("NPRM-"))
                .extracting(Requirement::id).containsAll(addressable);
        assertThat(overlay.requirements()).filteredOn(r -> r.id().startsWith("NPRM-")).isNotEmpty()
                .allMatch(r -> r.designation() == Designation.REQUIRED);
    }
}
