package io.safeguard.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * The Debian chromium driven by Playwright, shared by the browser tests of one class (starting Playwright extracts
 * its driver, about a second, so a class starts it once).
 */
public final class Chromium implements AutoCloseable {
    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    public static Chromium launch() {
        Playwright playwright = Playwright.create();
        return new Chromium(playwright, playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(System.getProperty("safeguard.chromium", "/usr/bin/chromium"))).setArgs(FLAGS)));
    }

    public Browser browser() {
        return browser;
    }

    /** A new page of the given width and height, signed in with e-mail and password on the sign-in form. */
    public Page signedIn(String baseUrl, String email, String password, int width, int height) {
        Page page = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)).newPage();
        page.navigate(baseUrl + "/login");
        page.getByLabel("E-mail").fill(email);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        return page;
    }

    /** Saves a full-page screenshot where the build asks for pictures ({@code -Dscreenshots=...}). */
    public static void screenshot(Page page, String fileName) throws java.io.IOException {
        Path folder = Paths.get(System.getProperty("safeguard.screenshots", "target/screenshots"));
        Files.createDirectories(folder);
        page.screenshot(new Page.ScreenshotOptions().setPath(folder.resolve(fileName)).setFullPage(true));
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
