package org.parindex.app.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium driven by Playwright, headless. No test tool downloads a browser: the download is switched off
 * and the browser is the one at /usr/bin/chromium ({@code .ci/run} installs it on a clean machine).
 */
final class Browsers implements AutoCloseable {

    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final int DESKTOP_WIDTH = 1280, DESKTOP_HEIGHT = 900, PHONE_WIDTH = 390, PHONE_HEIGHT = 844;

    private final Playwright playwright;
    private final Browser browser;

    Browsers() {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Debian's chromium is needed at " + CHROMIUM + " (apt-get install chromium)");
        }
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** A new browser window (own cookies) at desktop size, in Vietnamese. */
    Page desktop() {
        return page(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
    }

    /** A new phone-sized window: 390 × 844 CSS pixels, touch, mobile viewport. */
    Page phone() {
        return page(PHONE_WIDTH, PHONE_HEIGHT, true);
    }

    private Page page(int width, int height, boolean phone) {
        Browser.NewContextOptions options = new Browser.NewContextOptions().setViewportSize(width, height)
                .setLocale("vi-VN");
        if (phone) {
            options.setIsMobile(true).setHasTouch(true);
        }
        BrowserContext context = browser.newContext(options);
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
