package io.safeguard.assessment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Why each row answered by attestation cannot be computed from Safeguard's records, and the evidence OCR would
 * expect instead (resources {@code assessment/attestation.yaml}; a test checks that every row without a rule has one).
 */
final class AttestationReasons {
    record Reason(String id, String why, String evidence) {}

    record ReasonFile(List<Reason> rows) {}

    private static final Map<String, Reason> REASONS = load();

    private AttestationReasons() {}

    static Optional<Reason> of(String requirement) {
        return Optional.ofNullable(REASONS.get(requirement));
    }

    static Map<String, Reason> all() {
        return REASONS;
    }

    private static Map<String, Reason> load() {
        try (InputStream in = AttestationReasons.class.getResourceAsStream("/assessment/attestation.yaml")) {
            if (in == null) {
                throw new IllegalStateException("assessment/attestation.yaml is missing from the application");
            }
            Map<String, Reason> reasons = new HashMap<>();
            for (Reason r : YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, ReasonFile.class).rows()) {
                if (reasons.put(r.id(), r) != null) {
                    throw new IllegalStateException("assessment/attestation.yaml lists " + r.id() + " twice");
                }
            }
            return Map.copyOf(reasons);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
