package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import java.time.Instant;

/**
 * What the inviter gets back: always a one-time link, shown once and stored only as a hash. Whether the address
 * already has an account, and so what the link does, is deliberately not part of the answer.
 */
public record Invitation(AccountId accountId, String email, String token, Instant expiresAt) {
    @Override
    public String toString() {
        return "Invitation[accountId=" + accountId + ", token=***]";
    }
}
