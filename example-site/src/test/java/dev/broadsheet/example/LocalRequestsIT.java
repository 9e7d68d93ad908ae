package dev.broadsheet.example;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
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
        int pages = 0;
        for (ExampleSite.Build build : ExampleSite.Build.values()) {
            StaticServer server = sites.server(build);
            Path root = build.root();
            List<String> paths = new ArrayList<>(ExampleSite.htmlPages(root));
            paths.add("/no-such-page/");
            for (String path : paths) {
                browser.requests();
                browser.open(server.url(path));
                for (String url : browser.requests()) {
                    if (!local(url, server)) outside.add(path + " requested " + url);
                }
                pages++;
            }
        }
        assertEquals(List.of(), outside);
        assertTrue(pages > 100, "loaded " + pages + " pages");
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

    private static boolean local(String url, StaticServer server) {
        return url.startsWith(server.origin() + "/") || url.startsWith("data:") || url.equals("about:blank");
    }
}
