package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.NotFound;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

interface Accounts {
    Optional<Account> findById(AccountId id);

    Optional<Account> findByEmail(String email);

    boolean any();

    List<Account> platformAdmins();

    void insert(Account account);

    /** Sets the first password of an INVITED account; false (nothing changed) for any other account. */
    boolean activate(AccountId id, String displayName, String passwordHash);

    /**
     * Adds one failed sign-in in a single statement (parallel failures never overwrite each other) and locks the
     * account until {@code lockUntil} when the count reaches {@code maxFailures}; after an expired lock, counting
     * starts again. Returns the count after this failure.
     */
    int countFailedSignIn(AccountId id, int maxFailures, Instant now, Instant lockUntil);

    /** Clears the failure count unless the account is locked at {@code now}; false (nothing changed) when locked. */
    boolean resetFailedSignInsUnlessLocked(AccountId id, Instant now);

    void setTotp(AccountId id, @Nullable String secret, @Nullable Long lastStep);

    /** Records the step of a used TOTP code unless that step (or a later one) was used already; false then. */
    boolean useTotpStep(AccountId id, long step);

    default Account get(AccountId id) {
        return findById(id).orElseThrow(() -> new NotFound("account", id));
    }
}
