package dev.broadsheet.render;

import dev.broadsheet.config.IdentityConfig;
import dev.broadsheet.io.ImageSize;
import dev.broadsheet.testing.SiteFiles;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IconsTest {

    private static final String BASE = "https://example.github.io/news/";

    @TempDir
    Path siteDir;

    @Test
    void everyHtmlPageLinksToTheThemesIconAndAppleTouchIconUnderTheBasePath() {
        MemorySink sink = Rendering.render(Rendering.standard().baseUrl(BASE).build(), siteDir).sink();
        int pages = 0;
        for (String path : sink.files().keySet()) {
            if (!path.endsWith(".html")) continue;
            Document page = sink.html(path, BASE);
            assertEquals("/news/assets/icon.svg", page.select("head link[rel=icon]").attr("href"), path);
            assertEquals("image/svg+xml", page.select("head link[rel=icon]").attr("type"), path);
            assertEquals("/news/assets/apple-touch-icon.png", page.select("head link[rel=apple-touch-icon]").attr("href"),
                    path);
            pages++;
        }
        assertTrue(pages > 20, "404, alias and list pages included: " + pages);
        assertTrue(sink.text("assets/icon.svg").startsWith("<svg"));
    }

    @Test
    void theThemesAppleTouchIconIsA180PixelSquare() throws IOException {
        MemorySink sink = Rendering.render(Rendering.standard().build(), siteDir).sink();
        assertEquals(Optional.of(new ImageSize(180, 180)),
                ImageSize.of(new ByteArrayInputStream(sink.file("assets/apple-touch-icon.png").content())));
    }

    @Test
    void aSitesOwnIconsReplaceTheThemesWhichAreThenNotWritten() {
        SiteFiles.writeFile(siteDir, "static/favicon.ico", "ico");
        IdentityConfig identity = new IdentityConfig(Map.of(), null, "/favicon.ico",
                "https://cdn.example.org/touch.png", null);
        MemorySink sink = Rendering.render(Rendering.standard().identity(identity).build(), siteDir).sink();
        Document home = sink.html("index.html", "https://news.example.org/");
        assertEquals("/favicon.ico", home.select("link[rel=icon]").attr("href"));
        assertEquals("image/x-icon", home.select("link[rel=icon]").attr("type"));
        assertEquals("https://cdn.example.org/touch.png", home.select("link[rel=apple-touch-icon]").attr("href"));
        assertFalse(sink.files().containsKey("assets/icon.svg"));
        assertFalse(sink.files().containsKey("assets/apple-touch-icon.png"));
    }
}
