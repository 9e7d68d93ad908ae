package dev.broadsheet.yaml;

import dev.broadsheet.diagnostics.SourcePosition;
import org.yaml.snakeyaml.nodes.Node;

/** Turns SnakeYAML's 0-based node marks into positions in the file the YAML came from. */
record Positions(String file, int firstLine) {

    SourcePosition of(Node node) {
        var mark = node.getStartMark();
        return mark == null ? SourcePosition.of(file, firstLine)
                : new SourcePosition(file, firstLine + mark.getLine(), mark.getColumn() + 1);
    }
}
