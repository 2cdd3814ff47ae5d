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
 */
@ConfigurationProperties("safeguard.sign-in")
public record SignInProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("PT15M") Duration lockout,
        @DefaultValue("PT15M") Duration idleTimeout,
        @DefaultValue("P7D") Duration invitationValidity) {}
