package dev.broadsheet.example;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * What the browser tests share: the built example sites served over HTTP, and one headless Chromium, started
 * before a test class's first test and closed after its last. Test classes run one after the other, so the
 * two fields belong to whichever class is running.
 */
abstract class BrowserTest {

    static ServedSites sites;
    static Browser browser;

    @BeforeAll
    static void startSitesAndBrowser() {
        sites = new ServedSites();
        browser = new Browser();
    }

    @AfterAll
    static void stopSitesAndBrowser() {
        try (ServedSites closingSites = sites; Browser closingBrowser = browser) {
            // both closed, the browser first
        }
    }
}
