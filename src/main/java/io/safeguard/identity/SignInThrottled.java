package io.safeguard.identity;

import org.springframework.security.core.AuthenticationException;

/** A password sign-in refused because its source address used up its budget of failures; says nothing about accounts. */
public class SignInThrottled extends AuthenticationException {
    SignInThrottled() {
        super("Too many failed sign-ins from this network. Wait a few minutes and try again.");
    }
}
