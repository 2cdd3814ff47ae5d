package io.safeguard.identity;

/** Authority names carried by an authenticated session. */
public final class Authorities {
    /** Password and, where enrolled, the second factor were verified. */
    public static final String ACCOUNT = "ACCOUNT";
    /** A TOTP code was verified in this session (164.312(d)). */
    public static final String MFA = "MFA";
    /** Password verified, TOTP code still owed. Grants nothing but the code page. */
    public static final String MFA_PENDING = "MFA_PENDING";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String API = "API";

    private Authorities() {}
}
