package io.safeguard.vendor;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.tabular.ImportRow;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Vendors and BAAs as an IT lead keeps them: gaps are visible, imports are all-or-nothing, tenants stay apart. */
@IntegrationTest
abstract class VendorIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Vendors vendors;
    @Autowired VendorImport imports;
    @Autowired MutableClock clock;
    @Autowired io.safeguard.documents.Evidence evidence;

    TenantId tenant;
    TenantScope owner;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Vendor Clinic");
        owner = fixtures.ownerScope(tenant);
    }

    private Vendor billing() {
        return vendors.create(owner, new VendorDetails("Acme Billing", VendorCategory.BILLING, "claims",
                new PhiHandling(false, true, true, true), null, null, null, null));
    }

    @Test
    void aVendorTouchingPhiWithoutAnExecutedBaaIsAGapUntilOneIsRecorded() {
        Vendor acme = billing();
        assertThat(vendors.overview(owner).withoutBaa()).extracting(r -> r.vendor().name()).containsExactly("Acme Billing");
        LocalDate today = vendors.today(tenant);
        vendors.recordBaa(owner, acme.id(), null, today.minusYears(1), today.plusDays(30), "claims processing", null);
        assertThat(vendors.overview(owner).withoutBaa()).isEmpty();
        assertThat(vendors.overview(tenant, today.plusDays(31)).withoutBaa()).hasSize(1); // the day after expiry
    }

    @Test
    void theSignedAgreementIsKeptAsEvidence() throws Exception {
        Vendor acme = billing();
        var person = fixtures.member(tenant, Role.OWNER);
        var file = new org.springframework.mock.web.MockMultipartFile("signed", "acme-baa-signed.pdf", "application/pdf",
                ("%PDF-1.4 signed " + System.nanoTime()).getBytes());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/t/" + tenant + "/vendors/" + acme.id() + "/baas")
                        .file(file).param("effectiveOn", vendors.today(tenant).minusDays(5).toString())
                        .with(signedIn(person)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var baa = vendors.agreements(owner, acme.id()).getFirst();
        assertThat(baa.signedDocumentId()).isNotNull();
        assertThat(evidence.find(tenant, baa.signedDocumentId())).hasValueSatisfying(e -> {
            assertThat(e.fileName()).isEqualTo("acme-baa-signed.pdf");
            assertThat(e.requirements()).contains("164.308(b)(3)");
        });
    }

    @Test
    void agreementDatesMustMakeSense() {
        Vendor acme = billing();
        LocalDate today = vendors.today(tenant);
        assertThatThrownBy(() -> vendors.recordBaa(owner, acme.id(), today, today.minusDays(1), null, null, null))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> vendors.recordBaa(owner, acme.id(), null, today, today, null, null))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> vendors.recordBaa(owner, acme.id(), null, null, null, null, null))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void importingTheSameVendorsTwiceChangesNothing() {
        var rows = List.of(
                new ImportRow(2, Map.of("name", "Shred-Right", "category", "Records storage or disposal", "phiReceives", "yes")),
                new ImportRow(3, Map.of("name", "Northwest IT", "category", "IT or managed services", "phiMaintains", "Y")));
        var first = imports.importRows(owner, rows, false);
        assertThat(first.created()).isEqualTo(2);
        var second = imports.importRows(owner, rows, false);
        assertThat(second.created() + second.updated()).isZero();
        assertThat(second.unchanged()).isEqualTo(2);
    }

    @Test
    void oneBadRowRejectsTheWholeImport() {
        var rows = List.of(
                new ImportRow(2, Map.of("name", "Good Vendor", "category", "Other")),
                new ImportRow(3, Map.of("name", "Bad Vendor", "category", "Spaceship", "phiReceives", "maybe")),
                new ImportRow(4, Map.of("category", "Other")),
                new ImportRow(5, Map.of("name", "good vendor", "category", "Other")));
        var result = imports.importRows(owner, rows, false);
        assertThat(result.applied()).isFalse();
        assertThat(result.errors()).extracting(e -> e.line() + ":" + e.field())
                .containsExactlyInAnyOrder("3:category", "3:phiReceives", "4:name", "5:name");
        assertThat(vendors.list(owner)).isEmpty();
    }

    @Test
    void anotherOrganizationsVendorIsNotFoundAndAnAuditorChangesNothing() throws Exception {
        Vendor acme = billing();
        TenantId other = fixtures.organization("Other Clinic");
        var outsider = fixtures.member(other, Role.OWNER);
        mvc.perform(get("/t/" + tenant + "/vendors/" + acme.id()).with(signedIn(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/t/" + other + "/vendors/" + acme.id()).with(signedIn(outsider))).andExpect(status().isNotFound());
        String token = fixtures.apiToken(outsider, other, Role.OWNER);
        mvc.perform(get("/api/v1/tenants/" + other + "/vendors/" + acme.id()).header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());

        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(get("/t/" + tenant + "/vendors").with(signedIn(auditor))).andExpect(status().isOk());
        mvc.perform(post("/t/" + tenant + "/vendors/" + acme.id() + "/baas").with(signedIn(auditor)).with(csrf())
                .param("effectiveOn", "2026-01-01")).andExpect(status().isForbidden());
        String auditorToken = fixtures.apiToken(auditor, tenant, Role.AUDITOR);
        mvc.perform(put("/api/v1/tenants/" + tenant + "/vendors/" + acme.id()).header("Authorization", "Bearer " + auditorToken)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Renamed\",\"category\":\"OTHER\"}"))
                .andExpect(status().isForbidden());
        assertThat(vendors.agreements(owner, acme.id())).isEmpty();
        assertThat(vendors.get(owner, acme.id()).name()).isEqualTo("Acme Billing");
    }

    @Test
    void theOverviewPageAndApiShowTheGaps() throws Exception {
        billing();
        var person = fixtures.member(tenant, Role.CONTRIBUTOR);
        mvc.perform(get("/t/" + tenant + "/vendors").with(signedIn(person))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Acme Billing")));
        String token = fixtures.apiToken(person, tenant, Role.CONTRIBUTOR);
        mvc.perform(get("/api/v1/tenants/" + tenant + "/vendors/overview").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.vendors[0].baa.status").value("NONE"));
    }
}
