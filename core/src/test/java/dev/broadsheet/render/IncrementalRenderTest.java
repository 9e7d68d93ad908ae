package dev.broadsheet.render;

import dev.broadsheet.BuildOptions;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A render that knows the previous one renders again exactly the pages whose inputs changed. */
class IncrementalRenderTest {

    @TempDir
    Path site;

    private static String article(String title, String date, String tags) {
        return "---\ntitle: " + title + "\ndate: " + date + "\ntags: [" + tags + "]\n---\n" + title + "的正文。\n";
    }

    private void writeSite() {
        SiteFiles.write(site, SiteFiles.SITE_YAML);
        SiteFiles.writeFile(site, "content/zh/economy/a.md", article("甲", "2025-01-01", "红色物业"));
        SiteFiles.writeFile(site, "content/zh/economy/b.md", article("乙", "2025-01-02", "招商引资"));
        SiteFiles.writeFile(site, "content/zh/economy/c.md", article("丙", "2025-01-03", "招商引资"));
        SiteFiles.writeFile(site, "content/zh/law/d.md", article("丁", "2025-01-04", "法治"));
        SiteFiles.writeFile(site, "content/en/economy/b.md", article("B", "2025-01-02", "Investment"));
    }

    /** Renders the site; returns the digests of the files made, and collects the paths actually rendered. */
    private Map<String, String> render(Map<String, String> previous, Set<String> rendered) {
        Diagnostics diagnostics = new Diagnostics();
        var model = Broadsheet.load(site, BuildOptions.defaults());
        Map<String, String> digests = new ConcurrentHashMap<>();
        // the sink is called from the render threads: collect into a concurrent set, not the caller's TreeSet
        Set<String> made = ConcurrentHashMap.newKeySet();
        new SiteRenderer(site, model, diagnostics).render(file -> {
            if (file.digest() != null) digests.put(file.path(), file.digest());
            if (!file.reused()) made.add(file.path());
        }, (path, digest) -> digest.equals(previous.get(path)));
        rendered.addAll(made);
        assertEquals(java.util.List.of(), diagnostics.all());
        return digests;
    }

    @Test
    void givesEveryPageADigestAndReusesAllOfThemWhenNothingChanged() {
        writeSite();
        Set<String> first = new TreeSet<>();
        Map<String, String> digests = render(Map.of(), first);
        assertTrue(first.stream().filter(p -> p.endsWith(".html")).allMatch(digests::containsKey),
                "every HTML page has a digest: " + first + " vs " + digests.keySet());
        Set<String> second = new TreeSet<>();
        assertEquals(digests, render(digests, second));
        assertEquals(Set.of("feed.xml", "en/feed.xml", "sitemap.xml", "news-sitemap.xml", "robots.txt",
                        "assets/broadsheet.css", "assets/broadsheet.js", "assets/search.js",
                        "assets/icon.svg", "assets/apple-touch-icon.png"),
                Set.copyOf(second.stream().filter(p -> !p.endsWith(".html")).toList()));
        assertTrue(second.stream().noneMatch(p -> p.endsWith(".html")), second.toString());
    }

    @Test
    void rendersAgainTheEditedArticleAndThePagesThatShowIt() {
        writeSite();
        Map<String, String> digests = render(Map.of(), new TreeSet<>());
        SiteFiles.writeFile(site, "content/zh/economy/b.md", article("乙（更新）", "2025-01-02", "招商引资"));
        Set<String> rendered = new TreeSet<>();
        render(digests, rendered);
        rendered.removeIf(p -> !p.endsWith(".html"));
        assertEquals(new TreeSet<>(Set.of(
                "economy/b/index.html",          // the article itself
                "economy/a/index.html",          // its neighbours show its title
                "economy/c/index.html",
                "economy/index.html",            // the section list
                "tags/招商引资/index.html",       // its tag
                "index.html",                    // the home lists it
                "404.html")),                    // so does the 404 page, among the newest
                rendered);
    }

    @Test
    void rendersEverythingAgainWhenATemplateChanges() {
        writeSite();
        Map<String, String> digests = render(Map.of(), new TreeSet<>());
        SiteFiles.writeFile(site, "templates/_extra.ftlh", "<#-- included by nobody, still part of the theme -->");
        Set<String> rendered = new TreeSet<>();
        render(digests, rendered);
        assertTrue(rendered.containsAll(digests.keySet()), rendered.toString());
    }
}
