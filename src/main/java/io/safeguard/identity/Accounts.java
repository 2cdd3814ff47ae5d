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

    void recordFailedSignIn(AccountId id, int failedSignIns, @Nullable Instant lockedUntil);

    void resetFailedSignIns(AccountId id);

    void setTotp(AccountId id, @Nullable String secret, @Nullable Long lastStep);

    void setTotpLastStep(AccountId id, long step);

    default Account get(AccountId id) {
        return findById(id).orElseThrow(() -> new NotFound("account", id));
    }
}
