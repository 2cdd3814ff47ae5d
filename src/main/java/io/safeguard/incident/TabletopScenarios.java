package io.safeguard.incident;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** The scenario library (resources {@code incident/tabletop-scenarios.yaml}): ransomware, lost laptop, vendor breach ... */
@Component
public class TabletopScenarios {
    public record Inject(String at, String text, List<String> questions) {}

    public record Scenario(String id, String title, String summary, List<String> objectives, List<String> requirements,
            List<Inject> injects) {}

    record ScenarioFile(List<Scenario> scenarios) {}

    private final List<Scenario> scenarios;

    TabletopScenarios() {
        try (InputStream in = TabletopScenarios.class.getResourceAsStream("/incident/tabletop-scenarios.yaml")) {
            if (in == null) {
                throw new IllegalStateException("incident/tabletop-scenarios.yaml is missing from the application");
            }
            scenarios = List.copyOf(YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, ScenarioFile.class).scenarios());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var ids = new HashSet<String>();
        scenarios.forEach(s -> {
            if (!ids.add(s.id()) || s.injects().isEmpty()) {
                throw new IllegalStateException("tabletop scenario " + s.id() + " is duplicated or has no injects");
            }
        });
    }

    public List<Scenario> all() {
        return scenarios;
    }

    public Optional<Scenario> find(String id) {
        return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
