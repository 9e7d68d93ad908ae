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

    @Test
    void swapsTheStagingFolderInOnlyOnCommit() throws Exception {
        Path out = root.resolve("out");
        SiteFiles.writeFile(out, "old.html", "old");
        OutputTarget target = OutputTarget.of(root.resolve("site"), out);
        try (Staging staging = target.stage()) {
            staging.write("a/index.html", "new".getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(List.of("old.html"), Trees.names(out), "an uncommitted staging folder changes nothing");
        assertEquals(List.of("out"), Trees.namesWithoutCaches(root));
        try (Staging staging = target.stage()) {
            staging.write("a/index.html", "new".getBytes(StandardCharsets.UTF_8));
            staging.commit();
        }
        assertEquals(List.of("a"), Trees.names(out));
        assertEquals("new", Files.readString(out.resolve("a/index.html")));
        assertEquals(List.of("out"), Trees.namesWithoutCaches(root), "the old output is deleted after the swap");
    }

    @Test
    void neverWritesThroughALinkIntoThePreviousOutput() throws Exception {
        Path out = root.resolve("out");
        SiteFiles.writeFile(out, "a/index.html", "previous");
        OutputTarget target = OutputTarget.of(root.resolve("site"), out);
        try (Staging staging = target.stage()) {
            staging.link("a/index.html", out.resolve("a/index.html"));
            staging.write("a/index.html", "new".getBytes(StandardCharsets.UTF_8));
            assertEquals("previous", Files.readString(out.resolve("a/index.html")), "the old output is intact");
            assertEquals("new", Files.readString(staging.file("a/index.html")));
        }
    }

    @Test
    void neverWritesOutsideTheStagingFolder() {
        OutputTarget target = OutputTarget.of(root.resolve("site"), root.resolve("out"));
        try (Staging staging = target.stage()) {
            assertThrows(IllegalArgumentException.class, () -> staging.write("../escape.html", new byte[0]));
            assertThrows(IllegalArgumentException.class, () -> staging.write("/etc/escape.html", new byte[0]));
        }
        assertFalse(Files.exists(root.resolve("escape.html")));
    }
}
