package io.safeguard.identity;

import io.safeguard.shared.AccountId;

/** What other modules and pages may know about an account. */
public record AccountSummary(
        AccountId id, String email, String displayName, AccountStatus status, boolean platformAdmin, boolean mfaEnrolled) {}
