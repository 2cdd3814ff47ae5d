package io.safeguard.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.support.H2Database;
import io.safeguard.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** No default password: a fresh installation offers the setup page once, and only once. */
@IntegrationTest
@ContextConfiguration(initializers = H2Database.class)
@TestPropertySource(properties = "safeguard.test.context=setup") // a database of its own, without accounts
class SetupIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired AccountAdministration administration;

    @Test
    void aFreshInstallationIsSetUpOnceThroughTheSetupPage() throws Exception {
        mvc.perform(get("/login")).andExpect(redirectedUrl("/setup"));
        mvc.perform(post("/setup").with(csrf()).param("name", "Dana").param("email", "dana@clinic.test")
                        .param("password", "short").param("confirmation", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("at least 12 characters")));
        mvc.perform(post("/setup").with(csrf()).param("name", "Dana").param("email", "dana@clinic.test")
                        .param("password", "river stones under moonlight").param("confirmation", "river stones under sunlight"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The two passwords differ.")));
        assertThat(administration.setupNeeded()).isTrue();

        mvc.perform(post("/setup").param("name", "Dana").param("email", "dana@clinic.test")
                        .param("password", "river stones under moonlight").param("confirmation", "river stones under moonlight"))
                .andExpect(status().isForbidden()); // no CSRF token
        mvc.perform(post("/setup").with(csrf()).param("name", "Dana").param("email", "dana@clinic.test")
                        .param("password", "river stones under moonlight").param("confirmation", "river stones under moonlight"))
                .andExpect(redirectedUrl("/login?setup"));

        assertThat(administration.findByEmail("dana@clinic.test")).hasValueSatisfying(a -> assertThat(a.platformAdmin()).isTrue());
        mvc.perform(get("/setup")).andExpect(status().isNotFound());
        mvc.perform(post("/setup").with(csrf()).param("name", "Mallory").param("email", "mallory@evil.test")
                        .param("password", "another long passphrase").param("confirmation", "another long passphrase"))
                .andExpect(status().isNotFound());
        assertThat(administration.findByEmail("mallory@evil.test")).isEmpty();
    }
}
