package io.safeguard.identity;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Fixtures;
import io.safeguard.support.Fixtures.Person;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An invitation from one organization never hands its link holder an account that another organization invited
 * first or that someone already signs in with; the inviter learns nothing about which addresses have accounts.
 */
@IntegrationTest
abstract class InvitationIntegrationTests {
    private static final String PASSWORD = "a long and private passphrase";
    private static final String ATTACKER_PASSWORD = "someone else's passphrase";
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Invitations invitations;
    @Autowired AccountAdministration administration;
    @Autowired TenantAccess access;
    @Autowired ActivityTrail trail;
    @Autowired MutableClock clock;

    TenantId alpha;
    TenantId bravo;

    @BeforeEach
    void twoOrganizations() {
        alpha = fixtures.organization("Alpha Clinic");
        bravo = fixtures.organization("Bravo Billing");
    }

    @Test
    void anotherOrganizationCannotSetThePasswordOfSomeoneInvitedFirstElsewhere() throws Exception {
        var byAlpha = invitations.invite(fixtures.ownerScope(alpha), "bob@alpha.test", Role.CONTRIBUTOR);
        var byBravo = invitations.invite(fixtures.ownerScope(bravo), "bob@alpha.test", Role.AUDITOR);

        assertThat(byBravo.accountId()).isEqualTo(byAlpha.accountId());
        assertThat(invitations.kindOf(byBravo.token())).contains(InvitationKind.JOIN);
        assertThatThrownBy(() -> invitations.acceptInvitation(byBravo.token(), "Mallory", ATTACKER_PASSWORD))
                .isInstanceOf(BusinessRuleViolation.class);
        mvc.perform(formLogin("/login").userParameter("email").user("bob@alpha.test").password(ATTACKER_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));

        invitations.acceptInvitation(byAlpha.token(), "Bob", PASSWORD);
        assertThat(access.scopeOf(byAlpha.accountId(), alpha)).isPresent();
        assertThat(access.scopeOf(byAlpha.accountId(), bravo)).isEmpty(); // Bravo waits for Bob's own answer
        assertThat(invitations.pending(byAlpha.accountId())).extracting(PendingInvitation::tenantId).containsExactly(bravo);
    }

