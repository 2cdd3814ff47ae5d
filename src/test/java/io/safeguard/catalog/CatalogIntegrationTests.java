package io.safeguard.catalog;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The catalog as an organization sees it: search, the proposal overlay per organization, addressable decisions. */
@IntegrationTest
abstract class CatalogIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Catalogs catalogs;
    @Autowired AddressableDecisions decisions;
    @Autowired MutableClock clock;

    TenantId tenant;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Catalog Clinic");
    }

    @Test
    void theProposalIsShownOnlyToTheOrganizationThatChoseIt() {
        TenantId other = fixtures.organization("Other Clinic");
        var today = decisions.today(tenant);
        catalogs.selectOverlay(fixtures.ownerScope(tenant), "security-rule-nprm-2025", true);
        var withProposal = catalogs.forOrganization(tenant, today);
        assertThat(withProposal).anyMatch(r -> r.id().equals("NPRM-mfa"));
        assertThat(withProposal).filteredOn(r -> r.id().equals("164.312(a)(2)(iv)")).singleElement()
                .satisfies(r -> assertThat(r.designation()).isEqualTo(Designation.REQUIRED));
        var without = catalogs.forOrganization(other, today);
        assertThat(without).noneMatch(r -> r.id().startsWith("NPRM-"));
        assertThat(without).filteredOn(r -> r.id().equals("164.312(a)(2)(iv)")).singleElement()
                .satisfies(r -> assertThat(r.designation()).isEqualTo(Designation.ADDRESSABLE));
        assertThat(catalogs.inForce(today)).noneMatch(Requirement::proposed);
    }

    @Test
    void anAddressableDecisionIsKeptWithItsHistoryAndComesDueForReview() {
        var owner = fixtures.ownerScope(tenant);
        var today = decisions.today(tenant);
        decisions.decide(owner, "164.312(a)(2)(iii)", Decision.IMPLEMENTED, "Workstations lock after ten minutes of inactivity.",
                null, today.plusDays(30));
        decisions.decide(owner, "164.312(a)(2)(iii)", Decision.EQUIVALENT_ALTERNATIVE, "Shared kiosks cannot lock; staff badge out instead.",
                "Proximity badge logout on shared kiosks", today.plusDays(60));
        assertThat(decisions.history(tenant, "164.312(a)(2)(iii)")).hasSize(2);
        var current = decisions.current(tenant).get("164.312(a)(2)(iii)");
        assertThat(current.decision()).isEqualTo(Decision.EQUIVALENT_ALTERNATIVE);
        assertThat(current.reviewOverdue(today.plusDays(60))).isFalse();
        assertThat(current.reviewOverdue(today.plusDays(61))).isTrue();
    }

    @Test
    void aDecisionNeedsReasonsAnAlternativeWhenClaimedAndAnAddressableSpecification() {
        var owner = fixtures.ownerScope(tenant);
        var next = decisions.today(tenant).plusYears(1);
        assertThatThrownBy(() -> decisions.decide(owner, "164.312(a)(2)(iii)", Decision.IMPLEMENTED, "yes", null, next))
                .isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> decisions.decide(owner, "164.312(a)(2)(iii)", Decision.EQUIVALENT_ALTERNATIVE,
                "We do something else that is just as good.", " ", next)).hasMessageContaining("alternative");
        assertThatThrownBy(() -> decisions.decide(owner, "164.308(a)(1)(ii)(A)", Decision.NOT_REASONABLE_AND_APPROPRIATE,
                "A risk analysis is too much work for us.", null, next)).hasMessageContaining("must be implemented");
        assertThatThrownBy(() -> decisions.decide(owner, "164.312(a)(2)(iii)", Decision.IMPLEMENTED,
                "Workstations lock after ten minutes.", null, decisions.today(tenant))).hasMessageContaining("review date");
        assertThat(decisions.current(tenant)).isEmpty();
    }

    @Test
    void pagesAndApiSearchTheCatalogAndGuardDecisions() throws Exception {
        var contributor = fixtures.member(tenant, Role.CONTRIBUTOR);
        mvc.perform(get("/t/" + tenant + "/catalog").param("q", "encryption").with(signedIn(contributor)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("164.312(a)(2)(iv)")));
        mvc.perform(get("/t/" + tenant + "/catalog/requirement").param("id", "164.308(a)(1)(ii)(A)").with(signedIn(contributor)))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString("Risk analysis")));
        mvc.perform(get("/t/" + tenant + "/catalog/requirement").param("id", "164.999(z)").with(signedIn(contributor)))
                .andExpect(status().isNotFound());
        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(post("/t/" + tenant + "/catalog/requirement/decision").with(signedIn(auditor)).with(csrf())
                .param("id", "164.312(a)(2)(iii)").param("decision", "IMPLEMENTED")
                .param("rationale", "An auditor must not be able to decide this.").param("reviewOn", "2099-01-01"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/t/" + tenant + "/catalog/overlays").with(signedIn(contributor)).with(csrf())
                .param("key", "security-rule-nprm-2025").param("enabled", "true")).andExpect(status().isForbidden());
        assertThat(decisions.current(tenant)).isEmpty();
        String token = fixtures.apiToken(contributor, tenant, Role.CONTRIBUTOR);
        mvc.perform(get("/api/v1/tenants/" + tenant + "/catalog/requirements").param("designation", "ADDRESSABLE")
                        .param("catalog", "hipaa-security-rule").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(22));
        TenantId other = fixtures.organization("Elsewhere");
        mvc.perform(get("/api/v1/tenants/" + other + "/catalog/decisions").header("Authorization", "Bearer " + token))
                .andExpect(status().isNotFound());
    }
}
