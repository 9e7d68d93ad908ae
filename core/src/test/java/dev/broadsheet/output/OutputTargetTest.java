package dev.broadsheet.output;

import dev.broadsheet.diagnostics.BuildException;
import dev.broadsheet.testing.SiteFiles;
import dev.broadsheet.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutputTargetTest {

    @TempDir
    Path root;

    private String refusal(Path site, Path out) {
        return assertThrows(BuildException.class, () -> OutputTarget.of(site, out)).getMessage();
    }

    @Test
    void refusesTheRootTheSiteFolderAndAnyFolderContainingIt() {
        Path site = root.resolve("site");
        assertTrue(refusal(site, Path.of("/")).contains("is the root of the file system"));
        assertTrue(refusal(site, site).contains("is the site folder itself"));
        assertTrue(refusal(site, root).contains("contains the site folder"));
        assertTrue(refusal(site, site.resolve("content/out")).contains("inside the site's sources"));
    }

    @Test
    void refusesAFolderThatHoldsAProject() {
        SiteFiles.writeFile(root, "project/pom.xml", "<project/>");
        assertTrue(refusal(root.resolve("site"), root.resolve("project")).contains("holds a project"));
    }

    @Test
    void acceptsAFolderInsideTheSiteFolderSuchAsTarget() {
        Path site = root.resolve("site");
        assertEquals(site.resolve("target/site").toAbsolutePath(), OutputTarget.of(site, site.resolve("target/site")).folder());
    }

    private static final byte[] NEW = "new".getBytes(StandardCharsets.UTF_8);

    @Test
    void swapsTheStagingFolderInOnlyOnCommit() throws Exception {
        Path out = root.resolve("out");
        SiteFiles.writeFile(out, "old.html", "old");
        OutputTarget target = OutputTarget.of(root.resolve("site"), out);
        BuildCache none = BuildCache.empty(out);
        try (Staging staging = target.stage(none, BuildCache.fresh(out, "in"))) {
            assertFalse(staging.updatesInPlace());
            staging.write("a/index.html", NEW, "d", "zh");
        }
        assertEquals(List.of("old.html"), Trees.names(out), "an uncommitted staging folder changes nothing");
        assertEquals(List.of("out"), Trees.namesWithoutCaches(root));
        try (Staging staging = target.stage(none, BuildCache.fresh(out, "in"))) {
            staging.write("a/index.html", NEW, "d", "zh");
            staging.commit();
        }
        assertEquals(List.of("a"), Trees.names(out));
        assertEquals("new", Files.readString(out.resolve("a/index.html")));
        assertEquals(List.of("out"), Trees.namesWithoutCaches(root), "the old output is deleted after the swap");
    }

    @Test
    void updatesAPreviousOutputInPlaceOnlyOnCommit() throws Exception {
        Path out = root.resolve("out");
        OutputTarget target = OutputTarget.of(root.resolve("site"), out);
        BuildCache first = BuildCache.fresh(out, "in");
        try (Staging staging = target.stage(BuildCache.empty(out), first)) {
            for (String page : List.of("a/index.html", "b/index.html", "gone/deep/index.html", "gone/index.html")) {
                staging.write(page, page.getBytes(StandardCharsets.UTF_8), "d " + page, "zh");
            }
            staging.commit();
        }
        SiteFiles.writeFile(out, "stray.txt", "put here by hand");
        Map<String, String> before = Trees.snapshot(out);
        Object keptInode = Files.getAttribute(out.resolve("b/index.html"), "unix:ino");

        BuildCache previous = BuildCache.read(out);
        for (boolean commit : List.of(false, true)) {
            try (Staging staging = target.stage(previous, BuildCache.fresh(out, "in 2"))) {
                assertTrue(staging.updatesInPlace());
                staging.write("a/index.html", NEW, "d2", "zh");
                staging.keep("b/index.html");
                staging.write("c/index.html", NEW, "d3", "en");
                assertEquals(before, Trees.snapshot(out), "nothing changes before the commit");
                if (commit) staging.commit();
            }
        }
        assertEquals(List.of("a", "b", "c", "stray.txt"), Trees.names(out), "gone/ and everything in it is deleted");
        assertEquals("new", Files.readString(out.resolve("a/index.html")));
        assertEquals("b/index.html", Files.readString(out.resolve("b/index.html")));
        assertEquals(keptInode, Files.getAttribute(out.resolve("b/index.html"), "unix:ino"), "kept, not rewritten");
        assertEquals(List.of("out"), Trees.namesWithoutCaches(root), "no staging folder is left");
        BuildCache.Snapshot cache = BuildCache.snapshot(out).orElseThrow();
        assertEquals("in 2", cache.inputs());
        assertTrue(cache.outputIntact());
        assertEquals(List.of("a/index.html", "b/index.html", "c/index.html"),
                BuildCache.read(out).entries().stream().map(BuildCache.Entry::path).toList());
    }

    @Test
    void neverWritesOutsideTheStagingFolder() {
        Path out = root.resolve("out");
        OutputTarget target = OutputTarget.of(root.resolve("site"), out);
        try (Staging staging = target.stage(BuildCache.empty(out), BuildCache.fresh(out, "in"))) {
            assertThrows(IllegalArgumentException.class, () -> staging.write("../escape.html", NEW, "d", null));
            assertThrows(IllegalArgumentException.class, () -> staging.write("/etc/escape.html", NEW, "d", null));
        }
        assertFalse(Files.exists(root.resolve("escape.html")));
    }
}
