package dev.broadsheet.example;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * No page makes a request that leaves this machine: no web fonts, no scripts or images from elsewhere. Every
 * HTML page of every build the tests check is loaded while the browser records each request its pages make.
 */
class LocalRequestsIT extends BrowserTest {

    @Test
    void noPageRequestsAnythingFromBeyondLocalhost() {
        List<String> outside = new ArrayList<>();
        List<URI> pages = sites.everyPage();
        for (URI page : pages) {
            browser.requests();
            browser.open(page);
            for (String url : browser.requests()) {
                if (!local(url, page)) outside.add(page.getPath() + " requested " + url);
            }
        }
        assertEquals(List.of(), outside);
        assertTrue(pages.size() > 100, "loaded " + pages.size() + " pages");
    }

    @Test
    void theRecordingSeesEveryRequestAPageMakes() {
        // an outside request the browser records but blocks before it looks the name up
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*.invalid/*")));
        browser.requests();
        browser.open(sites.site().url("/"));
        browser.js("""
                const image = new Image();
                image.src = 'https://outside.invalid/pixel.png';
                document.body.append(image);""");
        browser.open(sites.site().url("/about/"));
        List<String> requests = browser.requests();
        String origin = sites.site().origin();
        assertTrue(requests.contains(origin + "/"), requests.toString());
        assertTrue(requests.contains(origin + "/assets/broadsheet.css"), requests.toString());
        assertTrue(requests.contains(origin + "/assets/broadsheet.js"), requests.toString());
        assertTrue(requests.contains("https://outside.invalid/pixel.png"), "an outside request is seen: " + requests);
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
    }

    /**
     * Whether a request stays on this machine: the page's origin, data: and about:blank, and chrome:// (the
     * browser's own new-tab page, which Chromium 150 still loads while the first test page opens).
     */
    private static boolean local(String url, URI page) {
        String origin = page.getScheme() + "://" + page.getRawAuthority();
        return url.startsWith(origin + "/") || url.startsWith("data:") || url.equals("about:blank")
                || url.startsWith("chrome://");
    }
}
