package io.safeguard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Chromium;
import io.safeguard.support.Fixtures;
import io.safeguard.support.H2Database;
import io.safeguard.workforce.MemberDetails;
import io.safeguard.workforce.Workforce;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A compliance officer uploads an EHR access extract, watches it land in the ledger, verifies the ledger, opens the
 * patient's "who accessed my record" report, runs the detections and closes the case they raise.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguard.test.context=accesslog-browser", "safeguard.data-dir=target/test-data"})
@ContextConfiguration(initializers = H2Database.class)
@Import(Fixtures.class)
class AccessLogBrowserIntegrationTests {
    private static Chromium chromium;

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Workforce workforce;

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
    void anExtractIsUploadedSearchedVerifiedAndItsAlertReviewed(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        TenantId tenant = fixtures.organization("Browser Access Log Clinic");
        var owner = fixtures.ownerScope(tenant);
        var gone = workforce.add(owner, new MemberDetails("E9", "Olga Old", null, "Nurse", "Cardiology", null, LocalDate.of(2019, 1, 7),
                LocalDate.of(2026, 11, 10), true));
        workforce.grant(owner, gone.id(), "EHR", "oold", "Clinical", LocalDate.of(2019, 1, 7));
        var officer = fixtures.member(tenant, Role.OWNER);
        Path extract = folder.resolve("ehr-access-2026-11.csv");
        Files.writeString(extract, "event_id,occurred_at,user_id,user_name,user_role,department,patient_id,action\n"
                + "e1,2026-11-09T18:00:00Z,oold,Olga Old,Nurse,Cardiology,P-1001,R\n"
                + "e2,2026-11-15T18:30:00Z,oold,Olga Old,Nurse,Cardiology,P-1001,R\n"
                + "e3,2026-11-16T17:00:00Z,dr.lee,Dr. Lee,Physician,Cardiology,P-1001,R\n", StandardCharsets.UTF_8);
        Page page = chromium.signedIn(url(""), officer.email(), officer.password(), 1280, 1000);

        page.navigate(url("/t/" + tenant + "/accesslog"));
        assertThat(page.locator("h1")).hasText("PHI access log");
        page.getByLabel("File", new Page.GetByLabelOptions().setExact(true)).setInputFiles(extract);
        page.getByLabel("Source system").fill("ehr");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ingest")).click();
        assertThat(page.locator("main")).containsText("DONE", new com.microsoft.playwright.assertions.LocatorAssertions.ContainsTextOptions().setTimeout(15_000));
        assertThat(page.locator("main")).containsText("ehr-access-2026-11.csv");

        page.navigate(url("/t/" + tenant + "/accesslog"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the whole ledger now")).click();
        assertThat(page.locator("main")).containsText("Ledger intact: 3 events");

        page.getByLabel("Patient ID").fill("P-1001");
        page.getByLabel("From").first().fill("2026-11-01");
        page.getByLabel("To").first().fill("2026-11-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("main")).containsText("3 accesses");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/accesslog-search.png")).setFullPage(true));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Who accessed this record (report)")).click();
        assertThat(page).not().hasURL(java.util.regex.Pattern.compile(".*P-1001.*")); // posted: the patient id is in no URL
        assertThat(page.locator("h1")).containsText("P-1001");
        assertThat(page.locator("main")).containsText("3 accesses by 2 people");
        assertThat(page.locator("table.data")).containsText("Dr. Lee");

        page.navigate(url("/t/" + tenant + "/accesslog/cases"));
        page.getByLabel("Run the detections from").fill("2026-11-14");
        page.getByLabel("to", new Page.GetByLabelOptions().setExact(true)).fill("2026-11-20");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Run")).click();
        assertThat(page.locator("main")).containsText("TERMINATED_USER");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("AL-001")).click();
        assertThat(page.locator("main")).containsText("Why it fired");
        page.getByLabel("Inappropriate", new Page.GetByLabelOptions().setExact(false)).check();
        page.getByLabel("Reasons").fill("Account used after termination; password shared before leaving.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the case")).click();
        assertThat(page.locator("main")).containsText("Closed: Inappropriate");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/accesslog-case.png")).setFullPage(true));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
