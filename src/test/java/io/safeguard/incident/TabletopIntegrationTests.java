package io.safeguard.incident;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.assessment.Assessments;
import io.safeguard.assessment.FindingStatus;
import io.safeguard.documents.DocumentKind;
import io.safeguard.documents.Policies;
import io.safeguard.risk.Risks;
import io.safeguard.shared.BusinessRuleViolation;
import io.safeguard.shared.NotFound;
import io.safeguard.shared.Role;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Tabletop exercises: scheduled, held once, notes and findings appended, the plan's test seen by the assessment. */
@IntegrationTest
abstract class TabletopIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Tabletops tabletops;
    @Autowired TabletopScenarios scenarios;
    @Autowired Risks risks;
    @Autowired Assessments assessments;
    @Autowired Policies policies;

    @Test
    void anExerciseHeldTestsThePlanAndItsFindingsEnterTheRegister() throws Exception {
        assertThat(scenarios.all()).extracting(TabletopScenarios.Scenario::id)
                .containsExactly("ransomware", "lost-laptop", "vendor-breach", "insider-snooping", "ehr-downtime");
        var tenant = fixtures.organization("Tabletop Clinic");
        var owner = fixtures.ownerScope(tenant);
        var today = tabletops.today(tenant);
        var plan = policies.create(owner, "Incident Response Plan", DocumentKind.PLAN, "Dana", List.of("164.308(a)(6)(ii)"));
        policies.addVersion(owner, plan.id(), "1.0", new ByteArrayInputStream("plan".getBytes()), "irp.txt", today.minusYears(1),
                today.plusYears(1), "Dana", today.minusYears(1), null);
        assertThat(planStatus(owner)).isEqualTo(FindingStatus.PARTIALLY_MET); // a plan, never tested

        var exercise = tabletops.schedule(owner, "ransomware", today, "Dana Whitfield", "Front desk, billing");
        tabletops.note(owner, exercise.id(), 1, "Nobody knew who calls the IT provider after hours.");
        tabletops.finding(owner, exercise.id(), "No after-hours contact list for the IT provider.");
        assertThat(planStatus(owner)).isEqualTo(FindingStatus.PARTIALLY_MET); // scheduled is not held
        tabletops.held(owner, exercise.id(), today, "Dana Whitfield, Marcus Bell, front desk, billing");
        assertThat(planStatus(owner)).isEqualTo(FindingStatus.MET);
        assertThatThrownBy(() -> tabletops.held(owner, exercise.id(), today, "again")).isInstanceOf(BusinessRuleViolation.class);
        assertThatThrownBy(() -> tabletops.held(owner, tabletops.schedule(owner, "lost-laptop", today, "Dana", null).id(),
                today.plusDays(1), "x")).isInstanceOf(BusinessRuleViolation.class);

        var held = tabletops.get(owner, exercise.id());
        assertThat(held.notes()).extracting(Tabletop.Note::text).containsExactlyInAnyOrder( // same instant on the test clock
                "Nobody knew who calls the IT provider after hours.", "No after-hours contact list for the IT provider.");
        var finding = held.findings().getFirst();
        assertThat(risks.get(owner, finding.riskId()).details().vulnerability()).isEqualTo("No after-hours contact list for the IT provider.");

        var other = fixtures.organization("Other Tabletop Clinic");
        assertThatThrownBy(() -> tabletops.get(fixtures.ownerScope(other), exercise.id())).isInstanceOf(NotFound.class);
        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(get("/t/" + tenant + "/tabletops/" + exercise.id()).with(signedIn(auditor))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("No after-hours contact list")));
        mvc.perform(post("/t/" + tenant + "/tabletops/" + exercise.id() + "/notes").with(signedIn(auditor)).with(csrf())
                .param("text", "x")).andExpect(status().isForbidden());
        var stranger = fixtures.member(other, Role.OWNER);
        mvc.perform(get("/t/" + tenant + "/tabletops/" + exercise.id()).with(signedIn(stranger))).andExpect(status().isNotFound());
    }

    private FindingStatus planStatus(io.safeguard.shared.TenantScope scope) {
        return assessments.evaluate(scope, assessments.today(scope.tenantId())).findings().stream()
                .filter(f -> f.requirement().equals("164.308(a)(6)(ii)")).findFirst().orElseThrow().status();
    }

    /** REST: exercises, corrective action plans and the exposure estimate, with role and tenant checks. */
    @Test
    void exercisesPlansAndExposureOverRestAreCheckedForRoleAndTenant() throws Exception {
        var tenant = fixtures.organization("Tabletop REST Clinic");
        var today = tabletops.today(tenant);
        String officer = fixtures.apiToken(fixtures.member(tenant, Role.COMPLIANCE_OFFICER), tenant, Role.COMPLIANCE_OFFICER);
        String auditor = fixtures.apiToken(fixtures.member(tenant, Role.AUDITOR), tenant, Role.AUDITOR);
        String base = "/api/v1/tenants/" + tenant;
        String created = mvc.perform(post(base + "/tabletops").header("Authorization", "Bearer " + officer)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"scenario\":\"vendor-breach\",\"on\":\"" + today + "\",\"facilitator\":\"Dana\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String id = com.jayway.jsonpath.JsonPath.read(created, "$.id");
        mvc.perform(post(base + "/tabletops/" + id + "/held").header("Authorization", "Bearer " + officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"on\":\"" + today + "\",\"participants\":\"Dana, Marcus\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.heldOn").value(today.toString()));
        mvc.perform(post(base + "/tabletops/" + id + "/findings").header("Authorization", "Bearer " + officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"No vendor contact list\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.notes[0].kind").value("FINDING"));
        mvc.perform(post(base + "/tabletops/" + id + "/notes").header("Authorization", "Bearer " + auditor)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"read-only\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/tabletops").header("Authorization", "Bearer " + auditor))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].scenario").value("vendor-breach"));

        String plan = mvc.perform(post(base + "/corrective-action-plans").header("Authorization", "Bearer " + officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"Resolution agreement\",\"effectiveOn\":\""
                                + today.minusMonths(1) + "\",\"endsOn\":\"" + today.plusYears(2) + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        String planId = com.jayway.jsonpath.JsonPath.read(plan, "$.id");
        mvc.perform(post(base + "/corrective-action-plans/" + planId + "/obligations").header("Authorization", "Bearer " + officer)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"REPORT_TO_HHS\",\"description\":\"First annual report\",\"dueOn\":\""
                                + today.plusMonths(11) + "\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("REPORT_TO_HHS"));
        mvc.perform(post(base + "/corrective-action-plans").header("Authorization", "Bearer " + auditor)
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\",\"effectiveOn\":\"" + today + "\",\"endsOn\":\"" + today + "\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get(base + "/exposure").header("Authorization", "Bearer " + auditor)).andExpect(status().isNotFound());

        var other = fixtures.organization("Tabletop REST Other");
        String stranger = fixtures.apiToken(fixtures.member(other, Role.OWNER), other, Role.OWNER);
        String otherBase = "/api/v1/tenants/" + other;
        mvc.perform(get(otherBase + "/tabletops/" + id).header("Authorization", "Bearer " + stranger)).andExpect(status().isNotFound());
        mvc.perform(get(otherBase + "/corrective-action-plans/" + planId).header("Authorization", "Bearer " + stranger))
                .andExpect(status().isNotFound());
        mvc.perform(get(base + "/tabletops").header("Authorization", "Bearer " + stranger)).andExpect(status().isNotFound());
    }
}
