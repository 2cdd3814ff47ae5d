package io.safeguard.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of adding a member. An existing account joins at once ({@code token == null}); a new person gets a
 * one-time link, shown once to the owner who invited them and stored only as a hash.
 */
public record Invitation(AccountSummary account, @Nullable String token, @Nullable Instant expiresAt) {
    public boolean needsLink() {
        return token != null;
    }
}
