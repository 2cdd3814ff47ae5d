package io.safeguard.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;
import io.safeguard.shared.Citation;

/**
 * Reads and checks the catalog files under {@code classpath:catalog/}. A malformed file stops the application at
 * start-up with the file and row named: regulatory data is never half-loaded.
 */
final class CatalogFiles {
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private CatalogFiles() {}

    static List<CatalogDefinition> load() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:catalog/*.yaml");
            List<CatalogDefinition> definitions = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    definitions.add(toDefinition(resource.getFilename(), YAML.readValue(in, FileShape.class)));
                }
            }
            return definitions;
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("A requirement catalog under src/main/resources/catalog is invalid: " + e.getMessage(), e);
        }
    }

    static CatalogDefinition toDefinition(String file, FileShape shape) {
        boolean overlay = shape.kind() == CatalogDefinition.Kind.OVERLAY;
        Set<String> ids = new HashSet<>();
        List<Requirement> requirements = new ArrayList<>();
        for (RowShape row : shape.requirements()) {
            String where = file + " row " + row.id();
            check(ids.add(row.id()), where + ": duplicate id");
            check(overlay ? row.change() != null : row.change() == null, where + ": 'change' is for overlay rows only");
            if (overlay && row.change() == Change.MODIFY) {
                check(row.designation() != null, where + ": a MODIFY row names the proposed designation");
                requirements.add(new Requirement(row.id(), shape.catalog(), "", RequirementType.REQUIREMENT, null,
                        Category.ADMINISTRATIVE, row.designation(), 0, new Guidance("", List.of(), List.of()),
                        Mappings.NONE, row.note(), true));
                continue;
            }
            check(row.id().startsWith("NPRM-") || Citation.isValid(row.id()), where + ": id is not a citation");
            check(row.title() != null && !row.title().isBlank(), where + ": title missing");
            check(row.type() != null && row.category() != null, where + ": type and category required");
            check(row.enforcementWeight() != null && row.enforcementWeight() >= 1 && row.enforcementWeight() <= 10,
                    where + ": enforcementWeight must be 1..10");
            check(row.guidance() != null && notBlank(row.guidance().meaning()) && !row.guidance().evidence().isEmpty()
                    && !row.guidance().auditorAsks().isEmpty(), where + ": guidance (meaning, evidence, auditorAsks) required");
            if (row.type() == RequirementType.IMPLEMENTATION_SPECIFICATION) {
                check(row.parent() != null && ids.contains(row.parent()), where + ": parent must be an earlier standard");
                check(row.designation() != null, where + ": an implementation specification is Required or Addressable");
            }
            var mappings = row.mappings() == null ? Mappings.NONE
                    : new Mappings(nullToEmpty(row.mappings().csf()), nullToEmpty(row.mappings().hicp()));
            mappings.hicp().forEach(p -> check(p >= 1 && p <= 10, where + ": HICP practices are numbered 1..10"));
            requirements.add(new Requirement(row.id(), shape.catalog(), row.title(), row.type(), row.parent(),
                    row.category(), row.designation(), row.enforcementWeight(),
                    new Guidance(row.guidance().meaning(), row.guidance().evidence(), row.guidance().auditorAsks()),
                    mappings, row.note(), overlay));
        }
        check(shape.effectiveFrom() != null, file + ": effectiveFrom required");
        return new CatalogDefinition(shape.catalog(), shape.title(), shape.kind(), shape.version(), shape.effectiveFrom(),
                shape.effectiveUntil(), shape.status(), shape.overlays(),
                shape.sources() == null ? List.of() : shape.sources(), requirements);
    }

    private static <T> List<T> nullToEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : list;
    }

    private static boolean notBlank(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    enum Change { MODIFY, ADD }

    record FileShape(String catalog, String title, CatalogDefinition.Kind kind, String version, LocalDate effectiveFrom,
            @Nullable LocalDate effectiveUntil, @Nullable String status, @Nullable String overlays,
            @Nullable List<CatalogDefinition.Source> sources, List<RowShape> requirements) {}

    record RowShape(String id, @Nullable String title, @Nullable RequirementType type, @Nullable String parent,
            @Nullable Category category, @Nullable Designation designation, @Nullable Integer enforcementWeight,
            @Nullable GuidanceShape guidance, @Nullable MappingsShape mappings, @Nullable String note,
            @Nullable Change change) {}

    record GuidanceShape(String meaning, List<String> evidence, List<String> auditorAsks) {}

    record MappingsShape(@Nullable List<String> csf, @Nullable List<Integer> hicp) {}
}
