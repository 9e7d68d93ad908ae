package dev.broadsheet.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import dev.broadsheet.config.MarkdownConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text without a URL hint is parsed without the autolink extension, and renders exactly as with it. */
class AutolinkShortcutTest {

    @Test
    void seesTheHintsEveryAutolinkHas() {
        assertTrue(MarkdownRenderer.mayHaveAutolinks("见 https://example.org 。"));
        assertTrue(MarkdownRenderer.mayHaveAutolinks("访问 www.example.org 了解"));
        assertTrue(MarkdownRenderer.mayHaveAutolinks("写信到 news@example.org"));
        assertFalse(MarkdownRenderer.mayHaveAutolinks("河西区推进便民生活圈建设。\n\n## 标题\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
    }

    @Test
    void rendersTextWithoutHintsTheSameWithoutTheExtension() {
        var config = MarkdownConfig.DEFAULT;
        Parser with = Parser.builder(FlexmarkOptions.of(config, true)).build();
        Parser without = Parser.builder(FlexmarkOptions.of(config, false)).build();
        HtmlRenderer renderer = HtmlRenderer.builder(FlexmarkOptions.of(config, true)).build();
        for (String text : List.of("河西区推进“城市一刻钟便民生活圈”建设。\n第二行",
                "Hexi District ~~old~~ new.[^1]\n\n[^1]: A note.\n\n| a | b |\n|--:|---|\n| 1 | 2 |",
                "A [link](../law/a.md) and <b>html</b> and `code example.org`.")) {
            assertFalse(MarkdownRenderer.mayHaveAutolinks(text));
            assertEquals(renderer.render(with.parse(text)), renderer.render(without.parse(text)), text);
        }
    }
}
