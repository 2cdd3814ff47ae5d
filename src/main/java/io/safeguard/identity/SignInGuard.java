package io.safeguard.identity;

import java.time.Clock;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
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
        Account current = accounts.get(account.id());
        int failures = current.failedSignIns() + 1;
        Instant lockedUntil = failures >= properties.maxFailures() ? clock.instant().plus(properties.lockout()) : null;
        accounts.recordFailedSignIn(account.id(), lockedUntil == null ? failures : 0, lockedUntil);
        trail.recordFor(account.id(), account.email(),
                ActivityEntry.of(null, "identity.sign-in.failure", "account", account.id()).withDetail(why));
        if (lockedUntil != null) {
            trail.recordFor(account.id(), account.email(), ActivityEntry.of(null, "identity.sign-in.lock", "account", account.id())
                    .withDetail(properties.maxFailures() + " consecutive failures; locked until " + lockedUntil));
        }
    }

    @Transactional
    public void succeeded(Account account) {
        accounts.resetFailedSignIns(account.id());
        trail.recordFor(account.id(), account.email(), ActivityEntry.of(null, "identity.sign-in.success", "account", account.id()));
    }

    static String lockedMessage(@Nullable Instant until) {
        return "This account is locked after repeated failed sign-ins until " + until
                + " (UTC). Try again later or ask an owner.";
    }
}
