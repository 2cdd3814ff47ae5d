package io.safeguard.practices;

import io.safeguard.organization.SizeCategory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The recognized-security-practice frameworks of {@code classpath:practices/*.yaml} (NIST CSF 2.0, 405(d) HICP 2023),
 * read and checked once at start-up. A malformed file stops the application with the file and row named: a framework
 * is never half-loaded.
 */
@Component
public class PracticeLibrary {
    public static final String CSF = "nist-csf-2.0";
    public static final String HICP = "hicp-2023";
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    private final Map<String, PracticeFramework> frameworks = new LinkedHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    PracticeLibrary() {
        this(resources());
    }

    PracticeLibrary(Map<String, InputStream> files) {
        List<PracticeFramework> read = new ArrayList<>();
        for (var file : files.entrySet()) {
            read.add(read(file.getKey(), file.getValue()));
        }
        read.sort(Comparator.comparing(PracticeFramework::key));
        for (PracticeFramework framework : read) {
            check(frameworks.putIfAbsent(framework.key(), framework) == null, framework.key() + ": framework defined twice");
        }
        check(!frameworks.isEmpty(), "no practice framework under src/main/resources/practices");
    }

    public List<PracticeFramework> frameworks() {
        return List.copyOf(frameworks.values());
    }

    public Optional<PracticeFramework> framework(@Nullable String key) {
        return Optional.ofNullable(key == null ? null : frameworks.get(key));
    }

    public Optional<Practice> practice(@Nullable String framework, @Nullable String id) {
        return framework(framework).flatMap(f -> id == null ? Optional.empty() : f.practice(id));
    }

    /** The practices of {@code framework} meant for an organization of {@code size} (HICP differs by size; CSF does not). */
    public List<Practice> applicable(String framework, SizeCategory size) {
        return framework(framework).map(f -> f.applicableTo(size)).orElse(List.of());
    }

    private static Map<String, InputStream> resources() {
        try {
            Map<String, InputStream> files = new LinkedHashMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:practices/*.yaml")) {
                files.put(resource.getFilename(), resource.getInputStream());
            }
            return files;
        } catch (IOException e) {
            throw new IllegalStateException("the practice frameworks under src/main/resources/practices cannot be read", e);
        }
    }

    static PracticeFramework read(String file, InputStream in) {
        FileShape shape;
        try (in) {
            shape = YAML.readValue(in, FileShape.class);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("practices/" + file + " is invalid: " + e.getMessage(), e);
        }
        String stem = file.endsWith(".yaml") ? file.substring(0, file.length() - 5) : file;
        check(shape.framework() != null && shape.framework().equals(stem), file + ": framework must be the file's name (" + stem + ")");
        check(notBlank(shape.title()) && notBlank(shape.version()), file + ": title and version required");
        check(shape.published() != null, file + ": published required");
        check(shape.sources() != null && !shape.sources().isEmpty()
                && shape.sources().stream().allMatch(s -> notBlank(s.name()) && notBlank(s.url())), file + ": sources (name, url) required");
        check(shape.practices() != null && !shape.practices().isEmpty(), file + ": no practices");
        Set<String> ids = new HashSet<>();
        List<Practice> practices = new ArrayList<>();
        for (RowShape row : shape.practices()) {
            String where = file + " row " + row.id();
            check(row.id() != null && row.id().matches("[A-Za-z0-9.-]{1,40}"), where + ": id must be 1-40 letters, digits, dots or dashes");
            check(ids.add(row.id()), where + ": duplicate id");
            check(notBlank(row.title()) && notBlank(row.parent()) && notBlank(row.group()), where + ": title, parent and group required");
            check(notBlank(row.description()), where + ": description required");
            check(row.sizes() != null && !row.sizes().isEmpty() && !row.sizes().contains(null), where + ": sizes required");
            check(row.evidence() != null && !row.evidence().isEmpty() && row.evidence().stream().allMatch(PracticeLibrary::notBlank),
                    where + ": evidence examples required");
            practices.add(new Practice(shape.framework(), row.id(), row.title(), row.parent(), row.group(), java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(row.sizes())),
                    row.description(), List.copyOf(row.evidence())));
        }
        return new PracticeFramework(shape.framework(), shape.title(), shape.version(), shape.published(),
                List.copyOf(shape.sources()), List.copyOf(practices));
    }

    private static boolean notBlank(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static void check(boolean condition, String message) {
        if (!condition) {
            throw new IllegalStateException(message);
        }
    }

    record FileShape(String framework, String title, String version, LocalDate published, List<PracticeFramework.Source> sources,
            List<RowShape> practices) {}

    record RowShape(String id, String title, String parent, String group, List<SizeCategory> sizes, String description,
            List<String> evidence) {}
}
