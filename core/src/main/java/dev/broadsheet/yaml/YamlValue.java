package dev.broadsheet.yaml;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One YAML value with its position, named by the key path that leads to it ({@code image.alt},
 * {@code authors[1]}) so that error messages say which value is wrong.
 */
public final class YamlValue {

    private final String name;
    private final Node node;
    private final Positions positions;
    private final Diagnostics diagnostics;

    YamlValue(String name, Node node, Positions positions, Diagnostics diagnostics) {
        this.name = name;
        this.node = node;
        this.positions = positions;
        this.diagnostics = diagnostics;
    }

    /** The key path of this value, as used in messages. */
    public String name() {
        return name;
    }

    /** Where the value starts. */
    public SourcePosition position() {
        return positions.of(node);
    }

    /** Whether the value is YAML null ({@code key:} with nothing after it, or {@code ~}). */
    public boolean isNull() {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    public boolean isScalar() {
        return node instanceof ScalarNode && !isNull();
    }

    public boolean isMapping() {
        return node instanceof MappingNode;
    }

    /** Reports {@code name: message} at this value and returns empty, for one-line error returns. */
    public <T> Optional<T> fail(String message) {
        diagnostics.error(position(), name + ": " + message);
        return Optional.empty();
    }

    /** The value as text: any scalar is accepted ({@code title: 2025} is the text "2025"). */
    public Optional<String> asString() {
        if (isNull()) return Optional.empty();
        if (node instanceof ScalarNode s) return Optional.of(s.getValue());
        return fail("expected a string");
    }

    /**
     * Where the characters of this scalar are written in {@code yaml}, the text it was parsed from (see
     * {@link ScalarText}); empty for null, a list or a mapping.
     */
    public Optional<ScalarText> text(String yaml) {
        if (isNull() || !(node instanceof ScalarNode s)) return Optional.empty();
        return ScalarText.of(yaml, s);
    }

    public Optional<Boolean> asBoolean() {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.BOOL)) {
            return Optional.of(parseBoolean(s.getValue()));
        }
        return fail("expected true or false");
    }

    public Optional<Integer> asInteger() {
        if (node instanceof ScalarNode s && s.getTag().equals(Tag.INT)) {
            try {
                return Optional.of(Integer.parseInt(s.getValue().replace("_", "").replaceFirst("^\\+", "")));
            } catch (NumberFormatException e) {
                return fail("expected a whole number, not '" + s.getValue() + "'");
            }
        }
        return fail("expected a whole number");
    }

    /** The items of a sequence; a non-sequence is an error described by {@code expected}. */
    public Optional<List<YamlValue>> asList(String expected) {
        if (!(node instanceof SequenceNode seq)) return fail("expected " + expected);
        List<YamlValue> items = new ArrayList<>();
        List<Node> values = seq.getValue();
        for (int i = 0; i < values.size(); i++) {
            items.add(new YamlValue(name + "[" + (i + 1) + "]", values.get(i), positions, diagnostics));
        }
        return Optional.of(items);
    }

    /** A list of strings; anything else (a lone string, a nested map) is an error. */
    public Optional<List<String>> asStrings() {
        if (!(node instanceof SequenceNode seq)) return fail("expected a list of strings");
        List<String> result = new ArrayList<>();
        for (Node item : seq.getValue()) {
            if (!(item instanceof ScalarNode s) || s.getTag().equals(Tag.NULL)) {
                diagnostics.error(positions.of(item), name + ": expected a list of strings");
                return Optional.empty();
            }
            result.add(s.getValue());
        }
        return Optional.of(result);
    }

    public Optional<YamlMapping> asMapping() {
        if (node instanceof MappingNode m) {
            return Optional.of(new YamlMapping(name + ".", m, positions, diagnostics));
        }
        return fail("expected a mapping of keys to values");
    }

    /** How many values {@link #toPlain} makes at most: aliases can make a short text stand for a huge value. */
    static final int MAX_PLAIN_VALUES = 100_000;

    /**
     * The value as plain Java objects (String, Long, Double, Boolean, List, Map, null), for template params;
     * null, with an error at the value, when it contains itself through an alias or stands for more than
     * {@value #MAX_PLAIN_VALUES} values.
     */
    public Object toPlain() {
        Plain plain = new Plain();
        try {
            return plain.of(node);
        } catch (IllegalStateException e) {
            fail(e.getMessage());
            return null;
        }
    }

    /** One conversion by {@link #toPlain}: the collections it is inside of, and how many values it made. */
    private static final class Plain {
        private final java.util.Set<Node> inside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        private int made;

        Object of(Node node) {
            if (++made > MAX_PLAIN_VALUES) {
                throw new IllegalStateException("stands for more than " + MAX_PLAIN_VALUES + " values (through "
                        + "aliases); write the value out, smaller");
            }
            if (node instanceof ScalarNode s) return scalar(s);
            if (!inside.add(node)) {
                throw new IllegalStateException("contains itself through an alias, so it would never end");
            }
            try {
                if (node instanceof SequenceNode seq) {
                    List<Object> list = new ArrayList<>();
                    seq.getValue().forEach(n -> list.add(of(n)));
                    return java.util.Collections.unmodifiableList(list);
                }
                Map<String, Object> map = new LinkedHashMap<>();
                for (var tuple : ((MappingNode) node).getValue()) {
                    Object key = of(tuple.getKeyNode());
                    map.put(String.valueOf(key), of(tuple.getValueNode()));
                }
                return java.util.Collections.unmodifiableMap(map);
            } finally {
                inside.remove(node);
            }
        }
    }

    private static Object scalar(ScalarNode s) {
        Tag tag = s.getTag();
        String v = s.getValue();
        try {
            if (tag.equals(Tag.NULL)) return null;
            if (tag.equals(Tag.BOOL)) return parseBoolean(v);
            if (tag.equals(Tag.INT)) return Long.parseLong(v.replace("_", "").replaceFirst("^\\+", ""));
            if (tag.equals(Tag.FLOAT)) return Double.parseDouble(v.replace("_", ""));
        } catch (NumberFormatException e) {
            return v;
        }
        return v;
    }

    private static boolean parseBoolean(String value) {
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "on", "y" -> true;
            default -> false;
        };
    }
}
