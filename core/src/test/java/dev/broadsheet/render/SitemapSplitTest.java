package dev.broadsheet.render;

import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sitemap too big for one file becomes an index over numbered files, each within the limits. */
class SitemapSplitTest {

    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String BASE = "https://news.example.org/";

    @TempDir
    Path siteDir;

    private MemorySink render(Sitemap.Limits limits) {
        Site site = Rendering.standard().build();
        Diagnostics diagnostics = new Diagnostics();
        MemorySink sink = new MemorySink();
        new SiteRenderer(SiteRenderer.prepare(siteDir, site.config(), diagnostics, new ModelDigest()), site, diagnostics,
                limits).render(sink);
        diagnostics.throwIfErrors();
        return sink;
    }

    private static List<Element> children(Document xml, String name) {
        NodeList nodes = xml.getElementsByTagNameNS(SITEMAP, name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) elements.add((Element) nodes.item(i));
        return elements;
    }

    private static String child(Element element, String name) {
        NodeList nodes = element.getElementsByTagNameNS(SITEMAP, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    /** The {@code <url>} elements of every file of the sitemap, in order, as text. */
    private static List<String> entries(MemorySink sink) throws Exception {
        Document entry = AtomFeedTest.parse(sink.file("sitemap.xml").content());
        List<String> files = entry.getDocumentElement().getLocalName().equals("urlset") ? List.of("sitemap.xml")
                : children(entry, "sitemap").stream().map(s -> child(s, "loc").substring(BASE.length())).toList();
        List<String> entries = new ArrayList<>();
        for (String file : files) {
            String xml = sink.text(file);
            for (String part : xml.split("<url>")) {
                if (part.contains("</url>")) entries.add(part.substring(0, part.indexOf("</url>")).strip());
            }
        }
        return entries;
    }

    @Test
    void overTheUrlLimitTheEntryPointIsAnIndexOverNumberedFilesThatKeepEveryEntry() throws Exception {
        MemorySink whole = render(Sitemap.Limits.DEFAULT);
        List<String> all = entries(whole);
        MemorySink split = render(new Sitemap.Limits(5, 10_000_000));
        Document index = AtomFeedTest.parse(split.file("sitemap.xml").content());
        assertEquals("sitemapindex", index.getDocumentElement().getLocalName());
        SitemapSchemas.validateIndex(split.file("sitemap.xml").content());
        List<Element> sitemaps = children(index, "sitemap");
        assertEquals((all.size() + 4) / 5, sitemaps.size(), all.size() + " URLs");
        for (int i = 0; i < sitemaps.size(); i++) {
            String path = "sitemap-" + (i + 1) + ".xml";
            assertEquals(BASE + path, child(sitemaps.get(i), "loc"));
            byte[] file = split.file(path).content();
            SitemapSchemas.validateUrlset(file);
            Document urlset = AtomFeedTest.parse(file);
            List<Element> urls = children(urlset, "url");
            assertTrue(urls.size() <= 5 && !urls.isEmpty(), path + ": " + urls.size());
            String latest = urls.stream().map(u -> child(u, "lastmod")).filter(m -> m != null)
                    .max(java.util.Comparator.comparing(m -> java.time.OffsetDateTime.parse(m).toInstant())).orElse(null);
            assertEquals(latest, child(sitemaps.get(i), "lastmod"), path + ": the latest change of its URLs");
        }
        assertEquals(all, entries(split), "the same entries, hreflang alternates and all, in the same order");
    }

    @Test
    void overTheByteLimitEachFileStaysWithinIt() throws Exception {
        int limit = 3000;
        MemorySink split = render(new Sitemap.Limits(50_000, limit));
        TreeMap<String, Integer> sizes = new TreeMap<>();
        split.files().forEach((path, file) -> {
            if (path.startsWith("sitemap-")) sizes.put(path, file.content().length);
        });
        assertTrue(sizes.size() > 2, sizes.toString());
        sizes.forEach((path, size) -> assertTrue(size <= limit, path + ": " + size + " bytes"));
        assertTrue(sizes.values().stream().anyMatch(size -> size > limit - 600), "files are filled: " + sizes);
        assertEquals(entries(render(Sitemap.Limits.DEFAULT)), entries(split));
    }

    @Test
    void theSameSiteGivesTheSameFiles() {
        Sitemap.Limits limits = new Sitemap.Limits(4, 10_000_000);
        MemorySink first = render(limits);
        MemorySink second = render(limits);
        List<String> paths = first.files().keySet().stream().filter(p -> p.startsWith("sitemap")).toList();
        assertEquals(paths, second.files().keySet().stream().filter(p -> p.startsWith("sitemap")).toList());
        for (String path : paths) assertArrayEquals(first.file(path).content(), second.file(path).content(), path);
        assertTrue(Arrays.asList(paths.toArray()).contains("sitemap-2.xml"));
    }
}
