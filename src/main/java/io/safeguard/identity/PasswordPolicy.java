package io.safeguard.identity;

import io.safeguard.shared.BusinessRuleViolation;
import java.util.Locale;
import java.util.Set;

/**
 * Password rules after NIST SP 800-63B section 5.1.1: length over composition rules, and no password that is
 * commonly used or derived from the account's own name.
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = Set.of(
            "password1234", "123456789012", "qwertyuiopas", "passwordpassword", "letmein12345", "welcome12345",
            "administrator", "changeme1234", "iloveyou1234", "hipaahipaa12", "safeguard123", "password123!");

    private PasswordPolicy() {}

    static void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new BusinessRuleViolation("identity.password-too-short",
                    "Choose a password of at least " + MIN_LENGTH + " characters; a passphrase of several words works well.");
        }
        if (password.length() > MAX_LENGTH) {
            throw new BusinessRuleViolation("identity.password-too-long",
                    "A password may have at most " + MAX_LENGTH + " characters.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String localPart = email.toLowerCase(Locale.ROOT).split("@")[0];
        if (COMMON.contains(lower) || (localPart.length() >= 4 && lower.contains(localPart))) {
            throw new BusinessRuleViolation("identity.password-guessable",
                    "This password is too easy to guess: avoid common passwords and your own e-mail name.");
        }
        if (password.chars().distinct().count() < 5) {
            throw new BusinessRuleViolation("identity.password-guessable",
                    "This password repeats too few characters to be safe.");
        }
    }
}
