package dev.broadsheet.example;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search script's ranking (docs/search.md, "Queries") over a small index written by hand, whose postings
 * are chosen so that each rule changes the order: required terms, the half of the lowest score for a document a
 * truncated list leaves out, the bonus for adjacent terms, newer first among equals, the fallback to the
 * documents with most of the terms. A block that is plain JSON, as a host that decoded the gzip serves it, is
 * read too.
 */
class SearchRankingIT extends BrowserTest {

    @TempDir
    static Path root;

    private static StaticServer server;

    @BeforeAll
    static void writeIndex() throws IOException {
        Files.copy(ExampleSite.site().resolve("assets/search.js"), root.resolve("search.js"));
        Files.writeString(root.resolve("index.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>Ranking</title></head><body>
                <div data-search='{"lang":"en","locale":"en","label":"English","index":"/idx/","cjk":false,"others":[],
                  "strings":{"searching":"…","one":"1 result.","many":"{0} results.","none":"None.","partial":"PARTIAL",
                  "other":"{0} other.","error":"ERROR","translation":"Read it in English","separator":" "}}'>
                <form role="search" action="/" method="get"><input name="q"><button>Go</button></form>
                <p class="search-status"></p><ol id="search-results"></ol>
                <p><button class="search-more" type="button" hidden>More</button></p>
                <section class="search-other" hidden><ol id="search-results-other"></ol></section>
                </div><script src="/search.js"></script></body></html>
                """);
        Path index = Files.createDirectories(root.resolve("idx"));
        Files.writeString(index.resolve("meta.json"), "{\"v\":1,\"lang\":\"en\",\"docs\":5,\"shards\":1,\"block\":32}");
        Files.createDirectories(index.resolve("s"));
        // ids are written as the first id and the differences; red and property are two slots apart in
        // documents 1 and 2 (as in the query) and not in 0; hexi's list is truncated (df 10 > 2), lowest score 30
        Files.write(index.resolve("s/0.json.gz"), gzip("""
                {"red":[4,[0,1,1,1],[100,100,120,100],[10,50,7,0]],\
                "property":[3,[0,1,1],[100,100,80],[30,52,9]],\
                "hexi":[10,[0,1],[40,30],[200,200]],\
                "西区":[1,[1],[50],[2]],\
                "河":[2,[0,1],[500,10],[0,0]]}"""));
        Files.createDirectories(index.resolve("d"));
        StringBuilder block = new StringBuilder("[");
        for (int id = 0; id < 5; id++) {
            if (id > 0) block.append(',');
            block.append("{\"u\":\"/doc").append(id).append("/\",\"t\":\"Red property ").append(id)
                    .append("\",\"d\":\"2025-11-2").append(id).append("\",\"s\":\"Economy\",\"x\":\"Red, property.\",\"a\":{}}");
        }
        // plain JSON under the .gz name: what a host that decodes gzip on the way delivers
        Files.writeString(index.resolve("d/0.json.gz"), block.append(']'));
        server = StaticServer.serve(root);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static byte[] gzip(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    @SuppressWarnings("unchecked")
    private static List<String> results(String query) {
        browser.open(URI.create(server.origin() + "/?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8)));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "done".equals(
                browser.js("return document.getElementById('search-results').dataset.state")));
        return (List<String>) browser.js(
                "return [...document.querySelectorAll('#search-results a')].map(a => a.getAttribute('href'))");
    }

    private static String status() {
        return browser.find(".search-status").getText();
    }

    @Test
    void adjacentTermsScoreHigherAndEqualScoresPutTheNewerDocumentFirst() {
        // 0: 100 + 100; 1: (100 + 100) × 1.5 and 2: (120 + 80) × 1.5, since their terms stand two slots apart as
        // in the query; 1 before 2 as the newer
        assertEquals(List.of("/doc1/", "/doc2/", "/doc0/"), results("red property"));
        assertEquals("3 results.", status());
    }

    @Test
    void aDocumentMissingFromATruncatedListGetsHalfItsLowestScore() {
        // red is complete, so it decides the candidates (0, 1, 2, 3); hexi adds 40 and 30 to 0 and 1, and 15
        // to the others: 0 140, 1 130, 2 135, 3 115
        assertEquals(List.of("/doc0/", "/doc2/", "/doc1/", "/doc3/"), results("hexi red"));
    }

    @Test
    void onlyTruncatedListsGiveEveryDocumentInThem() {
        assertEquals(List.of("/doc0/", "/doc1/"), results("hexi"));
    }

    @Test
    void aSingleCharacterBesideOtherTermsIsNotRequired() {
        // 河 is optional beside 西区: document 0, which has only 河, is no result however high it scores
        assertEquals(List.of("/doc1/"), results("河 西区"));
        assertEquals(List.of("/doc0/", "/doc1/"), results("河"));
    }

    @Test
    void whenNoDocumentHasEveryTermThoseWithMostOfThemAreShownAndTheStatusSaysSo() {
        assertEquals(List.of("/doc2/", "/doc0/", "/doc1/", "/doc3/"), results("red zzz"));
        assertTrue(status().endsWith("PARTIAL"), status());
        assertEquals(List.of(), results("zzz"));
        assertEquals("None.", status());
    }
}
