package io.safeguard.shared;

/**
 * A command was refused because it would break a rule of the product or the regulation. The {@code code} is stable
 * (for API clients and tests); the message is for people and never carries PHI.
 */
public class BusinessRuleViolation extends RuntimeException {
    private final String code;

    public BusinessRuleViolation(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
