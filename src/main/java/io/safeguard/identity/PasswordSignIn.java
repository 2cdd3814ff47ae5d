package io.safeguard.identity;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The first sign-in factor: e-mail and password, with lock-out after repeated failures. An account with TOTP comes out
 * of this step holding only {@link Authorities#MFA_PENDING}; {@link SecondFactor} finishes the sign-in.
 */
@Component
public class PasswordSignIn implements AuthenticationProvider {
    /** Hash of a random password, checked when the e-mail is unknown so that timing does not reveal which accounts exist. */
    private final String dummyHash;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final SignInGuard guard;
    private final AddressFailureBudget addressBudget;
    private final ActivityTrail trail;
    private final Clock clock;

    PasswordSignIn(Accounts accounts, PasswordEncoder passwords, SignInGuard guard, AddressFailureBudget addressBudget,
            ActivityTrail trail, Clock clock) {
        this.accounts = accounts;
        this.addressBudget = addressBudget;
        this.passwords = passwords;
        this.guard = guard;
        this.trail = trail;
        this.clock = clock;
        this.dummyHash = passwords.encode("unknown-account-" + System.identityHashCode(this));
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = String.valueOf(authentication.getPrincipal()).trim().toLowerCase(Locale.ROOT);
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        if (address != null && !addressBudget.allows(address)) {
            // Refused before any account is looked up, and not recorded one by one: spendFrom recorded the moment
            // the address ran out, so a guessing run cannot flood the trail.
            throw new SignInThrottled();
        }
        Instant now = clock.instant();
        var found = accounts.findByEmail(email).filter(a -> a.status() == AccountStatus.ACTIVE);
        if (found.isEmpty()) {
            passwords.matches(password, dummyHash);
            trail.recordFor(null, truncate(email), ActivityEntry.of(null, "identity.sign-in.failure", "account", null)
                    .withDetail("unknown or inactive account"));
            spendFrom(address);
            throw new BadCredentialsException("Wrong e-mail or password.");
        }
        Account account = found.get();
        if (account.isLockedAt(now)) {
            throw guard.locked(account);
        }
        if (!passwords.matches(password, account.passwordHash())) {
            guard.failed(account, "wrong password");
            spendFrom(address);
            throw new BadCredentialsException("Wrong e-mail or password.");
        }
        // The hash check takes a while: parallel wrong guesses may have locked the account meanwhile, and then even
        // the right password is refused (164.308(a)(5)(ii)(C)).
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (account.hasTotp()) {
            guard.refuseIfLocked(account.id());
            authorities.add(new SimpleGrantedAuthority(Authorities.MFA_PENDING));
            trail.recordFor(account.id(), account.email(),
                    ActivityEntry.of(null, "identity.sign-in.password-ok", "account", account.id()));
        } else {
            if (!guard.succeeded(account)) {
                throw guard.locked(account);
            }
            authorities.addAll(fullAuthorities(account, false));
        }
        return UsernamePasswordAuthenticationToken.authenticated(AccountPrincipal.of(account), null, authorities);
    }

    private void spendFrom(@Nullable String address) {
        if (address != null && addressBudget.spend(address)) {
            trail.recordFor(null, null, ActivityEntry.of(null, "identity.sign-in.throttled", "source-address", address)
                    .withDetail("failed sign-in budget used up; further attempts refused until it refills"));
        }
    }

    static List<GrantedAuthority> fullAuthorities(Account account, boolean mfa) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Authorities.ACCOUNT));
        if (mfa) {
            authorities.add(new SimpleGrantedAuthority(Authorities.MFA));
        }
        if (account.platformAdmin()) {
            authorities.add(new SimpleGrantedAuthority(Authorities.PLATFORM_ADMIN));
        }
        return authorities;
    }

    private static String truncate(String email) {
        return email.length() > 254 ? email.substring(0, 254) : email;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
