package dev.broadsheet.cli;

import dev.broadsheet.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {

    @TempDir
    Path root;

    private String run(int expectedStatus, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int status = Main.run(List.of(args), new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(expectedStatus, status, out);
        return out;
    }

    @Test
    void buildsAndPrintsOneLinePerLanguageThenUpToDate() {
        Path site = SiteFiles.write(root.resolve("site"), SiteFiles.SITE_YAML + """
                -- content/zh/economy/a.md --
                ---
                title: 甲
                date: 2025-11-20
                ---
                """);
        String out = run(0, "build", "--site", site.toString(), "--out", root.resolve("out").toString());
        assertTrue(out.lines().anyMatch(l -> l.matches("LANGUAGE zh \\d+ pages \\d+ files \\d+ ms")), out);
        // a build from nothing writes every file of the output
        String built = out.lines().filter(l -> l.startsWith("BUILT ")).findFirst().orElseThrow();
        java.util.regex.Matcher counts = java.util.regex.Pattern
                .compile("BUILT \\d+ pages \\d+ files \\d+ ms (\\d+) written (\\d+) total").matcher(built);
        assertTrue(counts.matches(), built);
        assertEquals(counts.group(2), counts.group(1), built);
        assertTrue(Files.exists(root.resolve("out/economy/a/index.html")));
        String again = run(0, "build", "--site", site.toString(), "--out", root.resolve("out").toString());
        assertTrue(again.startsWith("UPTODATE "), again);
    }

    @Test
    void printsEachErrorAndExitsWithOne() {
        Path site = SiteFiles.write(root.resolve("site"), SiteFiles.SITE_YAML + """
                -- content/zh/economy/a.md --
                ---
                date: 2025-11-20
                ---
                """);
        String out = run(1, "build", "--site", site.toString(), "--out", root.resolve("out").toString());
        assertEquals("ERROR content/zh/economy/a.md:2:1: title: required\n", out);
    }

    @Test
    void explainsItsUsageOnAWrongCommandLine() {
        assertTrue(run(2, "build", "--site").startsWith("USAGE build --site DIR --out DIR"));
        assertTrue(run(2).startsWith("USAGE"));
        assertTrue(run(2, "serve", "--port", "80").startsWith("USAGE serve --site DIR"));
    }
}
