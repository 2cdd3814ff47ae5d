package io.safeguard.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CitationTests {
    @Test
    void parsesSectionAndParagraphs() {
        var citation = Citation.parse("45 CFR § 164.308(a)(1)(ii)(A)");
        assertThat(citation).isEqualTo(new Citation(164, 308, List.of("a", "1", "ii", "A")));
        assertThat(citation.toString()).isEqualTo("164.308(a)(1)(ii)(A)");
        assertThat(Citation.parse("160.404").paragraphs()).isEmpty();
    }

    @Test
    void aStandardContainsItsSpecifications() {
        assertThat(Citation.parse("164.308(a)(1)").contains(Citation.parse("164.308(a)(1)(ii)(A)"))).isTrue();
        assertThat(Citation.parse("164.308(a)(1)").contains(Citation.parse("164.308(a)(2)"))).isFalse();
    }

    @Test
    void refusesWhatIsNotACitation() {
        assertThatThrownBy(() -> Citation.parse("164.3O8(a)")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Citation.parse("HIPAA 308")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Citation.parse("164.308(a")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Citation.isValid(null)).isFalse();
    }
}
