package dev.broadsheet.io;

import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class InputFilesTest {

    @TempDir
    Path root;

    private Path site() throws IOException {
        Path site = Files.createDirectories(root.resolve("site"));
        Files.writeString(site.resolve("site.yaml"), "baseUrl: https://a.org/\n");
        Files.createDirectories(site.resolve("content/zh/economy"));
        Files.writeString(site.resolve("content/zh/economy/a.md"), "---\ntitle: a\n---\n");
        Files.createDirectories(site.resolve("static/images"));
        Files.writeString(site.resolve("static/images/a.svg"), "<svg/>");
        return site;
    }

    private static Map<String, Long> files(InputFiles inputs, Diagnostics problems) {
        Map<String, Long> files = new TreeMap<>();
        for (Path start : inputs.roots()) inputs.walk(start, (path, a) -> files.put(path, a.size()), problems);
        return files;
    }

    private static List<String> messages(Diagnostics problems) {
        return problems.all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void findsTheConfigurationAndTheFilesOfTheInputFoldersOnly() throws IOException {
        Path site = site();
        Files.writeString(site.resolve("README.md"), "not an input");
        Files.createDirectories(site.resolve("target/site"));
        Files.writeString(site.resolve("target/site/index.html"), "output");
        Diagnostics problems = new Diagnostics();
        assertEquals(Map.of("site.yaml", 24L, "content/zh/economy/a.md", 17L, "static/images/a.svg", 6L),
                files(InputFiles.of(site), problems));
        assertEquals(List.of(), messages(problems));
    }

    @Test
    void followsLinksThatStayInsideAsIfTheirTargetsWereThere() throws IOException {
        Path site = site();
        Files.createSymbolicLink(site.resolve("static/logo.svg"), Path.of("images/a.svg"));
        Files.createSymbolicLink(site.resolve("static/pictures"), Path.of("images"));
        Files.createSymbolicLink(site.resolve("static/shared"), site.resolve("content/zh"));
        Diagnostics problems = new Diagnostics();
        Map<String, Long> files = files(InputFiles.of(site), problems);
        assertEquals(List.of(), messages(problems));
        assertEquals(6L, files.get("static/logo.svg"));
        assertEquals(6L, files.get("static/pictures/a.svg"));
        assertEquals(17L, files.get("static/shared/economy/a.md"));
    }

    @Test
    void refusesLinksOutOfTheSiteFromEveryInputFolderAndTheConfiguration() throws IOException {
        Path site = site();
        Path outside = Files.writeString(root.resolve("secret.txt"), "CI_TOKEN=abc");
        Files.createSymbolicLink(site.resolve("static/env.txt"), Path.of("/proc/self/environ"));
        Files.createSymbolicLink(site.resolve("static/etc"), Path.of("/etc"));
        Files.createSymbolicLink(site.resolve("static/images/up.txt"), Path.of("../../../secret.txt"));
        Files.createSymbolicLink(site.resolve("content/zh/economy/b.md"), outside);
        Files.createSymbolicLink(site.resolve("templates"), root);
        Files.createDirectories(site.resolve("i18n"));
        Files.createSymbolicLink(site.resolve("i18n/zh.yaml"), outside);
        Files.delete(site.resolve("site.yaml"));
        Files.createSymbolicLink(site.resolve("site.yaml"), outside);
        Diagnostics problems = new Diagnostics();
        Map<String, Long> files = files(InputFiles.of(site), problems);
        List<String> messages = messages(problems);
        for (String link : List.of("content/zh/economy/b.md", "i18n/zh.yaml", "site.yaml", "static/env.txt",
                "static/etc", "static/images/up.txt", "templates")) {
            assertTrue(messages.stream().anyMatch(m -> m.startsWith(link + ": is a symbolic link to ")
                    && m.contains("outside the site folder")), link + " in " + messages);
        }
        assertEquals(7, messages.size(), messages.toString());
        assertTrue(messages.contains("static/env.txt: is a symbolic link to /proc/self/environ, outside the site "
                + "folder: a build reads nothing outside it (copy the file into the site instead)"), messages.toString());
        assertEquals(List.of("content/zh/economy/a.md", "static/images/a.svg"), List.copyOf(files.keySet()));
    }

    @Test
    void refusesALinkToAFolderAroundIt() throws IOException {
        Path site = site();
        Files.createSymbolicLink(site.resolve("static/images/again"), Path.of(".."));
        Diagnostics problems = new Diagnostics();
        assertTrue(!InputFiles.of(site).check(problems));
        assertEquals(List.of("static/images/again: is a symbolic link to static, a folder around it, so it would "
                + "never end; remove it"), messages(problems));
    }

    @Test
    void refusesWhatIsNeitherAFileNorAFolder() throws Exception {
        Path site = site();
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", site.resolve("static/pipe").toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "no mkfifo here");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Files.createSymbolicLink(site.resolve("content/zh/economy/pipe.md"), site.resolve("static/pipe"));
        Diagnostics problems = new Diagnostics();
        InputFiles.of(site).check(problems);
        assertEquals(List.of("content/zh/economy/pipe.md: is a symbolic link to static/pipe, which is not a regular "
                        + "file (a FIFO, a device or a socket): remove it",
                "static/pipe: is not a regular file (a FIFO, a device or a socket): a build reads only files and "
                        + "folders; remove it"), messages(problems));
    }
}
