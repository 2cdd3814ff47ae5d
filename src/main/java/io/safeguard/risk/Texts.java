package io.safeguard.risk;

import io.safeguard.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

final class Texts {
    private Texts() {}

    static @Nullable String clean(@Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.length() > max) {
            throw new BusinessRuleViolation("risk.too-long", "A text field may have at most " + max + " characters.");
        }
        return value;
    }

    static String required(@Nullable String text, int max, String code, String message) {
        String value = clean(text, max);
        if (value == null) {
            throw new BusinessRuleViolation(code, message);
        }
        return value;
    }
}
