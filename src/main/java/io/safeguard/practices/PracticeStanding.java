package io.safeguard.practices;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One applicable practice for a look-back period: its standing, the adoption record it rests on (none if never
 * adopted), how many whole months of the 12 it was in place, and the gaps in words.
 */
public record PracticeStanding(Practice practice, Standing standing, @Nullable Adoption adoption, int monthsInPlace,
        List<String> gaps) {

    public PracticeStanding {
        gaps = List.copyOf(gaps);
    }
}
