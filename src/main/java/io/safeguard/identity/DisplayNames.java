package io.safeguard.identity;

import io.safeguard.shared.BusinessRuleViolation;

final class DisplayNames {
    private DisplayNames() {}

    static String check(String name) {
        String value = name == null ? "" : name.strip();
        if (value.isEmpty() || value.length() > 120 || value.chars().anyMatch(Character::isISOControl)) {
            throw new BusinessRuleViolation("identity.name-invalid", "Enter your name (at most 120 characters).");
        }
        return value;
    }
}
