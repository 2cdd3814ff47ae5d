package io.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TrailTextTests {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aSurrogatePairIsNeverCutInHalf() {
        assertThat(TrailText.clean("ab" + EMOJI, 3)).isEqualTo("ab");
        assertThat(TrailText.clean("ab" + EMOJI, 4)).isEqualTo("ab" + EMOJI);
    }

    @Test
    void loneSurrogatesAndNulBecomeTheReplacementCharacter() {
        assertThat(TrailText.clean("a\uD800b\uDC00c\u0000d", 100)).isEqualTo("a\uFFFDb\uFFFDc\uFFFDd");
        assertThat(TrailText.clean("end\uD83D", 100)).isEqualTo("end\uFFFD");
    }

    @Test
    void ordinaryTextIsKeptAndOnlyShortened() {
        assertThat(TrailText.clean("Zoë's clinic", 100)).isEqualTo("Zoë's clinic");
        assertThat(TrailText.clean("abcdef", 4)).isEqualTo("abcd");
        assertThat(TrailText.clean(null, 4)).isNull();
    }
}
