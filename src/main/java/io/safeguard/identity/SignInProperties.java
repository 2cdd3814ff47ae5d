package io.safeguard.identity;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in protection settings.
 *
 * @param maxFailures consecutive failed passwords or codes before the account is locked
 * @param lockout how long a locked account stays locked
 * @param idleTimeout automatic logoff after this much inactivity (164.312(a)(2)(iii))
 * @param invitationValidity how long an invitation link may be used
 * @param addressFailureBudget failed password sign-ins one source address may make in a burst, whatever the account
 * @param addressFailureRefill the time after which one more failed attempt is allowed from that address
 */
@ConfigurationProperties("safeguard.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("PT15M") Duration lockout,
        @DefaultValue("PT15M") Duration idleTimeout,
        @DefaultValue("P7D") Duration invitationValidity,
        @DefaultValue("20") int addressFailureBudget,
        @DefaultValue("PT3M") Duration addressFailureRefill) {}
