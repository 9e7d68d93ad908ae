package dev.broadsheet.render;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FeedLinksTest {

    private static final String BASE = "https://news.example.org/";

    @TempDir
    Path siteDir;

    private static List<String> feedLinks(MemorySink sink, String path) {
        return sink.html(path, BASE).select("head link[rel=alternate][type=application/atom+xml]").stream()
                .map(FeedLinksTest::describe).toList();
    }

    private static String describe(Element link) {
        return link.attr("hreflang") + " " + link.attr("href") + " " + link.attr("title");
    }

    @Test
    void everyPageLinksEachLanguagesFeedWithItsLanguageAndATitleInItOwnLanguageFirst() {
        MemorySink sink = Rendering.render(Rendering.standard().build(), siteDir).sink();
        List<String> zh = List.of("zh-CN /feed.xml 河西新闻（Atom 订阅）", "en /en/feed.xml Hexi News (Atom feed)");
        List<String> en = List.of(zh.get(1), zh.get(0));
        assertEquals(zh, feedLinks(sink, "index.html"));
        assertEquals(zh, feedLinks(sink, "economy/b/index.html"), "an untranslated page too");
        assertEquals(zh, feedLinks(sink, "404.html"));
        assertEquals(en, feedLinks(sink, "en/economy/a/index.html"));
        assertEquals(en, feedLinks(sink, "en/tags/red-property/index.html"));
    }
}
