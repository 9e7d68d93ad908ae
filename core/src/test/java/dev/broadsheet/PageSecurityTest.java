package dev.broadsheet;

import dev.broadsheet.safety.ContentSecurityPolicy;
import dev.broadsheet.testing.SiteFiles;
import dev.broadsheet.testing.Trees;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every HTML page carries a Content-Security-Policy that allows exactly the inline scripts of the templates, by
 * their hash: the theme's and a site's own, and none that content brought in.
 */
class PageSecurityTest {

    private static final String SITE = SiteFiles.SITE_YAML + """
            -- content/zh/economy/2025-11-20-a.md --
            ---
            title: 新闻
            date: 2025-11-20
            aliases: [/old/a.html]
            ---
            正文。
            -- content/zh/about.md --
            ---
            title: 关于
            ---
            关于我们。
            """;

    @TempDir
    Path root;

    /** Builds the site and gives the text of each page it made, by path. */
    private Map<String, String> build(String files) {
        Path site = SiteFiles.write(root.resolve("site"), files);
        Path out = root.resolve("out");
        Broadsheet.build(site, out, BuildOptions.defaults());
        Map<String, String> pages = new TreeMap<>();
        for (String path : Trees.snapshot(out).keySet()) {
            if (path.endsWith(".html")) pages.put(path, SiteFiles.read(out.resolve(path)));
        }
        return pages;
    }

    private static String policy(Document page) {
        List<Element> metas = page.select("meta[http-equiv=Content-Security-Policy]");
        assertEquals(1, metas.size(), "one policy");
        assertEquals(page.head().child(1), metas.get(0), "right after <meta charset>, before any script");
        return metas.get(0).attr("content");
    }

    @Test
    void everyPageAllowsTheThemesInlineScriptByItsHashAndNothingUnsafe() {
        Map<String, String> files = build(SITE);
        int pages = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Document page = Jsoup.parse(file.getValue());
            String policy = policy(page);
            // JSON-LD is data, which no browser runs: it needs no hash
            for (Element script : page.select("script:not([src]):not([type=application/ld+json])")) {
                assertTrue(policy.contains(ContentSecurityPolicy.hash(script.data())), file.getKey());
            }
            assertTrue(policy.contains("script-src 'self' 'sha256-"), policy);
            assertTrue(policy.contains("object-src 'none'") && policy.contains("base-uri 'none'"), policy);
            assertFalse(policy.contains("unsafe"), policy);
            pages++;
        }
        assertTrue(pages >= 8, "home, list, article, page, 404, alias… in both languages: " + pages);
    }

    @Test
    void aSiteTemplatesInlineScriptsAreHashedAndContentScriptsAreNot() {
        Map<String, String> files = build(SITE + """
                -- site.yaml --
                baseUrl: https://news.example.org/
                defaultLanguage: zh
                languages: { zh: { title: 河西新闻 } }
                sections: { economy: 经济 }
                markdown: { rawHtml: true }
                -- templates/page.ftlh --
                <#import "layout.ftlh" as layout>
                <@layout.frame>${page.title}<script>console.log("site");</script>
                <script type="application/ld+json">{"name": "${page.title}"}</script>
                ${doc.body.html?no_esc}</@layout.frame>
                -- content/zh/about.md --
                ---
                title: 关于
                ---
                <script>alert("from content")</script>
                """);
        Document page = Jsoup.parse(files.get("about/index.html"));
        String policy = policy(page);
        assertTrue(policy.contains(ContentSecurityPolicy.hash("console.log(\"site\");")), policy);
        assertTrue(page.html().contains("alert(\"from content\")"), "raw HTML is kept, as the site asked");
        assertFalse(policy.contains(ContentSecurityPolicy.hash("alert(\"from content\")")),
                "but content never gets a hash: the browser refuses to run it");
        assertEquals(3, policy.split("'sha256-").length, "the theme's script and the site's: " + policy);
    }

    @Test
    void aSiteAddsSourcesOrTurnsThePolicyOff() {
        String yaml = """
                -- site.yaml --
                baseUrl: https://news.example.org/
                defaultLanguage: zh
                languages: { zh: { title: 河西新闻 } }
                sections: { economy: 经济 }
                security:
                  contentSecurityPolicy:
                    frame-src: [https://www.youtube-nocookie.com]
                    img-src: [https://img.example.org]
                """;
        String policy = policy(Jsoup.parse(build(SITE + yaml).get("index.html")));
        assertTrue(policy.contains("frame-src 'self' https://www.youtube-nocookie.com"), policy);
        assertTrue(policy.contains("img-src 'self' data: http: https: https://img.example.org"), policy);

        Map<String, String> off = build(SITE + yaml.replaceAll("(?s)security:.*", "security: { contentSecurityPolicy: false }\n"));
        assertTrue(Jsoup.parse(off.get("index.html")).select("meta[http-equiv=Content-Security-Policy]").isEmpty());
    }
}
