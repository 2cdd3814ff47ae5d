package io.safeguard.penalty;

import static io.safeguard.support.Fixtures.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.safeguard.assessment.Assessments;
import io.safeguard.inventory.AssetDetails;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.Inventory;
import io.safeguard.inventory.Protection;
import io.safeguard.inventory.RemoteMfa;
import io.safeguard.shared.Role;
import io.safeguard.support.Fixtures;
import io.safeguard.support.IntegrationTest;
import io.safeguard.support.MutableClock;
import java.time.Duration;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Exposure from the assessment history (the tier follows how long a gap has been known, the user can change it), and
 * corrective action plans with their reminders.
 */
@IntegrationTest
abstract class ExposureIntegrationTests {
    @Autowired MockMvc mvc;
    @Autowired Fixtures fixtures;
    @Autowired Assessments assessments;
    @Autowired Inventory inventory;
    @Autowired Exposure exposure;
    @Autowired MutableClock clock;
    @Autowired CorrectiveActionPlans plans;
    @Autowired io.safeguard.dashboard.Dashboard dashboard;
    @Autowired io.safeguard.documents.Evidence evidence;

    @Test
    void aGapKnownForMoreThanThirtyDaysReadsAsWillfulNeglectNotCorrected() throws Exception {
        var tenant = fixtures.organization("Exposed Clinic");
        var owner = fixtures.ownerScope(tenant);
        inventory.add(owner, new AssetDetails("laptop-12", AssetType.LAPTOP, null, "Dana", "Billing", true, null, Protection.NONE,
                null, false, Protection.FULL, null, null, null, null, true, null, Backup.OFFSITE, null, "Windows 11", true,
                RemoteMfa.YES, false, null));
        var first = assessments.run(owner, assessments.today(tenant));
        var fresh = exposure.estimate(owner, null, PenaltyCalculator.Caps.DISCRETION).orElseThrow();
        var encryption = fresh.lines().stream().filter(l -> l.finding().requirement().equals("164.312(a)(2)(iv)")).findFirst().orElseThrow();
        assertThat(encryption.tier()).isEqualTo(Culpability.REASONABLE_CAUSE);
        assertThat(encryption.openSince()).isEqualTo(first.asOf());

        clock.advance(Duration.ofDays(31));
        assessments.run(owner, assessments.today(tenant));
        var later = exposure.estimate(owner, null, PenaltyCalculator.Caps.DISCRETION).orElseThrow();
        var known = later.lines().stream().filter(l -> l.finding().requirement().equals("164.312(a)(2)(iv)")).findFirst().orElseThrow();
        assertThat(known.tier()).isEqualTo(Culpability.WILLFUL_NEGLECT_NOT_CORRECTED);
        assertThat(known.daysOpen()).isEqualTo(32);
        assertThat(known.maximum()).isGreaterThan(known.minimum());
        assertThat(later.maximum()).isEqualTo(later.lines().stream().mapToLong(Exposure.Line::maximum).sum());
        assertThat(later.assumptions()).anyMatch(a -> a.contains("160.408"));

        var overridden = exposure.estimate(owner, Culpability.DID_NOT_KNOW, PenaltyCalculator.Caps.DISCRETION).orElseThrow();
        assertThat(overridden.lines()).allMatch(l -> l.tier() == Culpability.DID_NOT_KNOW && l.tierReason().equals("set by you"));
        assertThat(overridden.maximum()).isLessThan(later.maximum());

        var auditor = fixtures.member(tenant, Role.AUDITOR);
        mvc.perform(get("/t/" + tenant + "/exposure").param("tier", "2").with(signedIn(auditor))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("164.312(a)(2)(iv)")))
                .andExpect(content().string(Matchers.containsString("not a legal determination")));
        var stranger = fixtures.member(fixtures.organization("Other Clinic"), Role.OWNER);
        mvc.perform(get("/t/" + tenant + "/exposure").with(signedIn(stranger))).andExpect(status().isNotFound());
    }

    @Test
    void aCorrectiveActionPlanRemindsItsObligationsUntilTheyAreDoneWithEvidence() throws Exception {
        var tenant = fixtures.organization("Agreement Clinic");
        var owner = fixtures.ownerScope(tenant);
        var today = plans.today(tenant);
        var agreement = plans.addAgreement(owner, "Resolution agreement with HHS OCR", today.minusMonths(1), today.plusYears(2), "OCR");
        var report = plans.addObligation(owner, agreement.id(), CapObligation.Kind.REPORT_TO_HHS, "First annual report", today.plusDays(5));
        var action = plans.addObligation(owner, agreement.id(), CapObligation.Kind.ACTION, "Complete an enterprise-wide risk analysis",
                today.minusDays(1));
        assertThat(plans.agreement(owner, agreement.id()).obligations()).filteredOn(o -> o.overdueOn(today))
                .extracting(CapObligation::description).containsExactly("Complete an enterprise-wide risk analysis");
        assertThat(dashboard.of(owner).deadlines()).extracting(d -> d.kind() + ": " + d.what()).contains(
                "Corrective action: Resolution agreement with HHS OCR: Complete an enterprise-wide risk analysis",
                "Report to HHS: Resolution agreement with HHS OCR: First annual report");

        var file = evidence.upload(owner, new java.io.ByteArrayInputStream("risk analysis".getBytes()), "ra.txt", today, "RA", java.util.List.of());
        plans.complete(owner, action.id(), file.id());
        assertThat(plans.agreement(owner, agreement.id()).open()).isEqualTo(1);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.complete(owner, action.id(), null))
                .isInstanceOf(io.safeguard.shared.NotFound.class); // completed once, for good

        var other = fixtures.organization("Other Agreement Clinic");
        var otherOwner = fixtures.ownerScope(other);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.complete(otherOwner, report.id(), null))
                .isInstanceOf(io.safeguard.shared.NotFound.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.complete(owner, report.id(),
                evidence.upload(otherOwner, new java.io.ByteArrayInputStream("x".getBytes()), "x.txt", today, null, java.util.List.of()).id()))
                .isInstanceOf(io.safeguard.shared.NotFound.class);
        var contributor = fixtures.member(tenant, Role.CONTRIBUTOR);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> plans.addAgreement(new io.safeguard.shared.TenantScope(tenant,
                contributor.id(), Role.CONTRIBUTOR), "x", today, today, null)).isInstanceOf(io.safeguard.shared.AccessDenied.class);
        mvc.perform(get("/t/" + tenant + "/corrective-action").with(signedIn(contributor))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("First annual report")));
        var due = today.plusDays(5);
        mvc.perform(get("/t/" + tenant + "/calendar").param("month", java.time.YearMonth.from(due).toString()).with(signedIn(contributor)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Resolution agreement with HHS OCR: First annual report")));
        mvc.perform(get("/t/" + tenant + "/calendar").with(signedIn(fixtures.member(fixtures.organization("Calendar Stranger"), Role.OWNER))))
                .andExpect(status().isNotFound()); // another organization's calendar
    }
}
