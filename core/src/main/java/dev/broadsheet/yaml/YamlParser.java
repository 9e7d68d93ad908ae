package dev.broadsheet.yaml;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import java.io.StringReader;
import java.util.Optional;

/**
 * Parses YAML text into a {@link YamlMapping} whose values remember where they are. Plain documents, as front
 * matter nearly always is, are read by {@link PlainYaml}; the others by SnakeYAML. Thread-safe: each thread
 * has its own SnakeYAML instance.
 */
public final class YamlParser {

    /** SnakeYAML instances are not thread-safe and cost as much to make as a small document to parse: one per thread. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setProcessComments(false);
        return new Yaml(options);
    });

    private YamlParser() {
    }

    /**
     * Parses {@code text}, whose first line is line {@code firstLine} of {@code file}.
     *
     * @return the top-level mapping (empty for an empty document), or empty when the text is not valid YAML or
     *         not a mapping; the reason is reported to {@code diagnostics}
     */
    public static Optional<YamlMapping> parseMapping(String text, String file, int firstLine, Diagnostics diagnostics) {
        Node root = PlainYaml.compose(text);
        try {
            if (root == null) root = YAML.get().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            SourcePosition at = mark == null ? SourcePosition.of(file, firstLine)
                    : new SourcePosition(file, firstLine + mark.getLine(), mark.getColumn() + 1);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            diagnostics.error(at, "invalid YAML: " + clean(problem));
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(SourcePosition.of(file, firstLine), "invalid YAML: " + clean(e.getMessage()));
            return Optional.empty();
        }
        Positions positions = new Positions(file, firstLine);
        if (root == null) {
            return Optional.of(YamlMapping.empty(positions, SourcePosition.of(file, firstLine), diagnostics));
        }
        if (!(root instanceof MappingNode mapping)) {
            diagnostics.error(positions.of(root), "expected a mapping of keys to values");
            return Optional.empty();
        }
        return Optional.of(new YamlMapping(mapping, positions, diagnostics));
    }

    private static String clean(String message) {
        return message == null ? "unknown problem" : message.strip().replaceAll("\\s+", " ");
    }
}
