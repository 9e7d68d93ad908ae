package dev.broadsheet.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildCacheFileTest {

    @TempDir
    Path dir;

    @Test
    void readsBackWhatItWrote() throws IOException {
        Path output = dir.resolve("site");
        Files.createDirectories(output.resolve("tags/红色物业"));
        Path page = Files.writeString(output.resolve("tags/红色物业/index.html"), "<p>页</p>");
        Path odd = Files.writeString(output.resolve("a\tb.html"), "x");
        BuildCache cache = BuildCache.fresh(output, "inputs 1");
        cache.record("tags/红色物业/index.html", "d1", "zh", page);
        cache.record("a\tb.html", "d2", null, odd);
        cache.write();

        BuildCache read = BuildCache.read(output);
        assertEquals(List.copyOf(cache.entries()), List.copyOf(read.entries()));
        assertTrue(read.has("a\tb.html", "d2"));
        BuildCache.Snapshot snapshot = BuildCache.snapshot(output).orElseThrow();
        assertEquals("inputs 1", snapshot.inputs());
        assertTrue(snapshot.outputIntact());
        assertEquals(new BuildCache.Summary(List.of(new BuildCache.Summary.Language("zh", 1, 1)), 1),
                snapshot.summary());
    }

    @Test
    void theOutputCheckSeesEveryFileOfALargeCache() throws IOException {
        // more lines than one run of the parallel check holds, so that a file in the last run counts too
        Path output = dir.resolve("site");
        Files.createDirectories(output);
        BuildCache cache = BuildCache.fresh(output, "inputs");
        List<Path> files = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String name = "page-" + i + "-" + "长".repeat(i % 7) + ".html";
            Path file = Files.writeString(output.resolve(name), "<p>" + i);
            files.add(file);
            cache.record(name, "d" + i, i % 2 == 0 ? "zh" : "en", file);
        }
        cache.write();
        assertTrue(BuildCache.snapshot(output).orElseThrow().outputIntact());
        assertEquals(new BuildCache.Summary(List.of(new BuildCache.Summary.Language("zh", 1500, 1500),
                new BuildCache.Summary.Language("en", 1500, 1500)), 0), BuildCache.snapshot(output).orElseThrow()
                .summary());

        Files.delete(files.get(2999));
        assertFalse(BuildCache.snapshot(output).orElseThrow().outputIntact(), "the last file is gone");
        Files.writeString(files.get(2999), "<p>2999");
        Files.setLastModifiedTime(files.get(2999), FileTime.fromMillis(0));
        assertFalse(BuildCache.snapshot(output).orElseThrow().outputIntact(), "the last file has another time");
    }

    @Test
    void aDamagedCacheFileIsNoCache() throws IOException {
        Path output = dir.resolve("site");
        Files.createDirectories(output);
        Path file = BuildCache.fileFor(output);
        for (String damaged : List.of("", "broadsheet-cache 2", "broadsheet-cache 2\ninputs\n0\t1\nd\t-\t12",
                "broadsheet-cache 2\ninputs\n0\t1\nd\t-\tx\t1\tp.html", "broadsheet-cache 2\ninputs\n1\t0\n",
                "broadsheet-cache 1\ninputs\nd\tzh\t1\t1\tp.html", "other 1\ninputs\n")) {
            Files.writeString(file, damaged);
            assertTrue(BuildCache.read(output).isEmpty(), damaged);
            assertFalse(BuildCache.snapshot(output).map(BuildCache.Snapshot::outputIntact).orElse(false), damaged);
        }
    }
}
