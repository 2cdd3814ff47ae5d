package io.safeguard.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The starter threat library (resources {@code risk/threat-library.yaml}): threat sources and events of NIST SP 800-30
 * Appendix D/E, led by the 405(d) HICP top threats, and common vulnerabilities with suggested ratings, measures and
 * the catalog rows they touch. Loaded and checked once at start-up; a broken file stops the application.
 */
@Component
public class ThreatLibrary {
    /** NIST SP 800-30 Rev. 1 Appendix D threat source types. */
    public enum Source { ADVERSARIAL, ACCIDENTAL, STRUCTURAL, ENVIRONMENTAL }

    public record Threat(String id, String name, Source source, @Nullable Integer hicpTopThreat, String description) {}

    public record Vulnerability(String id, String name, String description, List<String> threats, int likelihood, int impact,
            List<String> measures, List<String> requirements) {}

    record LibraryFile(String version, List<Threat> threats, List<Vulnerability> vulnerabilities) {}

    private final String version;
    private final Map<String, Threat> threats = new LinkedHashMap<>();
    private final Map<String, Vulnerability> vulnerabilities = new LinkedHashMap<>();

    @org.springframework.beans.factory.annotation.Autowired
    ThreatLibrary() {
        this(ThreatLibrary.class.getResourceAsStream("/risk/threat-library.yaml"));
    }

    ThreatLibrary(@Nullable InputStream in) {
        if (in == null) {
            throw new IllegalStateException("risk/threat-library.yaml is missing from the application");
        }
        LibraryFile file;
        try (in) {
            file = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, LibraryFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        version = file.version();
        file.threats().forEach(t -> put(threats, t.id(), t));
        Set<String> known = new HashSet<>(threats.keySet());
        for (Vulnerability v : file.vulnerabilities()) {
            if (!known.containsAll(v.threats()) || v.threats().isEmpty()) {
                throw new IllegalStateException("vulnerability " + v.id() + " names an unknown threat: " + v.threats());
            }
            RiskScales.requireLevel(v.likelihood());
            RiskScales.requireLevel(v.impact());
            put(vulnerabilities, v.id(), v);
        }
    }

    private static <T> void put(Map<String, T> map, String id, T value) {
        if (id == null || !id.matches("[a-z0-9-]{2,64}") || map.putIfAbsent(id, value) != null) {
            throw new IllegalStateException("threat library: bad or duplicate id " + id);
        }
    }

    public String version() {
        return version;
    }

    public List<Threat> threats() {
        return List.copyOf(threats.values());
    }

    public List<Vulnerability> vulnerabilities() {
        return List.copyOf(vulnerabilities.values());
    }

    public Optional<Threat> threat(@Nullable String id) {
        return Optional.ofNullable(id == null ? null : threats.get(id));
    }

    public Optional<Vulnerability> vulnerability(@Nullable String id) {
        return Optional.ofNullable(id == null ? null : vulnerabilities.get(id));
    }

    /** The library entry; the code names a vulnerability id that the shipped file must contain. */
    Vulnerability require(String vulnerabilityId) {
        return vulnerability(vulnerabilityId).orElseThrow(
                () -> new IllegalStateException("threat library lacks vulnerability " + vulnerabilityId));
    }
}
