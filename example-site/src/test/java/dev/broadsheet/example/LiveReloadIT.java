package dev.broadsheet.example;

import dev.broadsheet.serve.DevServer;
import dev.broadsheet.serve.ServeOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * broadsheet:serve in a real browser: a page open in headless Chromium reloads by itself when its article is
 * saved, and shows the error overlay, then the page again, when a save breaks and then fixes the site. Runs on
 * a copy of the example site, so the sources are never touched.
 */
class LiveReloadIT {

    private static final String ARTICLE = "content/zh/governance/2025-11-20-red-property.md";

    /** The copy of the example site; JUnit deletes it after the class. */
    @TempDir
    static Path site;
    private static DevServer server;
    private static Browser browser;

    @BeforeAll
    static void start() throws IOException {
        Path source = ExampleSite.siteYaml().getParent();
        copy(source.resolve("site.yaml"), site.resolve("site.yaml"));
        copyTree(source.resolve("content"), site.resolve("content"));
        copyTree(source.resolve("static"), site.resolve("static"));
        server = DevServer.start(site, new ServeOptions("127.0.0.1", 0, true), line -> { });
        browser = new Browser();
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (server != null) server.close();
    }

    @Test
    void anOpenPageReloadsByItselfAfterAnEditAndThroughABrokenSave() throws Exception {
        browser.open(URI.create(server.url() + "governance/red-property/"));
        awaitListening();
        markPage();
        String original = Files.readString(site.resolve(ARTICLE), StandardCharsets.UTF_8);

        Files.writeString(site.resolve(ARTICLE), original + "\n浏览器测试追加的一段话。\n", StandardCharsets.UTF_8);
        awaitReloadShowing("浏览器测试追加的一段话。");

        markPage();
        Files.writeString(site.resolve(ARTICLE), original.replaceFirst("(?m)^title: .*$", ""), StandardCharsets.UTF_8);
        awaitReloadShowing("title: required");
        assertTrue(bodyText().contains(ARTICLE + ":"), "the overlay names the file: " + bodyText());

        markPage();
        Files.writeString(site.resolve(ARTICLE), original, StandardCharsets.UTF_8);
        awaitReloadShowing("织密“红色网络”");
        assertEquals(0, server.errors().size());
    }

    /** Sets a flag on the page's window; a reload clears it. */
    private static void markPage() {
        browser.js("window.broadsheetTestMark = true;");
    }

    private static void awaitListening() throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (server.listeners() == 0 && System.currentTimeMillis() < deadline) Thread.sleep(20);
        assertTrue(server.listeners() > 0, "the page opened the reload event stream");
    }

    private static void awaitReloadShowing(String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Object marked = browser.js("return window.broadsheetTestMark === true;");
            if (Boolean.FALSE.equals(marked) && bodyText().contains(text)) return;
            Thread.sleep(50);
        }
        throw new AssertionError("the page did not reload to show '" + text + "': " + bodyText());
    }

    private static String bodyText() {
        Object text = browser.js("return document.body ? document.body.innerText : '';");
        return text == null ? "" : text.toString();
    }

    private static void copy(Path from, Path to) {
        try {
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            files.filter(Files::isRegularFile).forEach(f -> copy(f, to.resolve(from.relativize(f).toString())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
