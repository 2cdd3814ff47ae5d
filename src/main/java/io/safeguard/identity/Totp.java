package io.safeguard.identity;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords, RFC 6238 (TOTP) over RFC 4226 (HOTP): HMAC-SHA1, 30-second steps, 6 digits, the
 * parameters every authenticator app understands.
 */
final class Totp {
    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** Accept one step either side to absorb clock drift between phone and server (RFC 6238 section 5.2). */
    static final int WINDOW = 1;

    private Totp() {}

    static String newSecret(SecureRandom random) {
        byte[] key = new byte[20]; // 160 bits, the HMAC-SHA1 output size recommended by RFC 4226 section 4
        random.nextBytes(key);
        return Base32.encode(key);
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP_SECONDS);
    }

    static String codeAt(String base32Secret, long step) {
        return hotp(Base32.decode(base32Secret), step);
    }

    /**
     * Returns the step of the matching code, if {@code code} is valid at {@code now} and was not used before
     * ({@code lastUsedStep}): a code is accepted once only.
     */
    static OptionalLong verify(String base32Secret, String code, Instant now, long lastUsedStep) {
        if (code == null || !code.matches("\\d{" + DIGITS + "}")) {
            return OptionalLong.empty();
        }
        byte[] key = Base32.decode(base32Secret);
        long current = stepAt(now);
        for (long step = current - WINDOW; step <= current + WINDOW; step++) {
            boolean matches = MessageDigest.isEqual(hotp(key, step).getBytes(), code.getBytes());
            if (matches && step > lastUsedStep) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** HOTP, RFC 4226 section 5.3: dynamic truncation of HMAC-SHA1(key, counter). */
    static String hotp(byte[] key, long counter) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            int otp = binary % 1_000_000;
            return String.format("%06d", otp);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is required by every Java platform", e);
        }
    }

    static String otpauthUri(String issuer, String accountName, String base32Secret) {
        String label = encode(issuer) + ":" + encode(accountName);
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
