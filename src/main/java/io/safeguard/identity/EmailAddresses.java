package io.safeguard.identity;

import io.safeguard.shared.BusinessRuleViolation;
import java.util.Locale;
import java.util.regex.Pattern;

/** Account e-mail addresses are the sign-in name: trimmed, lower-cased, and plausibly shaped. */
final class EmailAddresses {
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private EmailAddresses() {}

    static String normalize(String email) {
        String value = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        if (value.length() > 254 || !SHAPE.matcher(value).matches()) {
            throw new BusinessRuleViolation("identity.email-invalid", "Enter a valid e-mail address.");
        }
        return value;
    }
}
