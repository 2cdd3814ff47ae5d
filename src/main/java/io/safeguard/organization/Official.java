package io.safeguard.organization;

import org.jspecify.annotations.Nullable;

/** A named official: the security official of 164.308(a)(2) or the privacy official of 164.530(a)(1). */
public record Official(String name, @Nullable String title, @Nullable String email) {
    public static @Nullable Official of(@Nullable String name, @Nullable String title, @Nullable String email) {
        return name == null || name.isBlank() ? null : new Official(name.strip(), blankToNull(title), blankToNull(email));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
