package dev.broadsheet.serve;

import dev.broadsheet.testing.SiteFiles;
import dev.broadsheet.testing.Trees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DevServerTest {

    private static final String ARTICLE = """
            ---
            title: %s
            date: 2025-11-20
            ---
            %s
            """;

    @TempDir
    Path site;
    @TempDir
    Path builds;
    private final List<DevServer> servers = new ArrayList<>();
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void writeSite() {
        SiteFiles.write(site, SiteFiles.SITE_YAML + """
                -- content/zh/economy/a.md --
                ---
                title: 第一篇
                date: 2025-11-20
                ---
                原来的正文。
                -- content/zh/economy/draft.md --
                ---
                title: 草稿
                date: 2025-11-21
                draft: true
                ---
                -- static/robots.txt --
                User-agent: *
                """);
    }

    @AfterEach
    void stop() {
        servers.forEach(DevServer::close);
    }

    private DevServer start() throws IOException {
        DevServer server = DevServer.start(site, new ServeOptions("127.0.0.1", 0, true), line -> { });
        servers.add(server);
        return server;
    }

    private HttpResponse<String> get(DevServer server, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the reload event stream and collects its event lines. */
    private BlockingQueue<String> listen(DevServer server) throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<java.util.stream.Stream<String>> response = client.send(
                HttpRequest.newBuilder(URI.create(server.url().replaceFirst("/$", "") + ReloadEvents.PATH)).build(),
                HttpResponse.BodyHandlers.ofLines());
        assertEquals("text/event-stream; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
        Thread reader = new Thread(() -> response.body().forEach(lines::add));
        reader.setDaemon(true);
        reader.start();
        long deadline = System.currentTimeMillis() + 5000;
        while (server.listeners() == 0 && System.currentTimeMillis() < deadline) Thread.sleep(10);
        return lines;
    }

    private static void awaitReload(BlockingQueue<String> lines) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if ("event: reload".equals(line)) return;
        }
        throw new AssertionError("no reload event within 10 s");
    }

    private static void awaitErrorsMentioning(DevServer server, String text) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            if (server.errors().stream().anyMatch(e -> e.toString().contains(text))) return;
            Thread.sleep(20);
        }
        throw new AssertionError("no error mentioning " + text + " within 10 s: " + server.errors());
    }

    @Test
    void servesTheSiteOnAFreePortWithTheReloadScriptInjected() throws Exception {
        DevServer server = start();
        assertTrue(server.port() > 0);
        assertEquals(List.of(server.url(), server.url() + "en/"), server.homeUrls());
        HttpResponse<String> article = get(server, "economy/a/");
        assertEquals(200, article.statusCode());
        assertTrue(article.body().contains("原来的正文。"));
        assertTrue(article.body().contains(ReloadEvents.script()), "served pages get the reload script");
        HttpResponse<String> script = get(server, ReloadEvents.SCRIPT_PATH.substring(1));
        assertEquals(200, script.statusCode());
        assertTrue(script.body().contains(ReloadEvents.PATH), "the script listens to the event stream");
        assertTrue(script.headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertTrue(article.body().contains("href=\"" + server.url() + "economy/a/\""),
                "canonical URLs point at the server, not the production host");
        assertEquals("User-agent: *\n", get(server, "robots.txt").body());
        assertEquals(404, get(server, "no/such/page/").statusCode());
        assertEquals(301, get(server, "economy/a").statusCode());
    }

    @Test
    void showsDraftsWhileServing() throws Exception {
        assertEquals(200, get(start(), "economy/draft/").statusCode());
    }

    @Test
    void rebuildsAndSendsAReloadAfterAnEdit() throws Exception {
        DevServer server = start();
        BlockingQueue<String> events = listen(server);
        long version = server.version();
        SiteFiles.writeFile(site, "content/zh/economy/a.md", ARTICLE.formatted("第一篇", "改过的正文。"));
        awaitReload(events);
        assertTrue(server.version() > version);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!get(server, "economy/a/").body().contains("改过的正文。") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertTrue(get(server, "economy/a/").body().contains("改过的正文。"));
    }

    @Test
    void showsErrorsAsAnOverlayAndRecoversOnTheNextGoodSave() throws Exception {
        DevServer server = start();
        BlockingQueue<String> events = listen(server);
        SiteFiles.writeFile(site, "content/zh/economy/a.md", "---\ndate: 2025-11-20\n---\n正文。\n");
        awaitReload(events);
        HttpResponse<String> overlay = get(server, "economy/a/");
        assertEquals(500, overlay.statusCode());
        assertTrue(overlay.body().contains("content/zh/economy/a.md:2:1: title: required"), overlay.body());
        assertTrue(overlay.body().contains(ReloadEvents.script()), "the overlay reloads itself too");
        assertEquals(1, server.errors().size());

        SiteFiles.writeFile(site, "content/zh/economy/a.md", ARTICLE.formatted("第一篇", "正文。"));
        SiteFiles.writeFile(site, "templates/article.ftlh", "<#if>");
        awaitErrorsMentioning(server, "templates/article.ftlh:1:");
        assertTrue(get(server, "economy/a/").body().contains("templates/article.ftlh:1:"));

        events.clear();
        java.nio.file.Files.delete(site.resolve("templates/article.ftlh"));
        SiteFiles.writeFile(site, "content/zh/economy/a.md", ARTICLE.formatted("第一篇", "修好了。"));
        awaitReload(events);
        long deadline = System.currentTimeMillis() + 10_000;
        while (!get(server, "economy/a/").body().contains("修好了。") && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        HttpResponse<String> fixed = get(server, "economy/a/");
        assertEquals(200, fixed.statusCode());
        assertTrue(fixed.body().contains("修好了。"));
        assertEquals(List.of(), server.errors());
    }

    @Test
    void servesWhatAFreshBuildMakesAfterEveryKindOfEdit() throws Exception {
        SiteFiles.writeFile(site, "content/zh/economy/b.md", ARTICLE.formatted("第二篇", "第二篇的正文。"));
        SiteFiles.writeFile(site, "content/en/economy/a.md", ARTICLE.formatted("First", "The first story."));
        DevServer server = start();
        assertSameAsAFreshBuild(server);
        List<Runnable> edits = List.of(
                () -> SiteFiles.writeFile(site, "content/zh/economy/a.md", ARTICLE.formatted("第一篇", "只改了正文。")),
                () -> SiteFiles.writeFile(site, "content/zh/economy/b.md", ARTICLE.formatted("第二篇（新标题）", "第二篇的正文。")),
                () -> SiteFiles.writeFile(site, "content/zh/law/c.md", ARTICLE.formatted("新文章", "新的正文。")),
                () -> SiteFiles.writeFile(site, "i18n/zh.yaml", "home: 首页（改）\n"),
                () -> delete(site.resolve("content/zh/economy/b.md")));
        for (Runnable edit : edits) {
            long version = server.version();
            edit.run();
            long deadline = System.currentTimeMillis() + 10_000;
            while (server.version() == version && System.currentTimeMillis() < deadline) Thread.sleep(10);
            Thread.sleep(300); // let a burst of events settle into its last rebuild
            assertEquals(List.of(), server.errors());
            assertSameAsAFreshBuild(server);
        }
    }

    private void assertSameAsAFreshBuild(DevServer server) throws Exception {
        Path out = java.nio.file.Files.createTempDirectory(builds, "fresh").resolve("site");
        dev.broadsheet.Broadsheet.build(site, out, dev.broadsheet.BuildOptions.defaults().withDrafts(true)
                .withBaseUrl(server.url()));
        Map<String, String> fresh = Trees.snapshot(out);
        for (String path : fresh.keySet()) {
            if (!path.endsWith(".html") && !path.endsWith(".xml")) continue;
            String expected = SiteFiles.read(out.resolve(path));
            String served = get(server, path.endsWith("index.html") ? path.substring(0, path.length() - 10) : path)
                    .body().replace(ReloadEvents.script(), "");
            assertEquals(expected, served, path);
        }
    }

    private static void delete(Path file) {
        try {
            java.nio.file.Files.delete(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void twoServersOnOneSiteWriteNothingIntoIt() throws Exception {
        Map<String, String> before = Trees.snapshot(site);
        DevServer first = start();
        DevServer second = start();
        assertTrue(first.port() != second.port());
        assertEquals(200, get(first, "").statusCode());
        assertEquals(200, get(second, "en/").statusCode());
        assertEquals(before, Trees.snapshot(site));
    }

    @Test
    void copiesAChangedStaticFileWithoutRendering() throws Exception {
        DevServer server = start();
        BlockingQueue<String> events = listen(server);
        long version = server.version();
        SiteFiles.writeFile(site, "static/robots.txt", "User-agent: *\nDisallow: /\n");
        awaitReload(events);
        assertTrue(server.version() > version);
        assertNotNull(get(server, "robots.txt").body());
        assertEquals("User-agent: *\nDisallow: /\n", get(server, "robots.txt").body());
    }

    @Test
    void servesNothingALinkOutOfTheSiteLeadsToAndSaysWhy() throws Exception {
        DevServer server = start();
        BlockingQueue<String> events = listen(server);
        Files.createSymbolicLink(site.resolve("static/env.txt"), Path.of("/proc/self/environ"));
        awaitErrorsMentioning(server, "static/env.txt: is a symbolic link to /proc/self/environ, outside the site");
        assertEquals(404, get(server, "env.txt").statusCode());
        Files.delete(site.resolve("static/env.txt"));
        awaitReload(events);
    }
}
