package dev.broadsheet.yaml;

import dev.broadsheet.testing.ExampleSite;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * {@link PlainYaml} against SnakeYAML: what it reads must compose to SnakeYAML's tree, node for node (kind,
 * tag, value, style, start line and column); what it cannot vouch for it must decline.
 */
class PlainYamlTest {

    /** Values as front matter writes them, each on a key's line or as a list item. */
    private static final List<String> VALUES = List.of(
            "Hexi District expands smart services in 15-minute living circles",
            "河西区推进智慧社区建设，居民办事更方便",
            "“红色物业”全覆盖 “河西样板”举措新",
            "Don't stop — the mayor's plan, in brief",
            "a:b and http://example.org/x?y=1&z=2",
            "2024-07-20", "2025-11-20T08:30:00+08:00", "15", "3.5", "1_000", "0x1F", "true", "False", "yes",
            "off", "null", "~", "Null", "=", "<<", ".inf",
            "\"河西区领导带队赴上海开展招商对接活动\"", "\"a: b, [c] {d}\"", "'single quoted'", "\"\"", "''",
            "\"it's\"", "'say \"hi\"'",
            "[law-based government, smart city]", "[招商引资, 医疗创新, 进博会]", "[]", "[ a ]", "[1, 2.5, true, ~]",
            "[\"quoted, with comma\", plain]", "[{ role: 通讯员, name: 岳志欣 }, { name: Wang Yan }]",
            "{ role: Correspondent, name: Yue Chaojin }", "{src: cover.jpg, alt: \"A street\"}", "{}", "{ a: 1 }");

    private static final LoaderOptions OPTIONS = new LoaderOptions();

    static {
        OPTIONS.setAllowDuplicateKeys(false);
        OPTIONS.setProcessComments(false);
    }

    @Test
    void readsFrontMatterAsSnakeYamlDoes() {
        accepted("""
                title: Hexi District expands smart services in 15-minute living circles
                subtitle: An online map of nearby shops and clinics in cooperation with local businesses
                date: 2024-07-20
                authors:
                  - { role: Correspondent, name: Yue Chaojin }
                  - { role: Correspondent, name: Wang Yan }
                tags: [law-based government, smart city]
                """);
        accepted("""
                kicker: "走出基层治理现代化新路径"
                title: "“红色物业”全覆盖 “河西样板”举措新"
                date: 2025-11-20
                authors:
                  - { role: 通讯员, name: 许浩然 }
                tags: [红色物业, 基层治理, 党建引领, 老旧小区改造]
                """);
    }

    @Test
    void readsEveryValueFormInEveryPlace() {
        for (String value : VALUES) {
            accepted("title: " + value + "\n");
            accepted("a: 1\ntitle:   " + value + "   \nb: 2");
            accepted("list:\n  - " + value + "\n  -   " + value + "\nnext: x\n");
            accepted("list:\n- " + value + "\nnext: x\n");
            accepted("image:\n  src: " + value + "\n  inner:\n    deep: " + value + "\n  list:\n  - " + value
                    + "\nlast:\n");
        }
    }

    @Test
    void readsNullsBlankLinesAndOddKeys() {
        accepted("a:\nb:   \nc: 1");
        accepted("\n\n  \ntitle: x\n\n   \ndate: 2025-01-01\n\n");
        accepted("translation_key: a\nsome-key: b\nv1.2: c\n2025: year\ntrue: yes\nnull: ~");
        accepted("image:\n    src: a.jpg\n    alt: b\n\ntags:\n    - a\n\n    - b\n");
        accepted("title: x\ntitle: y\n"); // duplicates are YamlMapping's to report, from the same tree
    }

    @Test
    void declinesWhatItCannotVouchFor() {
        for (String text : List.of(
                "", "\n  \n", "just a scalar", "- a\n- b", "  title: indented first",
                "title: x # comment", "# comment\ntitle: x", "title:\tx", "title: x\r\n",
                "title: &a x\nsub: *a", "title: !!str 5", "body: |\n  text", "body: >\n  text",
                "title: first line\n  continued", "list:\n  - a\n    b", "title: \"escaped \\\" quote\"",
                "title: \"open\n  close\"", "title: 'it''s'", "\"quoted key\": x", "key:value", "key : x",
                "title: a: b", "title: ends with:", "tags: [a, b,]", "tags: [a, , b]", "tags: [a: b]",
                "tags: [[a]]", "tags: [a", "m: {a: [b]}", "m: {a:b}", "m: {a: }", "title: x\n---", "---\ntitle: x",
                "%YAML 1.1\n---\na: b", "title: x y z\n- item", "list:\n  -\n  - b", "list:\n  - - a",
                "list:\n  - a: b", "title: @x", "title: `x`", "title: ?x", "title: -x", "title: :x", "title: ,x",
                "title: \u0085", "title: \uFEFFx", "title: 😀", "title: \u2028x", "title: [a] b",
                "image:\n  src: a\n   alt: b", "image:\n    src: a\n  alt: b")) {
            assertNull(PlainYaml.compose(text), () -> "should decline: " + text);
        }
    }

