package io.safeguard.accesslog;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** The access log's pages and REST API: upload with progress, search, the patient report, roles and tenants. */
@IntegrationTest
abstract class AccessLogWebIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired ActivityTrail trail;

    @Test
    void anUploadRunsInTheBackgroundAndTheRecordCanBeSearched() throws Exception {
        TenantId tenant = fixtures.organization("Access Web " + UUID.randomUUID().toString().substring(0, 6));
        var officer = fixtures.member(tenant, Role.COMPLIANCE_OFFICER);
        String csv = LedgerIntegrationTests.csv(1, 300, "2026-11-20").replace(",Nurse,", ",Nurse,").replace("user_role", "user_role");
        var file = new MockMultipartFile("file", "../../extract.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        String run = mvc.perform(multipart("/t/" + tenant + "/accesslog/upload").file(file).param("format", "csv").param("mapping", "generic")
                        .param("source", "ehr").with(signedIn(officer)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = "";
        for (int i = 0; i < 100 && !page.contains("DONE"); i++) {
            Thread.sleep(100);
            page = mvc.perform(get(run).with(signedIn(officer))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        }
        assertThat(page).contains("DONE", "extract.csv", "300").doesNotContain("../");

        String search = mvc.perform(post("/t/" + tenant + "/accesslog/search").param("patient", "P7").param("from", "2026-11-01")
                .param("to", "2026-11-23").with(signedIn(officer)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(search).contains("3 accesses", "u6").doesNotContain("?patient=", "&patient=");
        String fromUrl = mvc.perform(get("/t/" + tenant + "/accesslog/search").param("patient", "P7").with(signedIn(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(fromUrl).doesNotContain("3 accesses"); // a patient id in a URL is not searched for: searches are posted
        String report = mvc.perform(post("/t/" + tenant + "/accesslog/patient-report").param("patient", "P7").param("from", "2026-11-01")
                .param("to", "2026-11-23").with(signedIn(officer)).with(csrf())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(report).contains("Who accessed the record of patient", "P7", "3 accesses by 1 people");
        assertThat(trail.page(tenant, "accesslog.view", Long.MAX_VALUE, 10)).isNotEmpty();

        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(get("/t/" + tenant + "/accesslog").with(signedIn(auditor))).andExpect(status().isOk());
        assertThat(mvc.perform(post("/t/" + tenant + "/accesslog/search").param("patient", "P7").param("from", "2026-11-01")
                        .param("to", "2026-11-23").with(signedIn(auditor)).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).contains("3 accesses"); // posted, yet read-only: an auditor may
        mvc.perform(post("/t/" + tenant + "/accesslog/patient-report").param("patient", "P7").with(signedIn(auditor)).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(post("/t/" + tenant + "/accesslog/verify").with(signedIn(auditor)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/t/" + tenant + "/accesslog/upload").file(file).param("format", "csv").with(signedIn(auditor)).with(csrf()))
                .andExpect(status().isForbidden());
        var stranger = fixtures.member(fixtures.organization("Access Web Other " + UUID.randomUUID().toString().substring(0, 6)), Role.OWNER);
        mvc.perform(get(run).with(signedIn(stranger))).andExpect(status().isNotFound());
        mvc.perform(post("/t/" + tenant + "/accesslog/search").param("patient", "P7").with(signedIn(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/t/" + tenant + "/accesslog/patient-report").param("patient", "P7").with(signedIn(stranger)).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiStreamsAnExtractAndAnswersProofs() throws Exception {
        TenantId tenant = fixtures.organization("Access API " + UUID.randomUUID().toString().substring(0, 6));
        String token = fixtures.apiToken(fixtures.member(tenant, Role.CONTRIBUTOR), tenant, Role.CONTRIBUTOR);
        String base = "/api/v1/tenants/" + tenant + "/accesslog";
        byte[] body = LedgerIntegrationTests.csv(1, 2_000, "2026-11-20").getBytes(StandardCharsets.UTF_8);
        mvc.perform(post(base + "/events").param("format", "csv").param("source", "ehr").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.TEXT_PLAIN).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(2000)).andExpect(jsonPath("$.rejected").value(0));
        mvc.perform(post(base + "/events").param("format", "csv").param("source", "ehr").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.TEXT_PLAIN).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(0)).andExpect(jsonPath("$.duplicates").value(2000));
        mvc.perform(get(base + "/ledger").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(2000)).andExpect(jsonPath("$.latest.size").value(2000));
        mvc.perform(get(base + "/proofs/inclusion").param("seq", "1234").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.verified").value(true));
        mvc.perform(post(base + "/search").header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"patientId\": \"P7\", \"from\": \"2026-11-19\", \"to\": \"2026-11-21\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.events.length()").value(org.hamcrest.Matchers.greaterThan(0)))
                .andExpect(jsonPath("$.events[0].event.patientId").value("P7"));
        mvc.perform(post(base + "/events").param("format", "xlsx").header("Authorization", "Bearer " + token)
                .contentType(MediaType.TEXT_PLAIN).content(body)).andExpect(status().isUnprocessableEntity());

        String auditor = fixtures.apiToken(fixtures.member(tenant, Role.AUDITOR), tenant, Role.AUDITOR);
        mvc.perform(post(base + "/search").header("Authorization", "Bearer " + auditor).contentType(MediaType.APPLICATION_JSON)
                .content("{\"userId\": \"u3\", \"from\": \"2026-11-19\", \"to\": \"2026-11-21\"}")).andExpect(status().isOk());
        mvc.perform(post(base + "/events").param("format", "csv").header("Authorization", "Bearer " + auditor)
                .contentType(MediaType.TEXT_PLAIN).content(body)).andExpect(status().isForbidden());
        var other = fixtures.organization("Access API Other " + UUID.randomUUID().toString().substring(0, 6));
        String theirs = fixtures.apiToken(fixtures.member(other, Role.OWNER), other, Role.OWNER);
        mvc.perform(get(base + "/ledger").header("Authorization", "Bearer " + theirs)).andExpect(status().isNotFound());
    }
}
