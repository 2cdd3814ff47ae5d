package io.safeguard.workforce;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.identity.ActivityTrail;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.shared.TenantScope;
import io.safeguard.shared.tabular.ImportRow;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Roster, completions and grants in bulk: idempotent, all-or-nothing, and kept inside their organization. */
@IntegrationTest
abstract class WorkforceIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Workforce workforce;
    @Autowired RosterImport roster;
    @Autowired CompletionImport completions;
    @Autowired GrantImport grants;
    @Autowired AccessReviews reviews;
    @Autowired ActivityTrail trail;

    TenantId tenant;
    TenantScope owner;

    @BeforeEach
    void organization() {
        tenant = fixtures.organization("Workforce Clinic");
        owner = fixtures.ownerScope(tenant);
    }

    private static ImportRow row(long line, Map<String, String> values) {
        return new ImportRow(line, values);
    }

    private List<ImportRow> rosterRows() {
        return List.of(
                row(2, Map.of("employeeId", "E1", "fullName", "Ana Alvarez", "hireDate", "2020-01-06", "phiAccess", "yes")),
                row(3, Map.of("employeeId", "E2", "fullName", "Ben Brooks", "hireDate", "3/1/2024", "phiAccess", "no",
                        "terminationDate", "45900")));
    }

    @Test
    void theRosterImportsOnceAndTheSameFileAgainChangesNothing() {
        var first = roster.importRows(owner, rosterRows(), false);
        assertThat(first.created()).isEqualTo(2);
        var again = roster.importRows(owner, rosterRows(), false);
        assertThat(again.created() + again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(workforce.roster(owner)).extracting(WorkforceMember::terminationDate)
                .containsExactly(null, java.time.LocalDate.of(2025, 8, 31));
    }

    @Test
    void oneBadRowRejectsTheWholeRoster() {
        var rows = List.of(
                row(2, Map.of("employeeId", "E1", "fullName", "Ana", "hireDate", "2020-01-06", "phiAccess", "yes")),
                row(3, Map.of("employeeId", "E2", "fullName", "Ben", "hireDate", "2020-02-30", "phiAccess", "sometimes")),
                row(4, Map.of("employeeId", "E1", "fullName", "Ana again", "hireDate", "2020-01-06", "phiAccess", "yes")),
                row(5, Map.of("fullName", "No Id", "hireDate", "2020-01-06", "phiAccess", "no", "terminationDate", "2019-01-01")));
        var result = roster.importRows(owner, rows, false);
        assertThat(result.applied()).isFalse();
        assertThat(result.errors()).extracting(e -> e.line() + ":" + e.field())
                .containsExactlyInAnyOrder("3:hireDate", "3:phiAccess", "4:employeeId", "5:employeeId");
        assertThat(workforce.roster(owner)).isEmpty();
    }

    @Test
    void completionsAndGrantsReferToTheRoster() {
        roster.importRows(owner, rosterRows(), false);
        workforce.addCourse(owner, "SEC", "Security awareness", 12, 30, Course.Audience.EVERYONE);
        var bad = completions.importRows(owner, List.of(
                row(2, Map.of("employeeId", "E1", "course", "SEC", "completedOn", "2026-03-02")),
                row(3, Map.of("employeeId", "E9", "course", "SEC", "completedOn", "2026-03-02")),
                row(4, Map.of("employeeId", "E1", "course", "NOPE", "completedOn", "2026-03-02"))), false);
        assertThat(bad.errors()).extracting(e -> e.line() + ":" + e.field()).containsExactly("3:employeeId", "4:course");
        var good = List.of(row(2, Map.of("employeeId", "E1", "course", "sec", "completedOn", "2026-03-02")));
        assertThat(completions.importRows(owner, good, false).created()).isEqualTo(1);
        assertThat(completions.importRows(owner, good, false).unchanged()).isEqualTo(1);

        var grantRows = List.of(row(2, Map.of("employeeId", "E1", "system", "EHR", "account", "ana", "grantedOn", "2020-01-06")),
                row(3, Map.of("employeeId", "E2", "system", "EHR", "account", "ben", "revokedOn", "2025-09-09")));
        assertThat(grants.importRows(owner, grantRows, false).created()).isEqualTo(2);
        assertThat(grants.importRows(owner, grantRows, false).unchanged()).isEqualTo(2);
        var lag = workforce.terminations(tenant, workforce.today(tenant));
        assertThat(lag).singleElement().satisfies(l -> {
            assertThat(l.member().employeeId()).isEqualTo("E2");
            assertThat(l.days()).isEqualTo(9);
            assertThat(l.overSla()).isTrue();
        });
    }

    @Test
    void anAccessReviewIsDecidedGrantByGrantAndSignedOffOnlyWhenComplete() {
        roster.importRows(owner, rosterRows(), false);
        grants.importRows(owner, List.of(row(2, Map.of("employeeId", "E1", "system", "EHR", "account", "ana")),
                row(3, Map.of("employeeId", "E1", "system", "M365", "account", "ana@x.test"))), false);
        var campaign = reviews.launch(owner, "Q4 review", ReviewCampaign.Mode.PER_SYSTEM, workforce.today(tenant).plusDays(14),
                Map.of("EHR", "Grace", "M365", "Dana"));
        assertThat(campaign.items()).extracting(ReviewCampaign.Item::reviewer).containsExactlyInAnyOrder("Grace", "Dana");
        var first = campaign.items().getFirst();
        reviews.decide(owner, campaign.id(), first.id(), ReviewCampaign.Decision.KEEP, null);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reviews.signOff(owner, campaign.id()))
                .hasMessageContaining("1 grants have no decision");
        reviews.decide(owner, campaign.id(), campaign.items().get(1).id(), ReviewCampaign.Decision.REVOKE, "left the billing team");
        reviews.signOff(owner, campaign.id());
        var done = reviews.campaign(owner, campaign.id());
        assertThat(done.signedOff()).isTrue();
        assertThat(done.toRevoke()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reviews.decide(owner, campaign.id(), first.id(),
                ReviewCampaign.Decision.REVOKE, null)).hasMessageContaining("signed off");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reviews.launch(owner, "Missing", ReviewCampaign.Mode.PER_SYSTEM,
                workforce.today(tenant), Map.of("EHR", "Grace"))).hasMessageContaining("M365");
    }

    @Test
    void anotherOrganizationsMemberIsNotFoundAndAnAuditorChangesNothing() throws Exception {
        roster.importRows(owner, rosterRows(), false);
        var ana = workforce.roster(owner).getFirst();
        TenantId other = fixtures.organization("Other");
        var outsider = fixtures.member(other, Role.OWNER);
        mvc.perform(get("/t/" + other + "/workforce/" + ana.id()).with(signedIn(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/t/" + tenant + "/workforce").with(signedIn(outsider))).andExpect(status().isNotFound());
        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(get("/t/" + tenant + "/workforce/" + ana.id()).with(signedIn(auditor))).andExpect(status().isOk());
        mvc.perform(get("/t/" + tenant + "/workforce/training").with(signedIn(auditor))).andExpect(status().isOk());
        mvc.perform(get("/t/" + tenant + "/workforce/access").with(signedIn(auditor))).andExpect(status().isOk());
        mvc.perform(post("/t/" + tenant + "/workforce/access").with(signedIn(auditor)).with(csrf())
                .param("memberId", ana.id().toString()).param("systemName", "EHR").param("accountName", "x"))
                .andExpect(status().isForbidden());
        assertThat(workforce.grants(owner)).isEmpty();
    }

    @Test
    void openingAMembersRecordOrTheSanctionsRegisterIsRecorded() throws Exception {
        roster.importRows(owner, rosterRows(), false);
        var ana = workforce.roster(owner).getFirst();
        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(get("/t/" + tenant + "/workforce/" + ana.id()).with(signedIn(auditor))).andExpect(status().isOk());
        mvc.perform(get("/t/" + tenant + "/workforce/sanctions").with(signedIn(auditor))).andExpect(status().isOk());

        assertThat(trail.page(tenant, "workforce.member.view", 0, 10)).singleElement().satisfies(r -> {
            assertThat(r.accountId()).isEqualTo(auditor.id());
            assertThat(r.objectId()).isEqualTo(ana.id().toString());
        });
        assertThat(trail.page(tenant, "workforce.sanctions.view", 0, 10)).singleElement()
                .satisfies(r -> assertThat(r.accountId()).isEqualTo(auditor.id()));
    }
}
