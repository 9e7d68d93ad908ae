package dev.broadsheet.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RobotsTxtTest {

    @TempDir
    Path siteDir;

    @Test
    void allowsEverythingAndNamesEachSitemapEntryPointAbsolutely() {
        MemorySink sink = Rendering.render(Rendering.standard().build(), siteDir).sink();
        assertEquals("""
                User-agent: *
                Allow: /

                Sitemap: https://news.example.org/sitemap.xml
                Sitemap: https://news.example.org/news-sitemap.xml
                """, sink.text("robots.txt"));
    }

    @Test
    void aSitesOwnRobotsTxtIsTheOneAndTheBuildMakesNone() {
        dev.broadsheet.testing.SiteFiles.writeFile(siteDir, "static/robots.txt", "User-agent: *\nDisallow: /drafts/\n");
        MemorySink sink = Rendering.render(Rendering.standard().build(), siteDir).sink();
        org.junit.jupiter.api.Assertions.assertFalse(sink.files().containsKey("robots.txt"));
    }

    @Test
    void underABasePathAndWithoutArticles() {
        MemorySink sink = Rendering.render(new SiteFixture().baseUrl("https://example.github.io/news/")
                .page("zh", "about", "关于").build(), siteDir).sink();
        assertEquals("""
                User-agent: *
                Allow: /news/

                Sitemap: https://example.github.io/news/sitemap.xml
                """, sink.text("robots.txt"));
    }
}
