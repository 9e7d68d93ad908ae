package dev.broadsheet.yaml;

import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScalarTextTest {

    /**
     * The value of {@code key} in {@code yaml} with each character that is written as itself checked against
     * the text, and each written otherwise shown in brackets with what writes it ({@code [\"]}) or as
     * {@code [·]} when nothing does.
     */
    private static String located(String yaml, String key) {
        Diagnostics diagnostics = new Diagnostics();
        YamlMapping mapping = YamlParser.parseMapping(yaml, "a.md", 2, diagnostics).orElseThrow();
        assertEquals(List.of(), diagnostics.all());
        ScalarText text = mapping.get(key).orElseThrow().text(yaml).orElseThrow();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.value().length(); i++) {
            int start = text.start(i);
            if (start < 0) {
                out.append("[·]");
            } else if (text.end(i) - start == 1) {
                assertEquals(text.value().charAt(i), yaml.charAt(start), "character " + i);
                out.append(text.value().charAt(i));
            } else {
                out.append('[').append(yaml, start, text.end(i)).append(']');
            }
        }
        return out.toString();
    }

    @Test
    void findsEveryCharacterOfPlainAndQuotedScalarsOnTheKeysLine() {
        String yaml = """
                title: 河西区,成功入选
                subtitle: "河西区\\"成功\\"入选"
                kicker: '河西区''成功''入选'
                """;
        assertEquals("河西区,成功入选", located(yaml, "title"));
        assertEquals("河西区[\\\"]成功[\\\"]入选", located(yaml, "subtitle"));
        assertEquals("河西区['']成功['']入选", located(yaml, "kicker"));
    }

    @Test
    void findsTheCharactersOfScalarsOverSeveralLinesAndBlockScalars() {
        String yaml = """
                summary: 第一行,
                  第二行.
                caption: "第一行,
                  第二行\\
                  第三行"
                alt: |
                  第一行,
                  第二行
                note: >
                  第一行,
                  第二行
                """;
        assertEquals("第一行,[·]第二行.", located(yaml, "summary"));
        assertEquals("第一行,[·]第二行第三行", located(yaml, "caption"));
        assertEquals("第一行,\n第二行\n", located(yaml, "alt"));
        assertEquals("第一行,[·]第二行\n", located(yaml, "note"));
    }

    @Test
    void leavesCharactersWrittenAsEscapesUnlocated() {
        assertEquals("甲[·]乙[·]丙[·][·]丁[\\\\]", located("title: \"甲\\u002C乙\\x2C丙\\U0001F600丁\\\\\"\n", "title"));
    }

    @Test
    void findsCharactersAfterOnesOutsideTheBasicPlaneWhichSnakeYamlCountsAsOne() {
        // a character outside the BMP sends the text to SnakeYAML, whose marks count code points
        String yaml = "image: 𠀀\ntitle: 河西区,入选\n";
        assertEquals("河西区,入选", located(yaml, "title"));
    }

    @Test
    void givesNothingForAListOrNull() {
        Diagnostics diagnostics = new Diagnostics();
        String yaml = "tags: [a, b]\nslug:\n";
        YamlMapping mapping = YamlParser.parseMapping(yaml, "a.md", 2, diagnostics).orElseThrow();
        List<Boolean> found = new ArrayList<>();
        for (String key : List.of("tags", "slug")) found.add(mapping.get(key).orElseThrow().text(yaml).isPresent());
        assertEquals(List.of(false, false), found);
        assertTrue(diagnostics.all().isEmpty());
    }
}
