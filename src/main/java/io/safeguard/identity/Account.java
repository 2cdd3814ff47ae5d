package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person who signs in to Safeguard. The password hash and TOTP secret never leave this module. */
record Account(
        AccountId id,
        String email,
        String displayName,
        @Nullable String passwordHash,
        AccountStatus status,
        boolean platformAdmin,
        @Nullable String totpSecret,
        @Nullable Long totpLastStep,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        Instant createdAt) {

    boolean hasTotp() {
        return totpSecret != null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    AccountSummary summary() {
        return new AccountSummary(id, email, displayName, status, platformAdmin, hasTotp());
    }

    @Override
    public String toString() {
        return "Account[id=" + id + ", status=" + status + "]";
    }
}
