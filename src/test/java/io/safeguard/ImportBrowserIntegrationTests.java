package io.safeguard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Chromium;
import io.safeguard.support.Fixtures;
import io.safeguard.support.H2Database;
import io.safeguard.workforce.Workforce;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** An IT lead imports the HR roster through the pages: a bad file gets a line-by-line report, a good one lands. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguard.test.context=import-browser", "safeguard.data-dir=target/test-data"})
@ContextConfiguration(initializers = H2Database.class)
@Import(Fixtures.class)
class ImportBrowserIntegrationTests {
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
    void aBadRosterFileGetsAnErrorReportAndAGoodOneIsImported(@TempDir Path folder) throws Exception {
        TenantId tenant = fixtures.organization("Browser Import Clinic");
        var lead = fixtures.member(tenant, Role.COMPLIANCE_OFFICER);
        Path bad = folder.resolve("roster-bad.csv");
        Files.writeString(bad, "\uFEFFEmployee ID,Name,Hire Date,PHI Access\n"
                + "E100,Ana Alvarez,2020-01-06,yes\n"
                + "E101,Ben Brooks,2/30/2024,yes\n"
                + "E102,,2021-05-03,perhaps\n", StandardCharsets.UTF_8);
        Path good = folder.resolve("roster.csv");
        Files.writeString(good, "Employee ID,Name,Hire Date,PHI Access,Termination Date\n"
                + "E100,Ana Alvarez,2020-01-06,yes,\n"
                + "E101,\"Brooks, Ben\",2/28/2024,yes,\n"
                + "E102,Cara Chen,45413,no,2026-07-17\n", StandardCharsets.UTF_8);

        Page page = chromium.signedIn(url(""), lead.email(), lead.password(), 1280, 900);

        page.navigate(url("/t/" + tenant + "/imports"));
        page.getByLabel("What the file holds").selectOption("workforce");
        page.getByLabel("CSV file").setInputFiles(bad);
        page.getByText("Upload and map columns").click();
        assertThat(page.locator("h1")).containsText("roster-bad.csv");
        assertThat(page.getByLabel("Employee ID *")).hasValue("0");
        page.getByText("Check every row").click();
        assertThat(page.locator("h1")).hasText("The file has errors");
        var report = page.locator("#import-errors");
        assertThat(report).containsText("Hire Date");
        assertThat(report).containsText("not a valid date");
        assertThat(report).containsText("PHI Access");
        assertThat(report).containsText("a name is required");
        Chromium.screenshot(page, "import-errors.png");
        assertThat(workforce.roster(fixtures.ownerScope(tenant))).isEmpty();

        page.navigate(url("/t/" + tenant + "/imports"));
        page.getByLabel("What the file holds").selectOption("workforce");
        page.getByLabel("CSV file").setInputFiles(good);
        page.getByText("Upload and map columns").click();
        page.getByLabel("Termination date").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Termination Date"));
        page.getByText("Check every row").click();
        assertThat(page.locator("h1")).hasText("Ready to import");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import")).click();
        assertThat(page.locator("h1")).hasText("Imported");
        assertThat(workforce.roster(fixtures.ownerScope(tenant))).hasSize(3);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
