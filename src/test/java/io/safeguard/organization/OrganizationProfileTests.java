package io.safeguard.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.safeguard.shared.BusinessRuleViolation;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class OrganizationProfileTests {
    @Test
    void parsesStatesInAnyCaseAndSeparator() {
        var profile = OrganizationProfile.parse("Clinic", EntityType.COVERED_ENTITY, SizeCategory.SMALL, 10,
                "wa; or  dc", "America/Los_Angeles", null, null);
        assertThat(profile.states()).containsExactly("DC", "OR", "WA");
        assertThat(profile.zone()).isEqualTo(ZoneId.of("America/Los_Angeles"));
    }

    @Test
    void refusesUnknownStatesAndZones() {
        assertThatThrownBy(() -> OrganizationProfile.parse("Clinic", EntityType.COVERED_ENTITY, SizeCategory.SMALL, 10,
                "OR, XX", "America/Chicago", null, null)).isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("XX");
        assertThatThrownBy(() -> OrganizationProfile.parse("Clinic", EntityType.COVERED_ENTITY, SizeCategory.SMALL, 10,
                "OR", "Mars/Olympus", null, null)).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> OrganizationProfile.parse("Clinic", EntityType.COVERED_ENTITY, SizeCategory.SMALL, 10,
                " ", "UTC", null, null)).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aBusinessAssociateNeedsNoPrivacyOfficial() {
        assertThat(EntityType.BUSINESS_ASSOCIATE.needsPrivacyOfficial()).isFalse();
        assertThat(EntityType.COVERED_ENTITY.needsPrivacyOfficial()).isTrue();
        assertThat(EntityType.HYBRID.needsPrivacyOfficial()).isTrue();
    }

    @Test
    void demoOrganizationsParse() throws Exception {
        var demo = DemoOrganizations.read();
        assertThat(demo.organizations()).extracting(DemoOrganizations.DemoOrganization::key)
                .containsExactly("riverside", "cascade-billing");
        demo.organizations().forEach(o -> assertThat(o.profile().name()).isNotBlank());
    }
}
