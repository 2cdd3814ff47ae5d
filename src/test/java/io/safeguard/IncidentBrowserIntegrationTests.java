package io.safeguard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.safeguard.inventory.AssetDetails;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.Inventory;
import io.safeguard.inventory.Protection;
import io.safeguard.inventory.RemoteMfa;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Chromium;
import io.safeguard.support.Fixtures;
import io.safeguard.support.H2Database;
import java.nio.file.Files;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** A compliance officer records a lost unencrypted laptop, runs the four-factor assessment, sees the deadlines, downloads the notice. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguard.test.context=incident-browser", "safeguard.data-dir=target/test-data"})
@ContextConfiguration(initializers = H2Database.class)
@Import(Fixtures.class)
class IncidentBrowserIntegrationTests {
    private static Chromium chromium;

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Inventory inventory;
    @Autowired io.safeguard.documents.Evidence evidence;

    @BeforeAll
    static void launchChromium() {
        chromium = Chromium.launch();
    }

    @AfterAll
    static void closeChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void anIncidentIsRecordedAssessedAndTheNoticeDraftDownloaded() throws Exception {
        TenantId tenant = fixtures.organization("Browser Incident Clinic");
        inventory.add(fixtures.ownerScope(tenant), new AssetDetails("laptop-12", AssetType.LAPTOP, null, "Dana", "Billing", true,
                null, Protection.NONE, null, false, Protection.FULL, null, null, null, null, true, null, Backup.NONE, null,
                "Windows 11", true, RemoteMfa.YES, false, null));
        var officer = fixtures.member(tenant, Role.COMPLIANCE_OFFICER);
        evidence.upload(fixtures.ownerScope(tenant), new java.io.ByteArrayInputStream("Case 26-11873".getBytes()), "police-report.txt",
                java.time.LocalDate.of(2020, 1, 1), "Police report", java.util.List.of());
        Page page = chromium.signedIn(url(""), officer.email(), officer.password(), 1280, 1000);

        page.navigate(url("/t/" + tenant + "/incidents"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Record an incident")).click();
        page.getByLabel("Title").fill("Lost laptop-12");
        page.getByLabel("What happened").fill("laptop-12 was left on a bus.");
        String today = page.getByLabel("Discovered on").inputValue();
        page.getByLabel("Happened on (or from)").fill(today);
        page.getByLabel("Discovered by").fill("Dana Reyes");
        page.getByLabel("laptop-12").check();
        page.getByLabel("Types of PHI involved (comma separated)").fill("Name, Date of birth, Diagnosis");
        page.getByLabel("Individuals affected").fill("620");
        page.getByLabel("Individuals per State (e.g. OR=501, WA=119)").fill("OR=501, WA=119");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the incident")).click();
        assertThat(page.locator("h1")).containsText("INC-001");
        assertThat(page.locator("#safe-harbor + p")).containsText("Not secured: laptop-12.");

        page.locator("#natureText").fill("Names, dates of birth and diagnoses of 620 patients");
        page.locator("#natureLevel").selectOption("HIGH");
        page.locator("#recipientText").fill("Unknown finder");
        page.locator("#recipientLevel").selectOption("HIGH");
        page.locator("#acquiredText").fill("Not known whether the laptop was opened");
        page.locator("#acquiredLevel").selectOption("HIGH");
        page.locator("#mitigationText").fill("Remote wipe failed: the laptop never came online");
        page.locator("#mitigationLevel").selectOption("HIGH");
        page.getByLabel("Conclusion").selectOption("BREACH");
        page.getByLabel("Rationale").fill("Unencrypted laptop lost; all four factors point to a high risk");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the determination")).click();
        assertThat(page.locator(".notice")).containsText("Determination recorded");
        assertThat(page.locator("#current-determination")).containsText("all four factors point to a high risk");
        assertThat(page.locator("#natureText")).hasValue("Names, dates of birth and diagnoses of 620 patients");

        assertThat(page.locator("#deadline-table")).containsText("Notice to individuals");
        assertThat(page.locator("#deadline-table")).containsText("60 days left");
        assertThat(page.locator("#deadline-table")).containsText("prominent media outlets serving OR");
        assertThat(page.locator("#deadline-table")).containsText("45 CFR 164.408(b)");
        page.getByLabel("File from the evidence store").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("police-report.txt (2020-01-01)"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach")).click();
        assertThat(page.locator(".notice")).containsText("File attached.");
        assertThat(page.locator("#attached-files")).containsText("police-report.txt");
        Chromium.screenshot(page, "incident.png");

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download the notice draft (PDF)")).click());
        byte[] pdf = Files.readAllBytes(download.path());
        String text;
        try (var document = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Notice of a breach of your health information").contains("laptop-12 was left on a bus.")
                .contains("name, date of birth, diagnosis").contains("164.404(c)(1)(D)").contains("[TO COMPLETE:");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
