package org.parindex.app.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.parindex.app.support.Database;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The application on a random port with the demo data in a fresh H2 database, and Debian's chromium to visit it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "parindex.demo=true")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    @LocalServerPort int port;
    Browsers browsers;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        Database.h2(registry);
    }

    @BeforeAll
    void startBrowser() {
        browsers = new Browsers();
    }

    @AfterAll
    void closeBrowser() {
        browsers.close();
    }

    /** A new visitor in a desktop-sized window with its own cookies. */
    Visitor visitor() {
        return new Visitor(browsers.desktop(), port);
    }

    /** A new visitor on a phone-sized screen. */
    Visitor phoneVisitor() {
        return new Visitor(browsers.phone(), port);
    }
}
