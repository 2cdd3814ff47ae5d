package io.safeguard;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.identity.AccountAdministration;
import io.safeguard.identity.ApiTokens;
import io.safeguard.organization.Organizations;
import io.safeguard.organization.Site;
import io.safeguard.shared.Permission;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Fixtures;
import io.safeguard.support.Fixtures.Person;
import io.safeguard.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * An account of organization A can neither read nor change anything of organization B, by URL, form or API; an
 * auditor changes nothing; a contributor does not manage members or read the trail.
 */
@IntegrationTest
abstract class TenantIsolationIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Organizations organizations;
    @Autowired AccountAdministration administration;
    @Autowired ApiTokens tokens;

    TenantId a;
    TenantId b;
    Person ownerOfA;
    Site siteOfB;

    @BeforeEach
    void twoOrganizations() {
        a = fixtures.organization("Alpha Clinic");
        b = fixtures.organization("Bravo Billing");
        ownerOfA = fixtures.member(a, Role.OWNER);
        siteOfB = organizations.addSite(fixtures.ownerScope(b), "Bravo HQ", "1 Main St", "WA");
    }

    @Test
    void anotherOrganizationsPagesAreNotFound() throws Exception {
        for (String path : new String[] {"", "/dashboard", "/organization", "/members", "/activity"}) {
            mvc.perform(get("/t/" + b + path).with(signedIn(ownerOfA, true))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/t/" + a).with(signedIn(ownerOfA, true))).andExpect(status().isOk());
    }

    @Test
    void anotherOrganizationsFormsChangeNothing() throws Exception {
        String nameBefore = organizations.get(b).name();
        mvc.perform(profileForm("/t/" + b + "/organization", "Taken Over")).andExpect(status().isNotFound());
        mvc.perform(post("/t/" + b + "/organization/sites").with(signedIn(ownerOfA)).with(csrf()).param("name", "Intruder"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/t/" + b + "/organization/sites/" + siteOfB.id() + "/remove").with(signedIn(ownerOfA)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/t/" + b + "/members").with(signedIn(ownerOfA)).with(csrf())
                .param("email", "spy@elsewhere.test").param("role", "OWNER")).andExpect(status().isNotFound());
        mvc.perform(post("/t/" + b + "/organization/mfa").with(signedIn(ownerOfA)).with(csrf()).param("required", "false"))
                .andExpect(status().isNotFound());

        assertThat(organizations.get(b).name()).isEqualTo(nameBefore);
        assertThat(organizations.sites(fixtures.ownerScope(b))).extracting(Site::name).containsExactly("Bravo HQ");
        assertThat(administration.members(fixtures.ownerScope(b))).noneMatch(m -> m.account().email().equals("spy@elsewhere.test"));
    }

    @Test
    void anotherOrganizationsObjectsCannotBeReachedThroughOnesOwnUrl() throws Exception {
        mvc.perform(post("/t/" + a + "/organization/sites/" + siteOfB.id() + "/remove").with(signedIn(ownerOfA)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(organizations.sites(fixtures.ownerScope(b))).hasSize(1);
        Person memberOfB = fixtures.member(b, Role.CONTRIBUTOR);
        mvc.perform(post("/t/" + a + "/members/" + memberOfB.id().value() + "/remove").with(signedIn(ownerOfA)).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(administration.members(fixtures.ownerScope(b))).anyMatch(m -> m.account().id().equals(memberOfB.id()));
    }

    @Test
    void anApiTokenWorksOnlyForItsOwnOrganization() throws Exception {
        String token = fixtures.apiToken(ownerOfA, a, Role.OWNER);
        mvc.perform(get("/api/v1/tenants/" + a).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.name").value("Alpha Clinic"));
        mvc.perform(get("/api/v1/tenants/" + b).header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tenants/" + b + "/sites").header("Authorization", "Bearer " + token)).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/tenants/" + b).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(profileJson("Taken Over"))).andExpect(status().isNotFound());
        assertThat(organizations.get(b).name()).isEqualTo("Bravo Billing");
    }

    @Test
    void theApiNeedsAValidToken() throws Exception {
        mvc.perform(get("/api/v1/tenants/" + a)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
        mvc.perform(get("/api/v1/tenants/" + a).header("Authorization", "Bearer sgt_forged")).andExpect(status().isUnauthorized());
    }

    @Test
    void aRevokedTokenOrARemovedMemberLosesAccess() throws Exception {
        Person contributor = fixtures.member(a, Role.CONTRIBUTOR);
        String token = fixtures.apiToken(contributor, a, Role.CONTRIBUTOR);
        mvc.perform(get("/api/v1/tenants/" + a).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        administration.removeMember(fixtures.ownerScope(a), contributor.id());
        mvc.perform(get("/api/v1/tenants/" + a).header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        mvc.perform(get("/t/" + a).with(signedIn(contributor))).andExpect(status().isNotFound());

        String ownerToken = fixtures.apiToken(ownerOfA, a, Role.AUDITOR);
        tokens.revoke(ownerOfA.id(), tokens.of(ownerOfA.id()).getFirst().id());
        mvc.perform(get("/api/v1/tenants/" + a).header("Authorization", "Bearer " + ownerToken)).andExpect(status().isUnauthorized());
    }

    @Test
    void anAuditorChangesNothing() throws Exception {
        Person auditor = fixtures.member(a, Role.AUDITOR);
        mvc.perform(get("/t/" + a + "/organization").with(signedIn(auditor))).andExpect(status().isOk());
        mvc.perform(get("/t/" + a + "/activity").with(signedIn(auditor))).andExpect(status().isOk());
        mvc.perform(profileForm("/t/" + a + "/organization", "Renamed by auditor", auditor)).andExpect(status().isForbidden());
        mvc.perform(post("/t/" + a + "/organization/sites").with(signedIn(auditor)).with(csrf()).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/t/" + a + "/members").with(signedIn(auditor)).with(csrf()).param("email", "x@y.test").param("role", "OWNER"))
                .andExpect(status().isForbidden());
        String token = fixtures.apiToken(auditor, a, Role.AUDITOR);
        mvc.perform(put("/api/v1/tenants/" + a).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content(profileJson("Renamed by token"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/tenants/" + a + "/sites").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}")).andExpect(status().isForbidden());
        assertThat(organizations.get(a).name()).isEqualTo("Alpha Clinic");
        assertThat(organizations.sites(fixtures.ownerScope(a))).isEmpty();
    }

    @Test
    void aContributorNeitherManagesMembersNorReadsTheTrail() throws Exception {
        Person contributor = fixtures.member(a, Role.CONTRIBUTOR);
        mvc.perform(get("/t/" + a + "/activity").with(signedIn(contributor))).andExpect(status().isForbidden());
        mvc.perform(post("/t/" + a + "/members").with(signedIn(contributor)).with(csrf())
                .param("email", "friend@clinic.test").param("role", "OWNER")).andExpect(status().isForbidden());
        mvc.perform(profileForm("/t/" + a + "/organization", "Renamed", contributor)).andExpect(status().isForbidden());
        assertThat(administration.findByEmail("friend@clinic.test")).isEmpty();
    }

    @Test
    void aTokenCannotHaveMoreRightsThanItsMember() {
        Person contributor = fixtures.member(a, Role.CONTRIBUTOR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixtures.apiToken(contributor, a, Role.AUDITOR))
                .hasMessageContaining("more rights");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fixtures.apiToken(contributor, b, Role.CONTRIBUTOR))
                .hasMessageContaining("not found");
    }

    @Test
    void aTokenNeverGainsRightsWhenItsMembersRoleChanges() throws Exception {
        Person person = fixtures.member(a, Role.AUDITOR);
        String auditorToken = fixtures.apiToken(person, a, Role.AUDITOR);
        administration.changeRole(fixtures.ownerScope(a), person.id(), Role.CONTRIBUTOR);
        assertThat(tokens.authenticate(auditorToken).stream()).noneMatch(p -> p.role().allows(Permission.EDIT));
        mvc.perform(post("/api/v1/tenants/" + a + "/vendors").header("Authorization", "Bearer " + auditorToken)
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnauthorized());

        String ownerToken = fixtures.apiToken(ownerOfA, a, Role.OWNER);
        administration.changeRole(fixtures.ownerScope(a), ownerOfA.id(), Role.AUDITOR);
        assertThat(tokens.authenticate(ownerToken)).hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(Role.AUDITOR));
    }

    @Test
    void aRemovedMembersTokensStayRevokedWhenTheyAreAddedAgain() throws Exception {
        Person contributor = fixtures.member(a, Role.CONTRIBUTOR);
        String token = fixtures.apiToken(contributor, a, Role.CONTRIBUTOR);
        administration.removeMember(fixtures.ownerScope(a), contributor.id());
        fixtures.addMember(a, contributor, Role.CONTRIBUTOR);

        mvc.perform(get("/t/" + a).with(signedIn(contributor))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tenants/" + a).header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(tokens.of(contributor.id())).singleElement().satisfies(t -> assertThat(t.revokedAt()).isNotNull());
    }

    @Test
    void onlyPlatformAdministratorsCreateOrganizations() throws Exception {
        mvc.perform(get("/admin/organizations/new").with(signedIn(ownerOfA))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/activity").with(signedIn(ownerOfA))).andExpect(status().isForbidden());
    }

    @Test
    void theSwitcherLeadsOnlyToOnesOwnOrganizations() throws Exception {
        mvc.perform(get("/switch").param("tenant", b.toString()).with(signedIn(ownerOfA)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/t/" + b).with(signedIn(ownerOfA))).andExpect(status().isNotFound());
        mvc.perform(get("/switch").param("tenant", "not-a-uuid").with(signedIn(ownerOfA))).andExpect(status().isNotFound());
    }

    private MockHttpServletRequestBuilder profileForm(String path, String name) {
        return profileForm(path, name, ownerOfA);
    }

    private MockHttpServletRequestBuilder profileForm(String path, String name, Person person) {
        return post(path).with(signedIn(person)).with(csrf())
                .param("name", name).param("entityType", "COVERED_ENTITY").param("size", "SMALL")
                .param("states", "OR").param("zone", "America/Los_Angeles");
    }

    static String profileJson(String name) {
        return """
                {"name": "%s", "entityType": "COVERED_ENTITY", "size": "SMALL", "states": "OR", "zone": "America/Los_Angeles"}
                """.formatted(name);
    }
}
