package org.parindex.app.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/** A person at the browser: opens pages, logs in, clicks links by their visible text. */
final class Visitor {

    static final String PERIOD = "6 tháng đầu năm 2023";

    final Page page;
    private final String base;

    Visitor(Page page, int port) {
        this.page = page;
        this.base = "http://localhost:" + port;
    }

    Response open(String path) {
        return page.navigate(base + path);
    }

    Visitor home() {
        open("/");
        return this;
    }

    /** Logs in through the form; ends on the page the login leads to (the home page). */
    Visitor logIn(String user, String password) {
        open("/login");
        page.locator("#username").fill(user);
        page.locator("#password").fill(password);
        page.locator("form button[type=submit]").click();
        page.waitForLoadState();
        return this;
    }

    void click(String linkText) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(linkText).setExact(true)).first().click();
        page.waitForLoadState();
    }

    /** Opens a node of the framework tree by its code, e.g. "7.2.2". */
    Locator openNode(String code) {
        Locator node = page.locator("details[id='node-" + code + "']");
        node.locator("> summary").click();
        return node;
    }
}
