package dev.broadsheet.markdown;

import static dev.broadsheet.markdown.Rendering.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class CommonMarkExtensionsTest {

    @Test
    void rendersCommonMark() {
        Element body = body("Some *emphasis*, **strong** and `code`.\n\n> quoted\n\n1. one\n2. two\n");

        assertEquals("emphasis", body.selectFirst("p > em").text());
        assertEquals("strong", body.selectFirst("p > strong").text());
        assertEquals("code", body.selectFirst("p > code").text());
        assertEquals("quoted", body.selectFirst("blockquote > p").text());
        assertEquals(2, body.select("ol > li").size());
    }

    @Test
    void rendersTablesWithColumnAlignment() {
        Element body = body("""
                | 街道 | 人数 | 备注 |
                |:-----|-----:|:----:|
                | 友谊路 | 120 | 试点 |
                """);

        Elements headers = body.select("table > thead > tr > th");
        assertEquals(3, headers.size());
        assertEquals("街道", headers.get(0).text());
        Elements cells = body.select("table > tbody > tr > td");
        assertEquals("left", cells.get(0).attr("align"));
        assertEquals("right", cells.get(1).attr("align"));
        assertEquals("center", cells.get(2).attr("align"));
        assertEquals("120", cells.get(1).text());
    }

    @Test
    void rendersDoubleTildeAsStrikethrough() {
        Element body = body("价格 ~~100元~~ 80元");

        assertEquals("100元", body.selectFirst("p > del").text());
    }

    @Test
    void turnsBareUrlsIntoLinks() {
        Element body = body("详见 https://www.tjhx.gov.cn/news 和 www.example.org。");

        Elements links = body.select("p > a");
        assertEquals(2, links.size());
        assertEquals("https://www.tjhx.gov.cn/news", links.get(0).attr("href"));
        assertEquals("https://www.tjhx.gov.cn/news", links.get(0).text());
        assertEquals("www.example.org", links.get(1).text());
    }

    @Test
    void endsBareUrlsAtChinesePunctuation() {
        Element body = body("详见https://www.tjhx.gov.cn/news，或访问 www.example.org。");

        Elements links = body.select("p > a");
        assertEquals("https://www.tjhx.gov.cn/news", links.get(0).attr("href"));
        assertEquals("https://www.tjhx.gov.cn/news", links.get(0).text());
        assertEquals("http://www.example.org", links.get(1).attr("href"));
        assertEquals("详见https://www.tjhx.gov.cn/news，或访问 www.example.org。", body.selectFirst("p").text());
    }

    @Test
    void keepsHanCharactersInBareUrls() {
        Element body = body("见 https://zh.wikipedia.org/wiki/天津 一文");

        assertEquals("https://zh.wikipedia.org/wiki/天津", body.selectFirst("p > a").text());
    }

    @Test
    void rendersFootnotesWithLinksBothWays() {
        Element body = body("据统计[^src]，已建成12个便民生活圈。\n\n[^src]: 河西区商务局2025年数据。\n");

        Element reference = body.selectFirst("p sup a");
        assertNotNull(reference);
        String noteId = reference.attr("href").substring(1);
        Element note = body.getElementById(noteId);
        assertNotNull(note);
        assertEquals("河西区商务局2025年数据。", note.selectFirst("p").text());
        Element back = note.selectFirst("a[href^=#]");
        assertNotNull(body.getElementById(back.attr("href").substring(1)));
    }
}
