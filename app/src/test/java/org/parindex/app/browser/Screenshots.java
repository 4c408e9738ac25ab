package org.parindex.app.browser;

import com.microsoft.playwright.Page;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Saves full-page PNGs of the pages into the repository's docs/screenshots/ (the README's tour shows them). */
final class Screenshots {

    private Screenshots() { }

    static Path folder() {
        Path cwd = Paths.get("").toAbsolutePath();
        Path root = cwd.getFileName().toString().equals("app") ? cwd.getParent() : cwd;
        return root.resolve("docs").resolve("screenshots");
    }

    static Path save(Page page, String name) {
        Path file = folder().resolve(name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }
}