    /**
     * The safety of the whole: over many small documents made from the pieces above, anything it reads,
     * SnakeYAML reads to the same tree (and does not reject).
     */
    @Test
    void neverReadsADocumentOtherwiseThanSnakeYaml() {
        List<String> pieces = new ArrayList<>(VALUES);
        pieces.addAll(List.of("", " ", "x # y", "a: b", "- a", "  - a", "[a", "{a", "'a", "\"a", "*a", "&a a",
                "|", ">", "!x", "a\\b", "\"a\\b\"", "k: v\n  - x", "\n  more", "\n- item", "\n  key: v"));
        int checked = 0;
        for (String a : pieces) {
            for (String b : List.of("x", "[y, z]", "\n  - w", "\n  k: v", "")) {
                for (String text : List.of("t: " + a + "\nu: " + b, "t:\n  - " + a + "\nu: " + b,
                        "t:\n  k: " + a + "\nu: " + b, "t: [" + a + "]\nu: {k: " + a + "}")) {
                    checked += agreesIfRead(text);
                }
            }
        }
        assertFalse(checked < 100, "too few documents were read: " + checked);
    }

    @Test
    void readsTheExampleSitesFrontMatter() throws IOException {
        List<Path> files = ExampleSite.markdownFiles();
        assertFalse(files.isEmpty());
        for (Path file : files) {
            String text = Files.readString(file);
            int end = text.indexOf("\n---", 3);
            accepted(text.substring(4, end + 1));
        }
    }

    /** Asserts that {@code text} is read, to SnakeYAML's tree. */
    private static void accepted(String text) {
        MappingNode plain = PlainYaml.compose(text);
        assertNotNull(plain, () -> "declined:\n" + text);
        same(snake(text), plain, "", text);
    }

    /** 1 when {@code text} is read (and then to SnakeYAML's tree), 0 when declined. */
    private static int agreesIfRead(String text) {
        MappingNode plain = PlainYaml.compose(text);
        if (plain == null) return 0;
        Node expected;
        try {
            expected = snake(text);
        } catch (YAMLException e) {
            fail("read a document SnakeYAML rejects (" + e.getMessage() + "):\n" + text);
            return 0;
        }
        same(expected, plain, "", text);
        return 1;
    }

    private static Node snake(String text) {
        return new Yaml(OPTIONS).compose(new StringReader(text));
    }

    private static void same(Node expected, Node actual, String path, String text) {
        String where = path + " in:\n" + text;
        assertNotNull(expected, "SnakeYAML read nothing" + where);
        assertEquals(expected.getClass(), actual.getClass(), "kind" + where);
        assertEquals(expected.getTag(), actual.getTag(), "tag" + where);
        assertEquals(expected.getStartMark().getLine(), actual.getStartMark().getLine(), "line" + where);
        assertEquals(expected.getStartMark().getColumn(), actual.getStartMark().getColumn(), "column" + where);
        if (expected instanceof ScalarNode scalar) {
            assertEquals(scalar.getValue(), ((ScalarNode) actual).getValue(), "value" + where);
            assertEquals(scalar.getScalarStyle(), ((ScalarNode) actual).getScalarStyle(), "style" + where);
            return;
        }
        assertEquals(((CollectionNode<?>) expected).getFlowStyle(), ((CollectionNode<?>) actual).getFlowStyle(),
                "flow style" + where);
        if (expected instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            List<Node> actualItems = assertInstanceOf(SequenceNode.class, actual).getValue();
            assertEquals(items.size(), actualItems.size(), "items" + where);
            for (int i = 0; i < items.size(); i++) same(items.get(i), actualItems.get(i), path + "[" + i + "]", text);
            return;
        }
        List<NodeTuple> tuples = ((MappingNode) expected).getValue();
        List<NodeTuple> actualTuples = ((MappingNode) actual).getValue();
        assertEquals(tuples.size(), actualTuples.size(), "entries" + where);
        for (int i = 0; i < tuples.size(); i++) {
            same(tuples.get(i).getKeyNode(), actualTuples.get(i).getKeyNode(), path + "{" + i + " key}", text);
            same(tuples.get(i).getValueNode(), actualTuples.get(i).getValueNode(), path + "{" + i + "}", text);
        }
    }
}
