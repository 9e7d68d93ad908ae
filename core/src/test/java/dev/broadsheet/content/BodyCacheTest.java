package dev.broadsheet.content;

import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.markdown.LinkResolver;
import dev.broadsheet.markdown.MarkdownRenderer;
import dev.broadsheet.markdown.RenderedMarkdown;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BodyCacheTest {

    private static final String BODY = "## 小标题\n\n河西区的新闻，另见[另一篇](b.md)。\n\nSecond *paragraph*.\n";
    private static final SourcePosition START = SourcePosition.of("content/zh/news/a.md", 5);

    @TempDir
    Path dir;

    private final MarkdownRenderer markdown = new MarkdownRenderer(MarkdownConfig.DEFAULT);

    /** A resolver that counts how often the renderer asked it. */
    private static final class Links implements LinkResolver {
        final Map<String, String> urls;
        final AtomicInteger calls = new AtomicInteger();

        Links(Map<String, String> urls) {
            this.urls = urls;
        }

        @Override
        public String resolve(String target) {
            calls.incrementAndGet();
            return urls.get(target);
        }
    }

    private RenderedMarkdown render(BodyCache cache, String body, LinkResolver links, Diagnostics diagnostics) {
        return cache.render(markdown, START, body, links, diagnostics);
    }

    @Test
    void aBodyComesBackFromTheFileAsItWasRendered() {
        // in a folder that is not there yet, as target/ before a project's first build
        Path file = dir.resolve("target/.site.broadsheet-bodies");
        BodyCache first = BodyCache.empty("v1");
        RenderedMarkdown rendered = render(first, BODY, new Links(Map.of("b.md", "/news/b/")), new Diagnostics());
        first.write(file);

        BodyCache second = BodyCache.read(file, "v1");
        Diagnostics diagnostics = new Diagnostics();
        RenderedMarkdown again = render(second, BODY, new Links(Map.of("b.md", "/news/b/")), diagnostics);
        assertEquals(rendered, again);
        assertEquals(markdown.render(START, BODY, new Links(Map.of("b.md", "/news/b/")), new Diagnostics()), again);
        assertTrue(diagnostics.all().isEmpty());
        assertEquals(1, second.size(), "kept for the next build too");
    }

    @Test
    void aBodyWhoseLinkNowLeadsElsewhereIsRenderedAgain() {
        Path file = dir.resolve("bodies");
        BodyCache first = BodyCache.empty("v1");
        render(first, BODY, new Links(Map.of("b.md", "/news/b/")), new Diagnostics());
        first.write(file);

        RenderedMarkdown moved = render(BodyCache.read(file, "v1"), BODY, new Links(Map.of("b.md", "/news/b-new/")),
                new Diagnostics());
        assertTrue(moved.html().contains("href=\"/news/b-new/\""), moved.html());
    }

    @Test
    void anotherBuildOrDamageMeansNoCacheAndBodiesWithErrorsAreNeverKept() throws IOException {
        Path file = dir.resolve("bodies");
        BodyCache first = BodyCache.empty("v1");
        Diagnostics problems = new Diagnostics();
        render(first, "见[不存在](missing.md)。\n", new Links(Map.of()), problems);
        assertEquals(1, problems.all().size());
        assertEquals(0, first.size(), "a body with an error is not kept, so the error comes again");
        render(first, BODY, new Links(Map.of("b.md", "/news/b/")), new Diagnostics());
        first.write(file);

        for (BodyCache stale : List.of(BodyCache.read(file, "v2"), damaged(file), BodyCache.read(dir.resolve("none"),
                "v1"))) {
            Links links = new Links(Map.of("b.md", "/news/b/"));
            render(stale, BODY, links, new Diagnostics());
            assertEquals(1, links.calls.get(), "rendered again, asking for the link");
        }
    }

    private static BodyCache damaged(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        Path cut = file.resolveSibling("cut");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 7));
        return BodyCache.read(cut, "v1");
    }

    @Test
    void aRebuildCopiesWhatItReusedAndWritesTheSameFile() throws IOException {
        Links links = new Links(Map.of("b.md", "/news/b/"));
        BodyCache first = BodyCache.empty("v1");
        for (int i = 0; i < 40; i++) render(first, BODY + "第" + i + "段。长".repeat(i * 50) + "\n", links, new Diagnostics());
        // longer than one chunk of the writer's copy (65,536 chars)
        String big = "很长的正文，".repeat(15_000) + "\n";
        RenderedMarkdown bigRendered = render(first, big, links, new Diagnostics());
        first.write(dir.resolve("first"));
        assertEquals(bigRendered, render(BodyCache.read(dir.resolve("first"), "v1"), big, links, new Diagnostics()));

        BodyCache second = BodyCache.read(dir.resolve("first"), "v1");
        List<RenderedMarkdown> reused = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            reused.add(render(second, BODY + "第" + i + "段。长".repeat(i * 50) + "\n", links, new Diagnostics()));
        }
        render(second, big, links, new Diagnostics());
        second.write(dir.resolve("second"));
        assertEquals(-1L, Files.mismatch(dir.resolve("first"), dir.resolve("second")));

        // one body changed: the rest are copied, and every entry still reads back as rendered
        BodyCache third = BodyCache.read(dir.resolve("second"), "v1");
        for (int i = 0; i < 40; i++) {
            render(third, BODY + "第" + i + "段。长".repeat(i * 50) + (i == 7 ? "改" : "") + "\n", links,
                    new Diagnostics());
        }
        third.write(dir.resolve("third"));
        BodyCache fourth = BodyCache.read(dir.resolve("third"), "v1");
        for (int i = 0; i < 40; i++) {
            if (i == 7) continue;
            Links counted = new Links(Map.of("b.md", "/news/b/"));
            assertEquals(reused.get(i), render(fourth, BODY + "第" + i + "段。长".repeat(i * 50) + "\n", counted,
                    new Diagnostics()));
        }
    }

    @Test
    void theSameBodiesGiveTheSameFile() throws IOException {
        for (String name : List.of("a", "b")) {
            BodyCache cache = BodyCache.empty("v1");
            for (int i = 0; i < 50; i++) render(cache, "第" + i + "段。\n", new Links(Map.of()), new Diagnostics());
            cache.write(dir.resolve(name));
        }
        assertEquals(-1L, Files.mismatch(dir.resolve("a"), dir.resolve("b")));
    }
}
