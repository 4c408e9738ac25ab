package org.parindex.app.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Saves full-page PNGs of the pages into {@code app/target/screenshots/}, to be looked at after a run.
 * The pictures in docs/screenshots/ are a curated copy made by hand (never rewritten by a test run), so that
 * rendering noise does not churn the repository.
 */
public final class Screenshots {

    private Screenshots() { }

    public static Path folder() {
        Path cwd = Paths.get("").toAbsolutePath();
        Path module = cwd.getFileName().toString().equals("app") ? cwd : cwd.resolve("app");
        return module.resolve("target").resolve("screenshots");
    }

    public static Path save(Page page, String name) {
        Path file = folder().resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
