package dev.broadsheet.markdown;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import dev.broadsheet.config.MarkdownConfig;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.broadsheet.markdown.ExtensionHints.ALL;
import static dev.broadsheet.markdown.ExtensionHints.AUTOLINKS;
import static dev.broadsheet.markdown.ExtensionHints.FOOTNOTES;
import static dev.broadsheet.markdown.ExtensionHints.STRIKETHROUGH;
import static dev.broadsheet.markdown.ExtensionHints.TABLES;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A body is parsed and rendered without the extensions it has no hint of, and renders exactly as with all of
 * them.
 */
class ExtensionShortcutTest {

    @Test
    void seesTheHintsEveryUseOfAnExtensionHas() {
        assertEquals(AUTOLINKS, ExtensionHints.of("见 https://example.org 。"));
        assertEquals(AUTOLINKS, ExtensionHints.of("访问 www.example.org 了解"));
        assertEquals(AUTOLINKS, ExtensionHints.of("访问 WWW.example.org 或 Www.example.org"));
        assertEquals(AUTOLINKS, ExtensionHints.of("写信到 news@example.org"));
        assertEquals(TABLES, ExtensionHints.of("河西区推进便民生活圈建设。\n\n## 标题\n\n| a | b |\n|---|---|\n| 1 | 2 |"));
        assertEquals(STRIKETHROUGH, ExtensionHints.of("旧 ~~新~~"));
        assertEquals(FOOTNOTES, ExtensionHints.of("正文[^1]\n\n[^1]: 注释"));
        assertEquals(0, ExtensionHints.of("www 。 a:/b ^1 [ ^ ] ww.w :/ /"));
        assertEquals(ALL, ExtensionHints.of("a|b ~ [^x] ://"));
    }

    @Test
    void rendersTextWithoutHintsTheSameWithoutTheExtensions() {
        for (MarkdownConfig config : List.of(MarkdownConfig.DEFAULT, new MarkdownConfig(true))) {
            Parser full = Parser.builder(FlexmarkOptions.of(config)).build();
            HtmlRenderer renderer = HtmlRenderer.builder(FlexmarkOptions.of(config)).build();
            for (String text : List.of("河西区推进“城市一刻钟便民生活圈”建设。\n第二行",
                    "Hexi District ~~old~~ new.[^1]\n\n[^1]: A note.\n\n| a | b |\n|--:|---|\n| 1 | 2 |",
                    "A [link](../law/a.md) and <b>html</b> and `code example.org`.\n\n---\n- a\n- b\n\n> q",
                    "Title\n---\n\n:--:\n--:\n\n[^]\n[ ^1]\n\\~\\|&#124;&#126;[&#94;1]",
                    "a | b\n--|--\n1 | 2\n\n~x~ ~~y~~ [^n]\n\n[^n]: note [^n]")) {
                int hints = ExtensionHints.of(text);
                String expected = renderer.render(full.parse(text));
                for (int extensions = 0; extensions <= ALL; extensions++) {
                    if ((extensions & hints) == hints) {
                        var options = FlexmarkOptions.of(config, extensions);
                        Parser parser = Parser.builder(options).build();
                        HtmlRenderer fewer = HtmlRenderer.builder(options).build();
                        assertEquals(expected, fewer.render(parser.parse(text)), text + " with " + extensions);
                    }
                }
            }
        }
    }
}
