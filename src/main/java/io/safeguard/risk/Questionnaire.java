package io.safeguard.risk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The guided questionnaire for small practices (resources {@code risk/questionnaire.yaml}), in the spirit of the
 * HHS Security Risk Assessment Tool: plain-language questions grouped by area. An answer that reveals a weakness
 * (or "not sure") becomes a draft risk the user confirms.
 */
@Component
public class Questionnaire {
    public enum Answer { YES, NO, UNSURE }

    public record Question(String id, String text, String help, Answer riskWhen, String threat, String vulnerability,
            int likelihood, int impact, String requirement) {

        /** "Not sure" counts as a weakness until someone finds out: a gap that nobody knows about is still a gap. */
        public boolean revealsRisk(Answer answer) {
            return answer == riskWhen || answer == Answer.UNSURE;
        }
    }

    public record Area(String id, String title, List<Question> questions) {}

    record QuestionnaireFile(String version, List<Area> areas) {}

    private final List<Area> areas;

    @org.springframework.beans.factory.annotation.Autowired
    Questionnaire(ThreatLibrary library) {
        this(library, Questionnaire.class.getResourceAsStream("/risk/questionnaire.yaml"));
    }

    Questionnaire(ThreatLibrary library, @Nullable InputStream in) {
        if (in == null) {
            throw new IllegalStateException("risk/questionnaire.yaml is missing from the application");
        }
        try (in) {
            areas = List.copyOf(YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                    .readValue(in, QuestionnaireFile.class).areas());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> ids = new HashSet<>();
        for (Question q : questions()) {
            if (!ids.add(q.id()) || library.threat(q.threat()).isEmpty() || library.vulnerability(q.vulnerability()).isEmpty()
                    || q.riskWhen() == Answer.UNSURE) {
                throw new IllegalStateException("questionnaire question " + q.id() + " is duplicated or names an unknown threat or vulnerability");
            }
            RiskScales.requireLevel(q.likelihood());
            RiskScales.requireLevel(q.impact());
        }
    }

    public List<Area> areas() {
        return areas;
    }

    public List<Question> questions() {
        return areas.stream().flatMap(a -> a.questions().stream()).toList();
    }

    public Optional<Question> question(String id) {
        return questions().stream().filter(q -> q.id().equals(id)).findFirst();
    }
}
