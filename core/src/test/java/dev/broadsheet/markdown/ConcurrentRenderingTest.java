package dev.broadsheet.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ConcurrentRenderingTest {

    private static String article(int n) {
        return """
                ## 河西区多维度布局智慧化服务

                河西区通过智慧化手段
                推进“城市一刻钟便民生活圈”建设，第%d期[^1]。

                ## 河西区多维度布局智慧化服务

                见 [上一篇](../law/%d.md) 与 [缺失](missing-%d.md)。

                [^1]: 通讯员 张嫚芮
                """.formatted(n, n - 1, n);
    }

    private static RenderedMarkdown render(int n, Diagnostics diagnostics) {
        return Rendering.DEFAULT.render(SourcePosition.of("content/zh/news/" + n + ".md", 4), article(n),
                target -> target.startsWith("../law/") ? "/law/" + target.substring(7, target.length() - 3) + "/" : null,
                diagnostics);
    }

    @Test
    void rendersTheSameBytesFromManyThreadsAsFromOne() throws Exception {
        int articles = 400;
        List<RenderedMarkdown> expected = new ArrayList<>();
        Diagnostics sequential = new Diagnostics();
        for (int n = 0; n < articles; n++) {
            expected.add(render(n, sequential));
        }

        Diagnostics parallel = new Diagnostics();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<RenderedMarkdown>> futures = new ArrayList<>();
            for (int n = articles - 1; n >= 0; n--) {
                int article = n;
                futures.add(pool.submit(() -> render(article, parallel)));
            }
            for (int i = 0; i < articles; i++) {
                assertEquals(expected.get(articles - 1 - i), futures.get(i).get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(sequential.all(), parallel.all());
        assertEquals(articles, parallel.errors().size());
        assertEquals("content/zh/news/7.md:11:24: link target 'missing-7.md' does not exist",
                parallel.all().stream().map(Diagnostic::toString)
                        .filter(s -> s.startsWith("content/zh/news/7.md")).findFirst().orElseThrow());
    }

    @Test
    void givesEachDocumentItsOwnHeadingIds() {
        RenderedMarkdown first = render(1, new Diagnostics());
        RenderedMarkdown second = render(2, new Diagnostics());

        assertEquals(first.headings(), second.headings());
        assertEquals("河西区多维度布局智慧化服务-1", second.headings().get(1).id());
    }
}
