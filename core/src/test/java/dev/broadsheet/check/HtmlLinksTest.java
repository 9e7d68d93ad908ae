package dev.broadsheet.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HtmlLinksTest {

    private static List<String> urls(String html) {
        return HtmlLinks.scan(html).stream().map(HtmlLinks.Link::url).toList();
    }

    @Test
    void findsHrefSrcSrcsetAndPosterInTags() {
        String html = """
                <link rel="stylesheet" href="/style.css">
                <a href='/a/'>a</a> <img src=/b.png alt="b">
                <img srcset="/c-1.png 1x, /c-2.png 2x" alt="">
                <video poster="/d.jpg"></video>
                """;
        assertEquals(List.of("/style.css", "/a/", "/b.png", "/c-1.png", "/c-2.png", "/d.jpg"), urls(html));
    }

    @Test
    void reportsLineAndColumnOfTheValue() {
        String html = "<p>\n  <a class=\"x\" href=\"/a/\">a</a>";
        HtmlLinks.Link link = HtmlLinks.scan(html).get(0);
        assertEquals(2, link.line());
        assertEquals(22, link.column());
    }

    @Test
    void ignoresLinkLikeTextOutsideTags() {
        String html = """
                <p>Write href="/not-a-link/" in your template.</p>
                <pre><code>&lt;a href=&quot;/neither/&quot;&gt;</code></pre>
                <!-- <a href="/commented-out/"> -->
                <script>if (a<b) location.href = "/script/";</script>
                <style>a[href="/style/"] { color: red }</style>
                <a href="/yes/">yes</a>
                """;
        assertEquals(List.of("/yes/"), urls(html));
    }

    @Test
    void decodesCharacterReferencesInValues() {
        assertEquals(List.of("/search/?q=a&page=2", "/tags/红色物业/"),
                urls("<a href=\"/search/?q=a&amp;page=2\"></a><a href=\"/tags/&#x7ea2;色物业/\"></a>"));
    }

    @Test
    void readsTheTargetOfAMetaRefresh() {
        String html = "<meta http-equiv=\"refresh\" content=\"0; url=/economy/a/\">";
        assertEquals(List.of("/economy/a/"), urls(html));
    }

    @Test
    void ignoresTheBaseElement() {
        assertEquals(List.of(), urls("<base href=\"/\">"));
    }
}
