package io.safeguard.config;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.organization.Organizations;
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

/** Bad input gets a clear error (a form with messages, or an RFC 9457 problem) and changes nothing. */
@IntegrationTest
abstract class BadInputIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Organizations organizations;

    TenantId tenant;
    Person owner;
    String token;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Input Clinic");
        owner = fixtures.member(tenant, Role.OWNER);
        token = fixtures.apiToken(owner, tenant, Role.OWNER);
    }

    @Test
    void anInvalidFormIsShownAgainWithItsErrors() throws Exception {
        mvc.perform(post("/t/" + tenant + "/organization").with(signedIn(owner)).with(csrf())
                        .param("name", "Renamed").param("entityType", "COVERED_ENTITY").param("size", "SMALL")
                        .param("states", "OR, ZZ").param("zone", "America/Los_Angeles"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Unknown state code(s): ZZ")));
        mvc.perform(post("/t/" + tenant + "/organization").with(signedIn(owner)).with(csrf())
                        .param("name", "").param("entityType", "COVERED_ENTITY").param("size", "SMALL")
                        .param("states", "OR").param("zone", "America/Los_Angeles").param("securityOfficialEmail", "not-an-email"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the organization")));
        mvc.perform(post("/t/" + tenant + "/organization").with(signedIn(owner)).with(csrf())
                        .param("name", "Renamed").param("entityType", "PHARMACY").param("size", "SMALL")
                        .param("states", "OR").param("zone", "America/Los_Angeles"))
                .andExpect(status().isOk());
        assertThat(organizations.get(tenant).name()).isEqualTo("Input Clinic");
    }

    @Test
    void malformedJsonIsABadRequestProblem() throws Exception {
        mvc.perform(put("/api/v1/tenants/" + tenant).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Broken"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("The request body is not valid JSON for this endpoint."));
        mvc.perform(put("/api/v1/tenants/" + tenant).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"X\", \"admin\": true}"))
                .andExpect(status().isBadRequest());
        assertThat(organizations.get(tenant).name()).isEqualTo("Input Clinic");
    }

    @Test
    void invalidFieldsAreNamedInTheProblem() throws Exception {
        mvc.perform(put("/api/v1/tenants/" + tenant).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "", "entityType": "COVERED_ENTITY", "size": "SMALL", "states": "OR",
                                 "zone": "America/Los_Angeles", "securityOfficialEmail": "nope"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.name").exists())
                .andExpect(jsonPath("$.errors.securityOfficialEmail").exists());
        mvc.perform(put("/api/v1/tenants/" + tenant).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"name": "Ok", "entityType": "COVERED_ENTITY", "size": "SMALL", "states": "OR",
                                 "zone": "Nowhere/Land"}
                                """))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("organization.zone-invalid"));
        assertThat(organizations.get(tenant).name()).isEqualTo("Input Clinic");
    }

    @Test
    void oversizedRequestsAreRefusedBeforeParsing() throws Exception {
        String huge = "{\"name\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        mvc.perform(put("/api/v1/tenants/" + tenant).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.status").value(413));
        mvc.perform(post("/t/" + tenant + "/organization/sites").with(signedIn(owner)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED).content("name=" + "y".repeat(2 * 1024 * 1024)))
                .andExpect(status().isContentTooLarge());
        assertThat(organizations.sites(fixtures.ownerScope(tenant))).isEmpty();
    }

    @Test
    void malformedIdsAreNotFound() throws Exception {
        mvc.perform(get("/api/v1/tenants/not-a-uuid").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/t/12345").with(signedIn(owner))).andExpect(status().isNotFound());
    }

    @Test
    void unknownPagesGetAFriendlyPage() throws Exception {
        mvc.perform(get("/t/" + tenant + "/no-such-page").with(signedIn(owner)))
                .andExpect(status().isNotFound());
    }
}
