package dev.broadsheet;

import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.output.BuildCache;
import dev.broadsheet.testing.SiteFiles;
import dev.broadsheet.testing.Trees;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The build cache beside the output: a rebuild with nothing changed writes nothing, a rebuild after an edit
 * writes only what the edit touched, and whatever was reused, the output is byte for byte what a clean build
 * makes.
 */
class BuildCacheTest {

    @TempDir
    Path root;
    Path site;
    Path out;

    private static String article(String title, String date, String tags) {
        return "---\ntitle: " + title + "\ndate: " + date + "\ntags: [" + tags + "]\n---\n" + title + "的正文。\n";
    }

    @BeforeEach
    void writeSite() {
        site = SiteFiles.write(root.resolve("site"), SiteFiles.SITE_YAML + """
                -- static/robots.txt --
                User-agent: *
                -- content/zh/about.md --
                ---
                title: 关于
                ---
                """);
        for (int i = 1; i <= 12; i++) {
            String date = String.format("2025-01-%02d", i);
            SiteFiles.writeFile(site, "content/zh/economy/a" + i + ".md", article("文章" + i, date, i % 2 == 0 ? "红色物业" : "招商引资"));
            SiteFiles.writeFile(site, "content/en/economy/a" + i + ".md", article("Story " + i, date, "Red Property"));
        }
        out = root.resolve("out");
    }

    private BuildReport build() {
        return Broadsheet.build(site, out, BuildOptions.defaults());
    }

    /** Inode of every output file, to see which were written anew and which were kept. */
    private Map<String, Object> inodes() {
        Map<String, Object> inodes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(out)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                inodes.put(out.relativize(file).toString(), Files.getAttribute(file, "unix:ino"));
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return inodes;
    }

    private int cleanBuilds;

    private void assertSameAsACleanBuild() {
        // a new folder every time: a build into the same one would reuse its own caches
        Path clean = root.resolve("clean-" + ++cleanBuilds);
        Broadsheet.build(site, clean, BuildOptions.defaults());
        assertEquals(Trees.snapshot(clean), Trees.snapshot(out));
    }

    @Test
    void writesNothingWhenNothingChanged() {
        BuildReport first = build();
        assertFalse(first.upToDate());
        Map<String, Object> before = inodes();
        Map<String, String> bytes = Trees.snapshot(out);
        BuildReport again = build();
        assertTrue(again.upToDate());
        assertEquals(before, inodes());
        assertEquals(bytes, Trees.snapshot(out));
        assertEquals(first.pages(), again.pages(), "the report still counts the pages: " + again);
        assertEquals(first.otherFiles(), again.otherFiles());
    }

