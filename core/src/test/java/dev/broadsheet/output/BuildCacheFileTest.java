package dev.broadsheet.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
        assertTrue(read.upToDate("inputs 1"));
        assertTrue(read.has("a\tb.html", "d2"));
    }

    @Test
    void aDamagedCacheFileIsNoCache() throws IOException {
        Path output = dir.resolve("site");
        Files.createDirectories(output);
        Path file = BuildCache.fileFor(output);
        for (String damaged : List.of("", "broadsheet-cache 1", "broadsheet-cache 1\ninputs\nd\tzh\t12",
                "broadsheet-cache 1\ninputs\nd\tzh\tx\t1\tp.html", "other 1\ninputs\n")) {
            Files.writeString(file, damaged);
            assertTrue(BuildCache.read(output).isEmpty(), damaged);
        }
    }
}
