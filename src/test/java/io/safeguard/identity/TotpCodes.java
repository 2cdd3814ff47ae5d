package io.safeguard.identity;

import java.time.Instant;

/** Lets tests outside this package compute the codes an authenticator app would show. */
public final class TotpCodes {
    private TotpCodes() {}

    public static String at(String base32Secret, Instant instant) {
        return Totp.codeAt(base32Secret, Totp.stepAt(instant));
    }

    /** The code of the next 30-second step: still accepted (one step of drift) and newer than any code used now. */
    public static String next(String base32Secret, Instant instant) {
        return Totp.codeAt(base32Secret, Totp.stepAt(instant) + 1);
    }
}
