package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.LockedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lock-out after repeated failures (164.308(a)(5)(ii)(C) log-in monitoring): {@code maxFailures} consecutive wrong
 * passwords or codes lock the account for {@code lockout}; every failure and lock is on the activity trail.
 */
@Component
class SignInGuard {
    private final Accounts accounts;
    private final ActivityTrail trail;
    private final SignInProperties properties;
    private final Clock clock;

    SignInGuard(Accounts accounts, ActivityTrail trail, SignInProperties properties, Clock clock) {
        this.accounts = accounts;
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    /** Committed on its own: a failed sign-in must count even though the request ends in an error. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void failed(Account account, String why) {
        Instant now = clock.instant();
        Instant lockUntil = now.plus(properties.lockout());
        int failures = accounts.countFailedSignIn(account.id(), properties.maxFailures(), now, lockUntil);
        trail.recordFor(account.id(), account.email(),
                ActivityEntry.of(null, "identity.sign-in.failure", "account", account.id()).withDetail(why));
        // Failures are counted one at a time under the row lock, so exactly one of them reaches the limit.
        if (failures == Math.max(1, properties.maxFailures())) {
            trail.recordFor(account.id(), account.email(), ActivityEntry.of(null, "identity.sign-in.lock", "account", account.id())
                    .withDetail(properties.maxFailures() + " consecutive failures; locked until " + lockUntil));
        }
    }

    /**
     * Clears the failure count and records the sign-in, unless parallel failures locked the account while this
     * password or code was being checked: then false, and the caller refuses the sign-in.
     */
    @Transactional
    public boolean succeeded(Account account) {
        if (!accounts.resetFailedSignInsUnlessLocked(account.id(), clock.instant())) {
            return false;
        }
        trail.recordFor(account.id(), account.email(), ActivityEntry.of(null, "identity.sign-in.success", "account", account.id()));
        return true;
    }

    /** Refuses (and records) a sign-in to an account that is locked now. */
    @Transactional
    public void refuseIfLocked(AccountId accountId) {
        Account account = accounts.get(accountId);
        if (account.isLockedAt(clock.instant())) {
            throw locked(account);
        }
    }

    /** Records a sign-in refused because the account is locked, and returns the exception that says so. */
    @Transactional
    public LockedException locked(Account account) {
        trail.recordFor(account.id(), account.email(), ActivityEntry.of(null, "identity.sign-in.locked", "account", account.id()));
        return new LockedException(lockedMessage(accounts.get(account.id()).lockedUntil()));
    }

    static String lockedMessage(@Nullable Instant until) {
        return "This account is locked after repeated failed sign-ins until " + until
                + " (UTC). Try again later or ask an owner.";
    }
}
