package io.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTests {
    /** RFC 6238 Appendix B: the SHA-1 seed is the ASCII string "12345678901234567890". */
    private static final String RFC_SECRET = Base32.encode("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @ParameterizedTest(name = "at {0}s the code is {1}")
    @CsvSource({
        "59, 287082",           // RFC 6238 Appendix B: 94287082, last six digits
        "1111111109, 081804",   // 07081804
        "1111111111, 050471",   // 14050471
        "1234567890, 005924",   // 89005924
        "2000000000, 279037",   // 69279037
        "20000000000, 353130"   // 65353130
    })
    void matchesTheRfc6238TestVectors(long epochSeconds, String code) {
        assertThat(Totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(epochSeconds)))).isEqualTo(code);
    }

    @Test
    void acceptsTheCodeOfTheStepBeforeAndAfterForClockDrift() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 1), now, Long.MIN_VALUE)).hasValue(step - 1);
        assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step + 1), now, Long.MIN_VALUE)).hasValue(step + 1);
        assertThat(Totp.verify(RFC_SECRET, Totp.codeAt(RFC_SECRET, step - 2), now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void refusesACodeAlreadyUsed() {
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        long step = Totp.stepAt(now);
        String code = Totp.codeAt(RFC_SECRET, step);
        assertThat(Totp.verify(RFC_SECRET, code, now, step)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, code, now, step - 1)).hasValue(step);
    }

    @Test
    void refusesMalformedCodes() {
        Instant now = Instant.ofEpochSecond(59);
        assertThat(Totp.verify(RFC_SECRET, "28708", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, "2870822", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, "abcdef", now, Long.MIN_VALUE)).isEmpty();
        assertThat(Totp.verify(RFC_SECRET, null, now, Long.MIN_VALUE)).isEmpty();
    }

    @Test
    void writesAnOtpauthUriThatAuthenticatorAppsRead() {
        assertThat(Totp.otpauthUri("Safeguard", "dana@clinic.example", "JBSWY3DPEHPK3PXP"))
                .isEqualTo("otpauth://totp/Safeguard:dana%40clinic.example?secret=JBSWY3DPEHPK3PXP&issuer=Safeguard"
                        + "&algorithm=SHA1&digits=6&period=30");
    }
}
