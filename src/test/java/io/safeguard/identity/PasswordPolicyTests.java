package io.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.shared.BusinessRuleViolation;
import org.junit.jupiter.api.Test;

class PasswordPolicyTests {
    @Test
    void acceptsALongPassphrase() {
        assertThatCode(() -> PasswordPolicy.check("river stones under moonlight", "dana@clinic.example")).doesNotThrowAnyException();
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertThatThrownBy(() -> PasswordPolicy.check("Sh0rt!pass", "dana@clinic.example"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("12");
    }

    @Test
    void refusesCommonPasswordsAndTheAccountsOwnName() {
        assertThatThrownBy(() -> PasswordPolicy.check("Password1234", "dana@clinic.example")).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> PasswordPolicy.check("whitfield-2026!", "whitfield@clinic.example")).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> PasswordPolicy.check("aaaaaaaaaaaaaaaa", "dana@clinic.example")).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertThatThrownBy(() -> PasswordPolicy.check("x".repeat(64) + "y".repeat(65), "dana@clinic.example"))
                .isInstanceOf(BusinessRuleViolation.class);
    }
}
