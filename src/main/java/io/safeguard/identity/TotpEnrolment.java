package io.safeguard.identity;

import io.safeguard.shared.AccountId;
import io.safeguard.shared.BusinessRuleViolation;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turning TOTP multi-factor sign-in on and off for one's own account. A new secret takes effect only after the
 * person proves, with a code from their app, that the app holds it.
 */
@Service
@Transactional
public class TotpEnrolment {
    private static final String ISSUER = "Safeguard";
    private final Accounts accounts;
    private final ActivityTrail trail;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    TotpEnrolment(Accounts accounts, ActivityTrail trail, Clock clock) {
        this.accounts = accounts;
        this.trail = trail;
        this.clock = clock;
    }

    /** A fresh secret to show once (as a QR code and as text); nothing is stored until {@link #confirm}. */
    @Transactional(readOnly = true)
    public Pending start(AccountId accountId) {
        Account account = accounts.get(accountId);
        String secret = Totp.newSecret(random);
        String uri = Totp.otpauthUri(ISSUER, account.email(), secret);
        return new Pending(secret, uri, QrCodes.svg(uri));
    }

    public void confirm(AccountId accountId, String secret, String code) {
        var step = Totp.verify(secret, code == null ? "" : code.strip(), clock.instant(), Long.MIN_VALUE);
        if (step.isEmpty()) {
            throw new BusinessRuleViolation("identity.totp-code-wrong",
                    "That code does not match. Check the time on your phone and enter the current 6-digit code.");
        }
        accounts.setTotp(accountId, secret, step.getAsLong());
        trail.record(ActivityEntry.of(null, "identity.mfa.enable", "account", accountId));
    }

    public void disable(AccountId accountId, String code) {
        Account account = accounts.get(accountId);
        if (!account.hasTotp()) {
            return;
        }
        long lastStep = account.totpLastStep() == null ? Long.MIN_VALUE : account.totpLastStep();
        if (Totp.verify(account.totpSecret(), code == null ? "" : code.strip(), clock.instant(), lastStep).isEmpty()) {
            throw new BusinessRuleViolation("identity.totp-code-wrong", "That code does not match.");
        }
        accounts.setTotp(accountId, null, null);
        trail.record(ActivityEntry.of(null, "identity.mfa.disable", "account", accountId));
    }

    @Transactional(readOnly = true)
    public boolean enrolled(AccountId accountId) {
        return accounts.get(accountId).hasTotp();
    }

    /** A secret waiting for confirmation; {@code qrSvg} is an SVG document safe to inline. */
    public record Pending(String secret, String otpauthUri, String qrSvg) {
        @Override
        public String toString() {
            return "Pending[secret=***]";
        }
    }
}
