package dev.broadsheet;

import dev.broadsheet.testing.SiteFiles;
import dev.broadsheet.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build stopped half-way (Ctrl-C, a kill) leaves the previous output as it was and no staging folder beside
 * it. Runs the command line in a JVM of its own and stops it once its staging folder appears.
 */
class InterruptedBuildTest {

    @TempDir
    Path root;

    @Test
    void aStoppedBuildLeavesThePreviousOutputAndNoStagingFolder() throws Exception {
        runAndStop(List.of(), build -> build.destroy()); // SIGTERM, as Ctrl-C or a CI timeout sends it
    }

    @Test
    void aBuildWhoseParentIsGoneEndsWithItsInput() throws Exception {
        // Maven killed outright (a cancelled CI job sends SIGKILL) closes the pipe to the build's standard input
        runAndStop(List.of("--end-with-input"), build -> {
            try {
                build.getOutputStream().close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Builds a site, adds enough articles that a second build lasts well beyond the moment it is stopped, runs
     * that build in a JVM of its own with {@code options}, and stops it with {@code stop} once its staging
     * folder appears: it must end, leaving the previous output and no staging folder.
     */
    private void runAndStop(List<String> options, Consumer<Process> stop) throws Exception {
        Path site = SiteFiles.write(root.resolve("site"), SiteFiles.SITE_YAML);
        Path out = root.resolve("out");
        Broadsheet.build(site, out, BuildOptions.defaults());
        Map<String, String> before = Trees.snapshot(out);
        for (int i = 0; i < 3000; i++) {
            SiteFiles.writeFile(site, "content/zh/economy/a" + i + ".md", "---\ntitle: 文章" + i
                    + "\ndate: 2025-01-01\ntags: [标签" + (i % 50) + "]\n---\n" + "河西区的新闻。".repeat(40) + "\n");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "dev.broadsheet.cli.Main", "build",
                "--site", site.toString(), "--out", out.toString()));
        command.addAll(options);
        Process build = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(root.resolve("build.log").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (staging().isEmpty() && build.isAlive() && System.nanoTime() < deadline) Thread.sleep(5);
            assertTrue(build.isAlive(), "the build was still running when its staging folder appeared: "
                    + Files.readString(root.resolve("build.log")));
            stop.accept(build);
            assertTrue(build.waitFor(30, TimeUnit.SECONDS), "the build ended");
        } finally {
            build.destroyForcibly();
        }
        assertEquals(List.of(), staging(), "no staging folder is left beside the output");
        assertEquals(before, Trees.snapshot(out), "the previous output is as it was");
    }

    private List<String> staging() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".out.broadsheet-")
                    && !n.endsWith("-cache") && !n.endsWith("-bodies")).toList();
        }
    }
}