    @Test
    void anAccountSomeoneElseRegisteredDoesNotJoinWithoutTheLinkSentForIt() throws Exception {
        var registeredByBravo = invitations.invite(fixtures.ownerScope(bravo), "dana@alpha.test", Role.AUDITOR);
        invitations.acceptInvitation(registeredByBravo.token(), "Mallory", ATTACKER_PASSWORD);
        var attacker = new Person(registeredByBravo.accountId(), "dana@alpha.test", ATTACKER_PASSWORD, false);

        var byAlpha = invitations.invite(fixtures.ownerScope(alpha), "dana@alpha.test", Role.CONTRIBUTOR);

        assertThat(access.scopeOf(attacker.id(), alpha)).isEmpty();
        mvc.perform(get("/t/" + alpha).with(signedIn(attacker))).andExpect(status().isNotFound());
        mvc.perform(post("/account/invitations/accept").with(signedIn(attacker)).with(csrf())
                        .param("token", registeredByBravo.token()))
                .andExpect(redirectedUrl("/account/invitations"))
                .andExpect(flash().attribute("error", containsString("not valid")));
        assertThat(access.scopeOf(attacker.id(), alpha)).isEmpty();
        assertThat(invitations.kindOf(byAlpha.token())).contains(InvitationKind.JOIN);
        assertThatThrownBy(() -> invitations.acceptInvitation(byAlpha.token(), "Mallory", "yet another passphrase"))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void anExistingAccountAcceptsSignedInWithTheLink() throws Exception {
        Person person = fixtures.member(bravo, Role.OWNER);
        Person stranger = fixtures.member(bravo, Role.CONTRIBUTOR);
        var invitation = invitations.invite(fixtures.ownerScope(alpha), person.email(), Role.COMPLIANCE_OFFICER);

        mvc.perform(get("/invite/" + invitation.token()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in and accept")))
                .andExpect(content().string(not(containsString("name=\"password\""))));
        mvc.perform(get("/account/invitations").param("token", invitation.token()))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account/invitations").param("token", invitation.token()).with(signedIn(stranger)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("not valid for the account you are signed in with")));
        assertThatThrownBy(() -> invitations.accept(stranger.id(), invitation.token()))
                .isInstanceOf(BusinessRuleViolation.class);

        mvc.perform(get("/account/invitations").param("token", invitation.token()).with(signedIn(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alpha Clinic")))
                .andExpect(content().string(containsString("Accept and open")));
        mvc.perform(post("/account/invitations/accept").with(signedIn(person)).with(csrf())
                        .param("token", "https://safeguard.example/invite/" + invitation.token()))
                .andExpect(redirectedUrl("/t/" + alpha));
        assertThat(access.scopeOf(person.id(), alpha)).hasValueSatisfying(s -> assertThat(s.role()).isEqualTo(Role.COMPLIANCE_OFFICER));
        assertThat(invitations.kindOf(invitation.token())).isEmpty();
        assertThat(trail.page(alpha, "identity.invitation.accept", 0, 10)).anySatisfy(r -> assertThat(r.accountId()).isEqualTo(person.id()));
    }

    @Test
    void aPersonDeclinesAnInvitationAndItsLinkStopsWorking() throws Exception {
        Person person = fixtures.member(bravo, Role.CONTRIBUTOR);
        var invitation = invitations.invite(fixtures.ownerScope(alpha), person.email(), Role.AUDITOR);
        mvc.perform(get("/account/invitations").with(signedIn(person)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Alpha Clinic")));
        mvc.perform(post("/account/invitations/" + alpha + "/decline").with(signedIn(person)).with(csrf()))
                .andExpect(redirectedUrl("/account/invitations"));
        assertThat(invitations.pending(person.id())).isEmpty();
        assertThat(invitations.kindOf(invitation.token())).isEmpty();
        assertThat(administration.members(fixtures.ownerScope(alpha))).noneMatch(m -> m.account().id().equals(person.id()));
    }

    @Test
    void noLinkResetsThePasswordOnceOneSetIt() throws Exception {
        var first = invitations.invite(fixtures.ownerScope(alpha), "carol@alpha.test", Role.CONTRIBUTOR);
        var second = invitations.invite(fixtures.ownerScope(alpha), "carol@alpha.test", Role.CONTRIBUTOR);
        invitations.acceptInvitation(first.token(), "Carol", PASSWORD);

        assertThat(invitations.kindOf(second.token())).isEmpty();
        assertThatThrownBy(() -> invitations.acceptInvitation(second.token(), "Mallory", ATTACKER_PASSWORD))
                .isInstanceOf(BusinessRuleViolation.class);
        mvc.perform(formLogin("/login").userParameter("email").user("carol@alpha.test").password(ATTACKER_PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin("/login").userParameter("email").user("carol@alpha.test").password(PASSWORD))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void theOrganizationThatInvitedFirstCanRenewThePasswordLink() {
        invitations.invite(fixtures.ownerScope(alpha), "erin@alpha.test", Role.CONTRIBUTOR);
        clock.advance(Duration.ofDays(1));
        var byBravo = invitations.invite(fixtures.ownerScope(bravo), "erin@alpha.test", Role.AUDITOR);
        assertThat(invitations.kindOf(byBravo.token())).contains(InvitationKind.JOIN);
        clock.advance(Duration.ofDays(7)); // Alpha's first link has expired
        var renewed = invitations.invite(fixtures.ownerScope(alpha), "erin@alpha.test", Role.CONTRIBUTOR);
        assertThat(invitations.kindOf(renewed.token())).contains(InvitationKind.SET_PASSWORD);
    }

    @Test
    void theInviterSeesTheSameAnswerWhetherOrNotTheAddressHasAnAccount() throws Exception {
        Person existing = fixtures.member(bravo, Role.OWNER);
        var admin = fixtures.admin();
        List<String> notices = new java.util.ArrayList<>();
        for (String email : List.of(existing.email(), "nobody-yet@alpha.test")) {
            var flashMap = mvc.perform(post("/t/" + alpha + "/members").with(signedIn(admin)).with(csrf())
                            .param("email", email).param("role", "AUDITOR"))
                    .andReturn().getFlashMap();
            assertThat(flashMap.get("invitationLink")).asString().contains("/invite/sgi_");
            notices.add(((String) flashMap.get("notice")).replace(email, "ADDRESS"));
        }
        assertThat(notices.get(0)).isEqualTo(notices.get(1));

        var members = administration.members(fixtures.ownerScope(alpha));
        var shownForExisting = members.stream().filter(m -> m.account().email().equals(existing.email())).findFirst().orElseThrow();
        var shownForNew = members.stream().filter(m -> m.account().email().equals("nobody-yet@alpha.test")).findFirst().orElseThrow();
        assertThat(shownForExisting.account().displayName()).isEqualTo(existing.email());
        assertThat(shownForExisting.account()).usingRecursiveComparison().ignoringFields("id", "email", "displayName")
                .isEqualTo(shownForNew.account());
        assertThat(trail.page(alpha, "identity.member.", 0, 10)).extracting(ActivityRecord::action)
                .containsOnly("identity.member.invite", "identity.member.grant");
    }

    @Test
    void removingAnInvitedMemberClosesTheirLink() {
        var invitation = invitations.invite(fixtures.ownerScope(alpha), "frank@alpha.test", Role.CONTRIBUTOR);
        administration.removeMember(fixtures.ownerScope(alpha), invitation.accountId());
        assertThat(invitations.kindOf(invitation.token())).isEmpty();
        assertThatThrownBy(() -> invitations.acceptInvitation(invitation.token(), "Frank", PASSWORD))
                .isInstanceOf(BusinessRuleViolation.class);
    }
}