    @Test
    void rewritesOnlyThePagesAnEditTouches() {
        BuildReport clean = build();
        assertEquals(clean.files(), clean.written(), "a build from nothing writes every file");
        Map<String, Object> before = inodes();
        SiteFiles.writeFile(site, "content/zh/economy/a5.md", article("文章五（更新）", "2025-01-05", "招商引资"));
        BuildReport rebuild = build();
        assertFalse(rebuild.upToDate());
        Map<String, Object> after = inodes();
        long replaced = after.entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey()))).count();
        assertEquals(replaced, rebuild.written(), "the report counts the files written: " + rebuild);
        assertTrue(rebuild.written() > 0 && rebuild.written() < rebuild.files() / 2, rebuild.toString());
        assertNotEquals(before.get("economy/a5/index.html"), after.get("economy/a5/index.html"));
        assertEquals(before.get("economy/a9/index.html"), after.get("economy/a9/index.html"), "untouched article kept");
        assertEquals(before.get("en/economy/a5/index.html"), after.get("en/economy/a5/index.html"),
                "the translation does not show the title, so it is kept");
        assertEquals(before.get("robots.txt"), after.get("robots.txt"), "unchanged static file kept");
        assertTrue(SiteFiles.read(out.resolve("economy/a5/index.html")).contains("文章五（更新）"));
        assertSameAsACleanBuild();
        // a later rebuild has the page digests the first one kept, and skips the pages whose data is the same
        SiteFiles.writeFile(site, "content/zh/economy/a5.md", article("文章五（再更新）", "2025-01-05", "招商引资"));
        assertFalse(build().upToDate());
        Map<String, Object> later = inodes();
        assertNotEquals(after.get("economy/a5/index.html"), later.get("economy/a5/index.html"));
        assertEquals(after.get("economy/a9/index.html"), later.get("economy/a9/index.html"));
        assertSameAsACleanBuild();
    }

    @Test
    void staysCorrectThroughEveryKindOfChange() {
        build();
        Map<String, Consumer<Path>> changes = new java.util.LinkedHashMap<>();
        changes.put("an article's tags", s -> SiteFiles.writeFile(s, "content/zh/economy/a3.md",
                article("文章3", "2025-01-03", "红色物业")));
        changes.put("a new article", s -> SiteFiles.writeFile(s, "content/zh/economy/a13.md",
                article("文章13", "2025-01-13", "招商引资")));
        changes.put("a deleted article", s -> delete(s.resolve("content/zh/economy/a1.md")));
        changes.put("a link to another article", s -> SiteFiles.writeFile(s, "content/zh/economy/a4.md",
                article("文章4", "2025-01-04", "红色物业").replace("的正文。", "的正文，另见[文章6](a6.md)。")));
        changes.put("the URL of the linked article", s -> SiteFiles.writeFile(s, "content/zh/economy/a6.md",
                article("文章6", "2025-01-06", "红色物业").replace("date:", "slug: six-renamed\ndate:")));
        changes.put("a template", s -> SiteFiles.writeFile(s, "templates/article.ftlh",
                "<#import \"layout.ftlh\" as layout><@layout.frame><h1>${article.title}</h1></@layout.frame>"));
        changes.put("a UI string", s -> SiteFiles.writeFile(s, "i18n/zh.yaml", "home: 首页（改）\n"));
        changes.put("the configuration", s -> SiteFiles.writeFile(s, "site.yaml",
                SiteFiles.read(s.resolve("site.yaml")).replace("河西新闻", "河西新闻网")));
        changes.put("a static file", s -> SiteFiles.writeFile(s, "static/robots.txt", "User-agent: *\nDisallow: /x/\n"));
        for (var change : changes.entrySet()) {
            change.getValue().accept(site);
            assertFalse(build().upToDate(), change.getKey());
            assertSameAsACleanBuild();
            if (change.getKey().equals("the URL of the linked article")) {
                assertTrue(SiteFiles.read(out.resolve("economy/a4/index.html")).contains("/economy/six-renamed/\""),
                        "the body that links to the moved article is made again with its new URL");
            }
        }
    }

    @Test
    void renderedBodiesAreKeptByRebuildsOnly() {
        Path bodies = root.resolve(".out.broadsheet-bodies");
        build();
        assertFalse(Files.exists(bodies), "a build from nothing does not pay for a next build");
        SiteFiles.writeFile(site, "content/zh/economy/a5.md", article("文章五（更新）", "2025-01-05", "招商引资"));
        build();
        assertTrue(Files.exists(bodies), "a rebuild keeps its bodies for the next one");
        SiteFiles.writeFile(site, "content/zh/economy/a5.md", article("文章五（再更新）", "2025-01-05", "招商引资"));
        build();
        assertTrue(SiteFiles.read(out.resolve("economy/a5/index.html")).contains("文章五（再更新）的正文。"));
        assertSameAsACleanBuild();
    }

    /** The digests the cache holds for the output's HTML pages. */
    private java.util.Set<String> pageDigests() {
        return BuildCache.read(out).entries().stream().filter(e -> e.path().endsWith(".html"))
                .map(BuildCache.Entry::digest).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void pageDigestsAreKeptByRebuildsOnly() {
        build();
        assertEquals(java.util.Set.of("-"), pageDigests(), "a build from nothing computes no page digests");
        Map<String, Object> before = inodes();
        SiteFiles.writeFile(site, "content/en/economy/a7.md", article("Story 7 (updated)", "2025-01-07",
                "Red Property"));
        build();
        assertFalse(pageDigests().contains("-"), "a rebuild computes them, for the next one: " + pageDigests());
        // it rendered every page, having no digests to compare with, but wrote only the pages that changed
        Map<String, Object> after = inodes();
        assertNotEquals(before.get("en/economy/a7/index.html"), after.get("en/economy/a7/index.html"));
        assertEquals(before.get("en/economy/a2/index.html"), after.get("en/economy/a2/index.html"));
        assertEquals(before.get("economy/a7/index.html"), after.get("economy/a7/index.html"));
        assertSameAsACleanBuild();
        // the files it left alone were recorded as they are: a build with nothing changed finds all up to date
        BuildReport again = build();
        assertTrue(again.upToDate(), again.toString());
        assertEquals(after, inodes());
    }

    @Test
    void aStaticFileAtAPagesPathWinsInEveryBuild() {
        SiteFiles.writeFile(site, "static/about/index.html", "<p>static about</p>");
        build();
        assertEquals("<p>static about</p>", SiteFiles.read(out.resolve("about/index.html")));
        SiteFiles.writeFile(site, "content/zh/about.md", "---\ntitle: 关于（改）\n---\n");
        assertFalse(build().upToDate());
        assertEquals("<p>static about</p>", SiteFiles.read(out.resolve("about/index.html")));
        assertSameAsACleanBuild();
        SiteFiles.writeFile(site, "content/zh/economy/a2.md", article("文章二（改）", "2025-01-02", "红色物业"));
        assertFalse(build().upToDate());
        assertEquals("<p>static about</p>", SiteFiles.read(out.resolve("about/index.html")));
        assertSameAsACleanBuild();
    }

    @Test
    void neverWritesOrDeletesThroughALinkedFolderInTheOutput() throws IOException {
        build();
        Path outside = root.resolve("outside");
        Files.move(out.resolve("economy"), outside);
        Files.createSymbolicLink(out.resolve("economy"), outside);
        Map<String, String> outsideBefore = Trees.snapshot(outside);
        Map<String, String> outputBefore = Trees.snapshot(out);
        SiteFiles.writeFile(site, "content/zh/economy/a5.md", article("文章五（更新）", "2025-01-05", "招商引资"));
        delete(site.resolve("content/zh/economy/a7.md"));

        BuildException refused = assertThrows(BuildException.class, this::build);
        assertTrue(refused.getMessage().contains("economy") && refused.getMessage().contains("symbolic link"),
                refused.getMessage());
        assertEquals(outsideBefore, Trees.snapshot(outside), "nothing written or deleted through the link");
        assertEquals(outputBefore, Trees.snapshot(out));
        assertTrue(Files.exists(root.resolve(".out.broadsheet-cache")), "the cache is kept");

        // the way out the message names: without the cache the build makes a whole new output
        Files.delete(root.resolve(".out.broadsheet-cache"));
        assertFalse(build().upToDate());
        assertFalse(Files.isSymbolicLink(out.resolve("economy")));
        assertEquals(outsideBefore, Trees.snapshot(outside), "dropping the link left its target alone");
        assertSameAsACleanBuild();
    }

    @Test
    void makesAgainAnOutputFileEditedByHand() throws IOException {
        build();
        Path page = out.resolve("economy/a2/index.html");
        String original = SiteFiles.read(page);
        Files.writeString(page, "edited by hand");
        assertFalse(build().upToDate());
        assertEquals(original, SiteFiles.read(page));
    }

    @Test
    void rebuildsEverythingWhenTheCacheIsDeleted() throws IOException {
        build();
        Map<String, String> bytes = Trees.snapshot(out);
        Map<String, Object> before = inodes();
        Files.delete(root.resolve(".out.broadsheet-cache"));
        assertFalse(build().upToDate());
        assertEquals(bytes, Trees.snapshot(out));
        Map<String, Object> after = inodes();
        assertTrue(before.keySet().stream().noneMatch(p -> before.get(p).equals(after.get(p))), "all written anew");
    }

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
