package dev.broadsheet.render;

import dev.broadsheet.BuildOptions;
import dev.broadsheet.Broadsheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The example site's sitemaps, as a build writes them, against the sitemaps.org and Google News schemas. */
class ExampleSiteSitemapsTest {

    @TempDir
    Path out;

    @Test
    void theExampleSitesSitemapAndNewsSitemapAreValid() throws Exception {
        Broadsheet.build(Path.of("../example-site"), out.resolve("site"), BuildOptions.defaults());
        Path site = out.resolve("site");
        byte[] sitemap = Files.readAllBytes(site.resolve("sitemap.xml"));
        SitemapSchemas.validateUrlset(sitemap);
        byte[] news = Files.readAllBytes(site.resolve("news-sitemap.xml"));
        SitemapSchemas.validateUrlset(news);
        // its newest articles are of 2025-11-21; those of 11-19, 11-20 and 11-21, in both languages, are news
        assertEquals(6, new String(news, java.nio.charset.StandardCharsets.UTF_8).split("<url>").length - 1);
        String robots = Files.readString(site.resolve("robots.txt"));
        assertTrue(robots.contains("Sitemap: https://hexi-news.example.org/sitemap.xml\n")
                && robots.contains("Sitemap: https://hexi-news.example.org/news-sitemap.xml\n"), robots);
    }
}
