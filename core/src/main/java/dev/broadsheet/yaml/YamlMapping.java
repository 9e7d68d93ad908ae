package dev.broadsheet.yaml;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A YAML mapping whose keys are strings, in the order written, each value with its position. Typed getters
 * report a wrong type at the value and return empty, so a loader can go on and find the next problem.
 */
public final class YamlMapping {

    private final String prefix;
    private final SourcePosition position;
    private final Positions positions;
    private final Diagnostics diagnostics;
    private final Map<String, YamlValue> values = new LinkedHashMap<>();
    private final Map<String, SourcePosition> keyPositions = new LinkedHashMap<>();

    YamlMapping(MappingNode node, Positions positions, Diagnostics diagnostics) {
        this("", node, positions, diagnostics);
    }

    YamlMapping(String prefix, MappingNode node, Positions positions, Diagnostics diagnostics) {
        this.prefix = prefix;
        this.positions = positions;
        this.diagnostics = diagnostics;
        this.position = positions.of(node);
        for (NodeTuple tuple : node.getValue()) {
            SourcePosition at = positions.of(tuple.getKeyNode());
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                diagnostics.error(at, prefix + "?: a key must be a plain string");
                continue;
            }
            String name = key.getValue();
            if (values.containsKey(name)) {
                diagnostics.error(at, prefix + name + ": duplicate key (first at line " + keyPositions.get(name).line() + ")");
                continue;
            }
            values.put(name, new YamlValue(prefix + name, tuple.getValueNode(), positions, diagnostics));
            keyPositions.put(name, at);
        }
    }

    private YamlMapping(Positions positions, SourcePosition position, Diagnostics diagnostics) {
        this.prefix = "";
        this.positions = positions;
        this.position = position;
        this.diagnostics = diagnostics;
    }

    static YamlMapping empty(Positions positions, SourcePosition position, Diagnostics diagnostics) {
        return new YamlMapping(positions, position, diagnostics);
    }

    /** Where the mapping starts. */
    public SourcePosition position() {
        return position;
    }

    /** The file this mapping was read from. */
    public String file() {
        return positions.file();
    }

    /** The keys, in the order written. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** The value of {@code key}, if the key is present (its value may be null). */
    public Optional<YamlValue> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** Where {@code key} is written, or this mapping's position when it is absent. */
    public SourcePosition keyPosition(String key) {
        return keyPositions.getOrDefault(key, position);
    }

    /** A string value; absent or null gives empty. */
    public Optional<String> string(String key) {
        return get(key).flatMap(YamlValue::asString);
    }

    /** A required string: absent, null or blank is reported as "{@code key}: required". */
    public Optional<String> requiredString(String key) {
        Optional<YamlValue> value = get(key);
        if (value.isEmpty()) {
            diagnostics.error(position, prefix + key + ": required" + missingHint(key));
            return Optional.empty();
        }
        Optional<String> text = value.get().asString();
        if (value.get().isNull() || text.filter(s -> !s.isBlank()).isEmpty() && value.get().isScalar()) {
            diagnostics.error(value.get().position(), prefix + key + ": must not be empty");
            return Optional.empty();
        }
        return text;
    }

    public Optional<Boolean> bool(String key) {
        return nonNull(key).flatMap(YamlValue::asBoolean);
    }

    public Optional<Integer> integer(String key) {
        return nonNull(key).flatMap(YamlValue::asInteger);
    }

    /** A list of strings; null or absent gives empty. */
    public Optional<java.util.List<String>> strings(String key) {
        return nonNull(key).flatMap(YamlValue::asStrings);
    }

    public Optional<YamlMapping> mapping(String key) {
        return nonNull(key).flatMap(YamlValue::asMapping);
    }

    private Optional<YamlValue> nonNull(String key) {
        return get(key).filter(v -> !v.isNull());
    }

    /** Reports each key not in {@code known} as unknown, with the closest known key as a suggestion. */
    public void rejectUnknown(Collection<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                diagnostics.error(keyPositions.get(key),
                        "unknown key '" + prefix + key + "'" + DidYouMean.hint(key, known)
                                + " (known keys: " + String.join(", ", known) + ")");
            }
        }
    }

    private String missingHint(String key) {
        return DidYouMean.suggest(key, values.keySet())
                .map(s -> " (found '" + s + "': did you mean '" + key + "'?)").orElse("");
    }
}
