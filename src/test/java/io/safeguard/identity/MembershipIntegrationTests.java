package io.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static io.safeguard.support.Fixtures.signedIn;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.TimeZone;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Invitations are one-time, expire, can be renewed; an organization always keeps an active owner. */
@IntegrationTest
abstract class MembershipIntegrationTests {
    private static final String PASSWORD = "a long and private passphrase";
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired AccountAdministration administration;
    @Autowired Invitations invitations;
    @Autowired TenantAccess access;
    @Autowired MutableClock clock;

    TenantId tenant;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Member Clinic");
    }

    @Test
    void anInvitationLinkWorksOnceAndThenThePersonSignsIn() throws Exception {
        var invitation = invitations.invite(fixtures.ownerScope(tenant), "Nora@Clinic.test", Role.AUDITOR);
        invitations.acceptInvitation(invitation.token(), "Nora", PASSWORD);
        assertThatThrownBy(() -> invitations.acceptInvitation(invitation.token(), "Mallory", "another long passphrase"))
                .isInstanceOf(BusinessRuleViolation.class);
        mvc.perform(formLogin("/login").userParameter("email").user("nora@clinic.test").password(PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(administration.members(fixtures.ownerScope(tenant)))
                .anySatisfy(m -> assertThat(m.role()).isEqualTo(Role.AUDITOR));
    }

    @Test
    void anInvitationExpiresAfterSevenDaysAndCanBeRenewed() {
        var invitation = invitations.invite(fixtures.ownerScope(tenant), "late@clinic.test", Role.CONTRIBUTOR);
        clock.advance(Duration.ofDays(7));
        assertThat(invitations.kindOf(invitation.token())).isEmpty();
        assertThatThrownBy(() -> invitations.acceptInvitation(invitation.token(), "Late", PASSWORD))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("expired");

        var renewed = invitations.invite(fixtures.ownerScope(tenant), "late@clinic.test", Role.CONTRIBUTOR);
        assertThat(renewed.token()).isNotEqualTo(invitation.token());
        assertThat(invitations.acceptInvitation(renewed.token(), "Late", PASSWORD).status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void anExistingAccountJoinsOnlyOnceItAcceptsAndCannotBeInvitedTwice() {
        var person = fixtures.member(fixtures.organization("Other Clinic"), Role.OWNER);
        var invitation = invitations.invite(fixtures.ownerScope(tenant), person.email(), Role.COMPLIANCE_OFFICER);
        assertThat(access.scopeOf(person.id(), tenant)).isEmpty();
        invitations.accept(person.id(), invitation.token());
        assertThat(access.scopeOf(person.id(), tenant)).hasValueSatisfying(s -> assertThat(s.role()).isEqualTo(Role.COMPLIANCE_OFFICER));
        assertThatThrownBy(() -> invitations.invite(fixtures.ownerScope(tenant), person.email(), Role.AUDITOR))
                .hasMessageContaining("already a member");
    }

    @Test
    void theLastOwnerCanNeitherLeaveNorBeDemoted() {
        var scope = fixtures.ownerScope(tenant);
        assertThatThrownBy(() -> administration.changeRole(scope, scope.accountId(), Role.AUDITOR))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at least one owner");
        assertThatThrownBy(() -> administration.removeMember(scope, scope.accountId()))
                .isInstanceOf(BusinessRuleViolation.class);
        var second = fixtures.member(tenant, Role.OWNER);
        administration.changeRole(scope, second.id(), Role.CONTRIBUTOR);
        assertThat(administration.owners(tenant)).hasSize(1);
    }

    @Test
    void anUnacceptedInvitationIsNotTheOtherOwner() {
        var scope = fixtures.ownerScope(tenant);
        var invitation = invitations.invite(scope, "future.owner@clinic.test", Role.OWNER);
        assertThatThrownBy(() -> administration.removeMember(scope, scope.accountId()))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at least one owner");
        assertThatThrownBy(() -> administration.changeRole(scope, scope.accountId(), Role.AUDITOR))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("at least one owner");
        administration.changeRole(scope, invitation.accountId(), Role.CONTRIBUTOR);
        administration.removeMember(scope, invitation.accountId());
        assertThat(administration.members(scope)).noneMatch(m -> m.account().id().equals(invitation.accountId()));
    }

    @Test
    void theInvitationLinkExpiryIsShownInUtcWhateverTheServerZone() throws Exception {
        TimeZone serverZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati")); // UTC+14: a different calendar day
        try {
            var admin = fixtures.admin();
            var flash = mvc.perform(post("/t/" + tenant + "/members").with(signedIn(admin)).with(csrf())
                            .param("email", "zoned@clinic.test").param("role", "CONTRIBUTOR"))
                    .andReturn().getFlashMap();
            var expires = (Instant) flash.get("invitationExpires");
            String utc = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC).format(expires);
            mvc.perform(get("/t/" + tenant + "/members").with(signedIn(admin)).flashAttrs(flash))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString(utc + "</span> UTC")));
        } finally {
            TimeZone.setDefault(serverZone);
        }
    }
}
