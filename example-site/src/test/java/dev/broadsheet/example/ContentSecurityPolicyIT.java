package dev.broadsheet.example;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Content-Security-Policy each page carries is one the pages live with: loading every HTML page of every
 * build the tests check reports no violation, while a script put into a page afterwards is refused. Violations
 * are recorded by a listener that the browser's DevTools add to each document before the page's own code, which
 * the policy does not govern.
 */
class ContentSecurityPolicyIT extends BrowserTest {

    private static final String RECORDER = """
            window.__violations = [];
            document.addEventListener('securitypolicyviolation', e => window.__violations.push(
                e.violatedDirective + ' blocked ' + e.blockedURI + ' at ' + e.sourceFile + ':' + e.lineNumber));""";

    private static String recorder;

    @BeforeAll
    static void recordViolations() {
        Map<String, Object> added = browser.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument",
                Map.of("source", RECORDER));
        recorder = (String) added.get("identifier");
    }

    @AfterAll
    static void stopRecording() {
        browser.driver().executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> violations() {
        return (List<String>) browser.js("return window.__violations");
    }

    @Test
    void noPageViolatesItsPolicy() {
        List<String> found = new ArrayList<>();
        List<URI> pages = sites.everyPage();
        for (URI page : pages) {
            browser.open(page);
            assertEquals(1L, browser.js("return document.querySelectorAll("
                    + "'head > meta[http-equiv=\"Content-Security-Policy\"]').length"), page.toString());
            violations().forEach(v -> found.add(page.getPath() + ": " + v));
        }
        assertEquals(List.of(), found);
        assertTrue(pages.size() > 100, "loaded " + pages.size() + " pages");
    }

    /** Every page above is loaded without a query; searching fetches the index and builds results too. */
    @Test
    void searchingInEitherLanguageStaysWithinThePolicy() {
        List<String> found = new ArrayList<>();
        for (String page : List.of("/search/?q=%E6%B2%B3%E8%A5%BF", "/en/search/?q=%E6%B2%B3%E8%A5%BF",
                "/en/search/?q=red+property", "/search/?q=red+property")) {
            browser.open(URI.create(sites.site().origin() + page));
            new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                    .until(d -> "done".equals(browser.js("return document.getElementById('search-results').dataset.state")));
            assertTrue((Boolean) browser.js("return document.querySelectorAll('.search-result').length > 0"), page);
            violations().forEach(v -> found.add(page + ": " + v));
        }
        assertEquals(List.of(), found);
    }

    @Test
    void theThemesInlineScriptRunsAndAScriptPutIntoThePageDoesNot() {
        browser.open(sites.site().url("/"));
        browser.js("localStorage.setItem('broadsheet.largeText', 'on')");
        browser.open(sites.site().url("/about/"));
        assertEquals(Boolean.TRUE, browser.js("return document.documentElement.classList.contains('large-text')"),
                "the head's inline script is allowed by its hash");
        browser.js("localStorage.removeItem('broadsheet.largeText')");
        browser.js("""
                const script = document.createElement('script');
                script.textContent = 'window.injected = true';
                document.head.append(script);
                const link = document.createElement('a');
                link.href = 'javascript:window.injected = true';
                document.body.append(link);
                link.click();""");
        assertEquals(null, browser.js("return window.injected === undefined ? null : window.injected"));
        List<String> violations = violations();
        for (int wait = 0; violations.size() < 2 && wait < 40; wait++) {
            sleep();
            violations = violations();
        }
        assertTrue(violations.stream().anyMatch(v -> v.startsWith("script-src")), violations.toString());
    }
}
