package dev.broadsheet.render;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UrlsTest {

    private final Urls urls = new Urls(new SiteFixture().baseUrl("https://example.github.io/news/").config());

    @Test
    void prefixesTheBasePath() {
        assertEquals("/news/", urls.relative(""));
        assertEquals("/news/en/economy/a/", urls.relative("en/economy/a/"));
        assertEquals("https://example.github.io/news/en/", urls.absolute("en/"));
    }

    @Test
    void keepsNonAsciiInHtmlAndEncodesItForTheSitemap() {
        assertEquals("/news/tags/红色物业/", urls.relative("tags/红色物业/"));
        assertEquals("https://example.github.io/news/tags/%E7%BA%A2%E8%89%B2%E7%89%A9%E4%B8%9A/",
                urls.absoluteAscii("tags/红色物业/"));
    }

    @Test
    void encodesCharactersThatWouldBreakAPath() {
        assertEquals("/news/tags/c%23/", urls.relative("tags/c#/"));
        assertEquals("/news/tags/100%25%20sure%3F/", urls.relative("tags/100% sure?/"));
    }

    @Test
    void recognisesFullUrls() {
        assertTrue(Urls.isExternal("https://cdn.example.org/a.jpg"));
        assertTrue(Urls.isExternal("//cdn.example.org/a.jpg"));
        assertFalse(Urls.isExternal("/images/a.jpg"));
        assertFalse(Urls.isExternal("images/a:b.jpg"));
    }
}
