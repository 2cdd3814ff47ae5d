package io.safeguard.shared;

import java.util.Objects;
import java.util.UUID;

/** Identifies a platform account: a person who signs in to Safeguard (never the customer's workforce). */
public record AccountId(UUID value) {
    public AccountId {
        Objects.requireNonNull(value, "account id");
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
