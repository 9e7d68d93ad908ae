package dev.broadsheet;

import dev.broadsheet.testing.SiteFiles;
import dev.broadsheet.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole builds: from a site folder written inline to the files on disk. */
class BuildTest {

    private static final String SITE = SiteFiles.SITE_YAML + """
            -- content/zh/economy/2025-11-20-investment.md --
            ---
            title: 河西区领导带队赴上海开展招商对接活动
            date: 2025-11-20
            tags: [红色物业]
            ---
            第八届中国国际进口博览会在上海举办。
            -- content/en/economy/2025-11-20-investment.md --
            ---
            title: Hexi leaders visit Shanghai
            date: 2025-11-20
            tags: [Red Property]
            ---
            The 8th China International Import Expo was held in Shanghai.
            -- content/zh/about.md --
            ---
            title: 关于
            ---
            请读[招商](economy/2025-11-20-investment.md#main)。
            -- static/images/logo.svg --
            <svg xmlns="http://www.w3.org/2000/svg"/>
            -- static/robots.txt --
            User-agent: *
            """;

    @TempDir
    Path root;

    @Test
    void writesArticlesPagesAndStaticFilesWhereTheFormatSays() {
        Path site = SiteFiles.write(root.resolve("site"), SITE);
        Path out = root.resolve("out");
        BuildReport report = Broadsheet.build(site, out, BuildOptions.defaults());
        Map<String, String> files = Trees.snapshot(out);
        for (String path : new String[]{"economy/investment/index.html", "en/economy/investment/index.html",
                "about/index.html", "images/logo.svg", "robots.txt"}) {
            assertTrue(files.containsKey(path), path + " in " + files.keySet());
        }
        assertEquals("zh", report.languages().get(0).language());
        assertTrue(report.pages() >= 3, report.toString());
        assertEquals(java.util.List.of("load", "markdown", "render", "search", "write"), java.util.List.copyOf(report.stages().keySet()));
        assertTrue(report.otherFiles() >= 2, "the two static files count: " + report);
    }

    @Test
    void rewritesRelativeMarkdownLinksToThePagesUrl() {
        Path site = SiteFiles.write(root.resolve("site"), SITE);
        Path out = root.resolve("out");
        Broadsheet.build(site, out, BuildOptions.defaults().withBaseUrl("https://example.github.io/news/"));
        String about = SiteFiles.read(out.resolve("about/index.html"));
        assertTrue(about.contains("href=\"/news/economy/investment/#main\""), about);
    }

    @Test
    void buildsASiteWhosePathHasSpacesAndChineseCharacters() {
        Path site = SiteFiles.write(root.resolve("我的 网站/河西 新闻"), SITE);
        Path out = site.resolve("target/site");
        Broadsheet.build(site, out, BuildOptions.defaults());
        assertTrue(Files.isRegularFile(out.resolve("economy/investment/index.html")));
        assertTrue(Files.isRegularFile(out.resolve("en/economy/investment/index.html")));
    }

    @Test
    void replacesThePreviousOutputWhole() {
        Path site = SiteFiles.write(root.resolve("site"), SITE);
        Path out = root.resolve("out");
        SiteFiles.writeFile(out, "stale/index.html", "from an older build");
        Broadsheet.build(site, out, BuildOptions.defaults());
        assertFalse(Files.exists(out.resolve("stale/index.html")));
        assertEquals(java.util.List.of("out", "site"), Trees.namesWithoutCaches(root));
    }

    @Test
    void givesTheSameBytesForTheSameInput() {
        Path site = SiteFiles.write(root.resolve("site"), SITE);
        Broadsheet.build(site, root.resolve("a"), BuildOptions.defaults());
        Broadsheet.build(site, root.resolve("b"), BuildOptions.defaults());
        Map<String, String> a = Trees.snapshot(root.resolve("a"));
        assertTrue(a.size() > 5, a.toString());
        assertEquals(a, Trees.snapshot(root.resolve("b")));
    }
}
