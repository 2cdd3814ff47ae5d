package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import java.time.Clock;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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

    /** The full authentication when {@code code} is right; empty (and counted as a failure) when it is not. */
    @Transactional
    public Optional<Authentication> verify(AccountId accountId, String code) {
        Account account = accounts.get(accountId);
        if (!account.hasTotp() || account.isLockedAt(clock.instant())) {
            return Optional.empty();
        }
        long lastStep = account.totpLastStep() == null ? Long.MIN_VALUE : account.totpLastStep();
        var step = Totp.verify(account.totpSecret(), code == null ? "" : code.strip(), clock.instant(), lastStep);
        if (step.isEmpty()) {
            guard.failed(account, "wrong or reused TOTP code");
            return Optional.empty();
        }
        accounts.setTotpLastStep(account.id(), step.getAsLong());
        guard.succeeded(account);
        return Optional.of(UsernamePasswordAuthenticationToken.authenticated(
                AccountPrincipal.of(account), null, PasswordSignIn.fullAuthorities(account, true)));
    }
}
