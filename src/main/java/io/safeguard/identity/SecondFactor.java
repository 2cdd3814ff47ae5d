package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;

/** The second sign-in step: a TOTP code (RFC 6238) turns a password-only session into a full one. */
@Service
public class SecondFactor {
    private final Accounts accounts;
    private final SignInGuard guard;
    private final Clock clock;

    SecondFactor(Accounts accounts, SignInGuard guard, Clock clock) {
        this.accounts = accounts;
        this.guard = guard;
        this.clock = clock;
    }

    /**
     * The full authentication when {@code code} is right; empty (and counted as a failure) when it is not. Not one
     * transaction: a wrong code is counted in a transaction of its own, and holding a second connection meanwhile
     * would let a burst of wrong codes exhaust the connection pool.
     */
    public Optional<Authentication> verify(AccountId accountId, String code) {
        Account account = accounts.get(accountId);
        if (!account.hasTotp() || account.isLockedAt(clock.instant())) {
            return Optional.empty();
        }
        long lastStep = account.totpLastStep() == null ? Long.MIN_VALUE : account.totpLastStep();
        var step = Totp.verify(account.totpSecret(), code == null ? "" : code.strip(), clock.instant(), lastStep);
        // The step is taken conditionally: of two requests with the same code, only one gets it (no replay).
        if (step.isEmpty() || !accounts.useTotpStep(account.id(), step.getAsLong())) {
            guard.failed(account, "wrong or reused TOTP code");
            return Optional.empty();
        }
        if (!guard.succeeded(account)) {
            return Optional.empty(); // locked by parallel failures while this code was checked
        }
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(
                AccountPrincipal.of(account), null, PasswordSignIn.fullAuthorities(account, true)));
    }
}
