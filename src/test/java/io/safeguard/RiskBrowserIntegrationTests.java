package io.safeguard;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.safeguard.inventory.AssetDetails;
import io.safeguard.inventory.AssetType;
import io.safeguard.inventory.Backup;
import io.safeguard.inventory.Inventory;
import io.safeguard.inventory.Protection;
import io.safeguard.inventory.RemoteMfa;
import io.safeguard.risk.RegisterFilter;
import io.safeguard.risk.Risks;
import io.safeguard.shared.Role;
import io.safeguard.shared.TenantId;
import io.safeguard.support.Chromium;
import io.safeguard.support.Fixtures;
import io.safeguard.support.H2Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/** A compliance officer records a risk for an unencrypted laptop, treats it, and watches the heat maps move. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"safeguard.test.context=risk-browser", "safeguard.data-dir=target/test-data"})
@ContextConfiguration(initializers = H2Database.class)
@Import(Fixtures.class)
class RiskBrowserIntegrationTests {
    private static Chromium chromium;

    @LocalServerPort int port;
    @Autowired Fixtures fixtures;
    @Autowired Inventory inventory;
    @Autowired Risks risks;

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
    void aRiskIsRecordedTreatedAndTheHeatMapsChange() throws Exception {
        TenantId tenant = fixtures.organization("Browser Risk Clinic");
        inventory.add(fixtures.ownerScope(tenant), new AssetDetails("laptop-12", AssetType.LAPTOP, null, "Dana", "Billing", true,
                null, Protection.NONE, null, false, Protection.FULL, null, null, null, null, true, null, Backup.NONE, null,
                "Windows 11", true, RemoteMfa.YES, false, null));
        var officer = fixtures.member(tenant, Role.COMPLIANCE_OFFICER);

        Page page = chromium.signedIn(url(""), officer.email(), officer.password(), 1280, 1000);

        page.navigate(url("/t/" + tenant + "/risks"));
        assertThat(page.locator("#stale, .callout").first()).containsText("No risk analysis has been completed");
        assertThat(cell(page, "heatmap-current", 4, 4)).hasText("");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Add risk")).click();
        page.getByLabel("What the risk is about").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("Asset: laptop-12"));
        page.getByLabel("From the threat library").selectOption("theft-loss");
        page.getByLabel("From the library", new Page.GetByLabelOptions().setExact(true)).selectOption("unencrypted-endpoint");
        page.getByLabel("Security measures already in place").fill("Screen lock after 5 minutes");
        page.locator("input[name=likelihood][value='4']").check();
        page.locator("input[name=impact][value='4']").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to the register")).click();

        assertThat(page.locator("h1")).containsText("R-001");
        assertThat(page.locator("dl.facts").first()).containsText("High");
        assertThat(page.locator(".callout")).containsText("has no treatment");

        page.getByLabel("Strategy").selectOption("MITIGATE");
        page.getByLabel("Residual likelihood").selectOption("1");
        page.getByLabel("Residual impact").selectOption("4");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the treatment")).click();
        assertThat(page.locator(".notice")).containsText("Treatment recorded");

        page.getByText("Plan a measure").click();
        page.getByLabel("Measure", new Page.GetByLabelOptions().setExact(true)).fill("Enable BitLocker on laptop-12");
        page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true)).fill("Northwest IT");
        page.getByLabel("Due", new Page.GetByLabelOptions().setExact(true)).fill("2030-01-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add the measure")).click();
        assertThat(page.locator("#measures + table")).containsText("Enable BitLocker on laptop-12");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Risk register").setExact(true)).first().click();
        assertThat(cell(page, "heatmap-current", 4, 4)).hasText("1");
        assertThat(cell(page, "heatmap-residual", 4, 4)).hasText("");
        assertThat(cell(page, "heatmap-residual", 1, 4)).hasText("1");
        assertThat(page.locator("#register")).containsText("laptop-12");

        Chromium.screenshot(page, "risk-register.png");
        assertThat(risks.register(fixtures.ownerScope(tenant), RegisterFilter.ALL).untreated()).isZero();
    }

    private static Locator cell(Page page, String map, int likelihood, int impact) {
        return page.locator("#" + map + " td[data-l='" + likelihood + "'][data-i='" + impact + "']");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
