package dev.broadsheet.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AtomFeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    Path siteDir;

    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    private static String text(Element parent, String name) {
        return parent.getElementsByTagNameNS(ATOM, name).item(0).getTextContent();
    }

    @Test
    void feedIsValidXmlWithTheTwentyNewestArticles() throws Exception {
        SiteFixture fixture = new SiteFixture().baseUrl("https://example.github.io/news/");
        for (int day = 1; day <= 25; day++) fixture.article("en", "economy", "story-" + day).date(2025, 3, day);
        Document feed = parse(Rendering.render(fixture.build(), siteDir).sink().file("en/feed.xml").content());

        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        NodeList entries = root.getElementsByTagNameNS(ATOM, "entry");
        assertEquals(AtomFeed.ENTRIES, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("https://example.github.io/news/en/economy/story-25/", text(first, "id"));
        assertEquals("2025-03-25T00:00:00+08:00", text(first, "published"));
        assertEquals("https://example.github.io/news/en/economy/story-6/", text((Element) entries.item(19), "id"));
        assertEquals("2025-03-25T00:00:00+08:00", text(root, "updated"));
        assertEquals("https://example.github.io/news/en/", text(root, "id"));
    }

    @Test
    void feedUpdatedIsTheNewestChangeNotTheBuildTime() throws Exception {
        SiteFixture fixture = new SiteFixture();
        fixture.article("zh", "economy", "old").date(2025, 1, 1)
                .updated(ZonedDateTime.parse("2025-06-01T12:00:00+08:00[Asia/Shanghai]"));
        fixture.article("zh", "economy", "new").date(2025, 2, 1);
        Document feed = parse(Rendering.render(fixture.build(), siteDir).sink().file("feed.xml").content());
        assertEquals("2025-06-01T12:00:00+08:00", text(feed.getDocumentElement(), "updated"));
    }

    @Test
    void feedOfLanguageWithoutArticlesIsStillValid() throws Exception {
        Document feed = parse(Rendering.render(new SiteFixture().build(), siteDir).sink().file("en/feed.xml").content());
        assertEquals(0, feed.getElementsByTagNameNS(ATOM, "entry").getLength());
        assertEquals("1970-01-01T00:00:00Z", text(feed.getDocumentElement(), "updated"));
    }
}
