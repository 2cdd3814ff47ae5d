package io.safeguard.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.inventory.EncryptionRecord;
import io.safeguard.inventory.Protection;
import io.safeguard.shared.BusinessRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeterminationTests {
    static final LocalDate LOST = LocalDate.of(2026, 3, 2);
    static final EncryptionRecord BITLOCKER = new EncryptionRecord(LocalDate.of(2026, 1, 10), Protection.FULL, "BitLocker XTS-AES",
            true, Protection.FULL, "dana@clinic.test", Instant.parse("2026-01-10T17:00:00Z"));
    static final EncryptionRecord NONE = new EncryptionRecord(LocalDate.of(2025, 6, 1), Protection.NONE, null, false, Protection.FULL,
            "dana@clinic.test", Instant.parse("2025-06-01T17:00:00Z"));

    static final RiskAssessment ALL_LOW = new RiskAssessment(new Factor("Names only", Judgement.LOW),
            new Factor("Another hospital's nurse", Judgement.LOW), new Factor("Returned unopened", Judgement.LOW),
            new Factor("Attestation of destruction", Judgement.LOW));

    @Test
    void safeHarborShowsTheRecordItReliedOn() {
        var harbor = SafeHarbor.of(List.of(check("laptop-12", BITLOCKER)));
        assertThat(harbor.applies()).isTrue();
        assertThat(harbor.basis()).contains("laptop-12: BitLocker XTS-AES, FIPS validated").contains("recorded 2026-01-10 by dana@clinic.test");
        assertThat(Determinations.propose(harbor, null, RiskAssessment.NONE)).isEqualTo(Conclusion.SECURED_PHI_SAFE_HARBOR);
    }

    @Test
    void oneUnsecuredAssetDefeatsTheSafeHarborAndIsNamed() {
        var harbor = SafeHarbor.of(List.of(check("laptop-12", BITLOCKER), check("laptop-7", NONE)));
        assertThat(harbor.applies()).isFalse();
        assertThat(harbor.summary()).isEqualTo("Not secured: laptop-7.");
        assertThat(harbor.basis()).contains("laptop-7: NOT secured on 2026-03-02: encryption at rest none");
        assertThat(Determinations.propose(harbor, null, RiskAssessment.NONE)).isEqualTo(Conclusion.BREACH);
    }

    @Test
    void fullEncryptionWithoutFipsValidationOrNoRecordIsNotSecured() {
        var notFips = new EncryptionRecord(LOST, Protection.FULL, "Vendor tool", false, Protection.FULL, "x", Instant.EPOCH);
        assertThat(SafeHarbor.of(List.of(check("laptop-3", notFips))).applies()).isFalse();
        assertThat(SafeHarbor.of(List.of(check("laptop-3", null))).basis()).contains("no encryption record in force on 2026-03-02");
        assertThat(SafeHarbor.of(List.of()).applies()).isFalse();
    }

    @Test
    void lowProbabilityNeedsAllFourFactorsDocumentedAndLow() {
        var unsecured = SafeHarbor.of(List.of(check("laptop-7", NONE)));
        assertThat(Determinations.propose(unsecured, null, ALL_LOW)).isEqualTo(Conclusion.NOT_A_BREACH_LOW_PROBABILITY);
        var oneHigh = new RiskAssessment(ALL_LOW.nature(), ALL_LOW.recipient(), new Factor("Unknown", Judgement.HIGH), ALL_LOW.mitigation());
        assertThat(Determinations.propose(unsecured, null, oneHigh)).isEqualTo(Conclusion.BREACH);
        var undocumented = new RiskAssessment(ALL_LOW.nature(), ALL_LOW.recipient(), new Factor(null, Judgement.LOW), ALL_LOW.mitigation());
        assertThat(undocumented.lowProbability()).isFalse();
        assertThatThrownBy(() -> Determinations.check(Conclusion.NOT_A_BREACH_LOW_PROBABILITY, unsecured, null, oneHigh, "We think so"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("all four factors");
    }

    @Test
    void conclusionsTheRecordDoesNotSupportAreRefused() {
        var unsecured = SafeHarbor.of(List.of(check("laptop-7", NONE)));
        assertThatThrownBy(() -> Determinations.check(Conclusion.SECURED_PHI_SAFE_HARBOR, unsecured, null, RiskAssessment.NONE, "Encrypted"))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("laptop-7");
        assertThatThrownBy(() -> Determinations.check(Conclusion.EXCEPTION, unsecured, null, RiskAssessment.NONE, "Exception"))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> Determinations.check(Conclusion.BREACH, unsecured, null, RiskAssessment.NONE, " "))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("164.414(b)");
        Determinations.check(Conclusion.EXCEPTION, unsecured, BreachException.UNABLE_TO_RETAIN, RiskAssessment.NONE, "Mail returned unopened");
        assertThat(Determinations.propose(unsecured, BreachException.UNABLE_TO_RETAIN, RiskAssessment.NONE)).isEqualTo(Conclusion.EXCEPTION);
    }

    static AssetCheck check(String name, EncryptionRecord record) {
        return new AssetCheck(UUID.randomUUID(), name, LOST, record);
    }
}
