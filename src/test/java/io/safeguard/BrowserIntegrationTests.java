package io.safeguard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.safeguard.identity.TotpCodes;
import io.safeguard.support.Chromium;
import io.safeguard.support.H2Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * A newcomer's first visit in a real browser (Debian chromium, driven by Playwright): set up the owner, sign in,
 * turn on TOTP, sign in again with a code, switch organization, and take the dashboard screenshot of the README.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguard.demo=true", "safeguard.test.context=browser", "safeguard.data-dir=target/test-data"})
@ContextConfiguration(initializers = H2Database.class)
class BrowserIntegrationTests {
    private static final String PASSWORD = "river stones under moonlight";
    private static Chromium chromium;

    @LocalServerPort int port;

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
    void aNewcomerSetsUpSignsInWithTotpSwitchesOrganizationAndSeesTheDashboard() throws Exception {
        Page page = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(1280, 860)).newPage();
        page.navigate(url("/"));
        assertThat(page).hasURL(url("/setup"));
        page.getByLabel("Your name").fill("Dana Whitfield");
        page.getByLabel("E-mail (your sign-in name)").fill("dana.whitfield@riverside-fm.example");
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
        page.getByLabel("Password again").fill(PASSWORD);
        page.getByText("Create owner account").click();
        assertThat(page.getByRole(com.microsoft.playwright.options.AriaRole.STATUS)).containsText("owner account is ready");

        signIn(page);
        assertThat(page).hasURL(url("/portfolio"));
        assertThat(page.locator("table.data")).containsText("Riverside Family Medicine");
        assertThat(page.locator("table.data")).containsText("Cascade Medical Billing");

        page.navigate(url("/account/security"));
        String secret = page.locator("#totp-secret").textContent().strip();
        page.getByLabel("Code from the app").fill(TotpCodes.at(secret, Instant.now()));
        page.getByText("Turn on", new Page.GetByTextOptions().setExact(true)).click();
        assertThat(page.locator(".notice")).containsText("Two-step sign-in is on");

        page.getByText("Sign out").click();
        signIn(page);
        assertThat(page).hasURL(url("/login/totp"));
        page.getByLabel("Code").fill(TotpCodes.next(secret, Instant.now()));
        page.getByText("Verify").click();
        assertThat(page).hasURL(url("/portfolio"));

        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Cascade Medical Billing")).click();
        assertThat(page.locator("h1")).hasText("Cascade Medical Billing");
        assertThat(page.locator("ul.checks")).containsText("Security official named");

        page.getByRole(com.microsoft.playwright.options.AriaRole.COMBOBOX,
                new Page.GetByRoleOptions().setName("Organization")).selectOption(
                new com.microsoft.playwright.options.SelectOption().setLabel("Riverside Family Medicine"));
        assertThat(page.locator("h1")).hasText("Riverside Family Medicine");
        assertThat(page.locator(".sidenav")).containsText("Owner");

        page.keyboard().press("Tab");
        assertThat(page.locator(".skip-link")).isFocused();

        Path folder = Paths.get(System.getProperty("safeguard.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        Path screenshot = folder.resolve("dashboard.png");
        page.reload(); // drop the keyboard focus before the picture
        page.screenshot(new Page.ScreenshotOptions().setPath(screenshot).setFullPage(true));
        assertThat(Files.size(screenshot)).isGreaterThan(10_000);
    }

    private void signIn(Page page) {
        page.navigate(url("/login"));
        page.getByLabel("E-mail").fill("dana.whitfield@riverside-fm.example");
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
