package io.safeguard.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.safeguard.inventory.Asset;
import io.safeguard.inventory.AssetDetails;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.Protection;
import io.safeguard.inventory.RemoteMfa;
import io.safeguard.vendor.VendorOverview;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inventory's facts become threat/vulnerability suggestions; what the register already has is not repeated. */
class SuggestionsTests {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    final ThreatLibrary library = new ThreatLibrary();

    @Test
    void anUnencryptedLaptopWithoutBackupSuggestsTheftAndRansomwarePairs() {
        Asset laptop = asset(new AssetDetails("laptop-12", AssetType.LAPTOP, null, "Dana", "Billing", true, null, Protection.NONE,
                null, false, Protection.FULL, null, null, null, null, true, null, Backup.NONE, null, "Windows 11", true,
                RemoteMfa.YES, false, null));
        var found = Suggestions.from(library, List.of(laptop), List.of(), new VendorOverview(TODAY, List.of(), List.of()), List.of(), TODAY);
        assertThat(found).extracting(s -> s.vulnerability().id()).containsExactly("unencrypted-endpoint", "no-offline-backup");
        assertThat(found.getFirst().because()).isEqualTo("laptop-12 stores ePHI and is not encrypted at rest on a device that leaves the building");
        assertThat(found.getFirst().threat().id()).isEqualTo(library.require("unencrypted-endpoint").threats().getFirst());

        Risk already = new Risk(UUID.randomUUID(), 1, new RiskDetails(found.getFirst().target(), "theft-loss", "Theft",
                "unencrypted-endpoint", "No encryption", null, 4, 4), RiskStatus.OPEN, RiskOrigin.SUGGESTED, TODAY, null, null, null, List.of());
        assertThat(Suggestions.from(library, List.of(laptop), List.of(), new VendorOverview(TODAY, List.of(), List.of()), List.of(already), TODAY))
                .extracting(s -> s.vulnerability().id()).containsExactly("no-offline-backup");
    }

    @Test
    void anUnsupportedInternetFacingServerWithoutLogsOrMfaAndAStaleRestoreTest() {
        Asset server = asset(new AssetDetails("fs-02", AssetType.SERVER, null, null, "Closet", true, null, Protection.FULL, null,
                true, Protection.PARTIAL, null, null, null, null, false, null, Backup.OFFLINE_OR_IMMUTABLE, TODAY.minusMonths(13),
                "Windows Server 2012", false, RemoteMfa.NO, true, null));
        var found = Suggestions.from(library, List.of(server), List.of(), new VendorOverview(TODAY, List.of(), List.of()), List.of(), TODAY);
        assertThat(found).extracting(s -> s.vulnerability().id()).containsExactly("unencrypted-transmission", "no-remote-mfa",
                "unsupported-os", "untested-restore", "no-audit-logging", "internet-exposed");
    }

    @Test
    void theShippedLibraryAndQuestionnaireLoadAndReferToEachOther() {
        assertThat(library.threats()).hasSizeGreaterThanOrEqualTo(14);
        assertThat(library.threats()).filteredOn(t -> t.hicpTopThreat() != null).extracting(t -> t.hicpTopThreat())
                .contains(1, 2, 3, 4, 5);
        var questionnaire = new Questionnaire(library);
        assertThat(questionnaire.questions()).hasSizeGreaterThanOrEqualTo(30);
        assertThat(questionnaire.questions()).allMatch(q -> library.vulnerability(q.vulnerability()).isPresent());
    }

    static Asset asset(AssetDetails details) {
        Instant at = Instant.parse("2024-01-01T00:00:00Z");
        return new Asset(UUID.randomUUID(), details, null, at, at, at);
    }
}
