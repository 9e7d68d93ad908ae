package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Set;

/**
 * Renders text nodes as flexmark's core renderer does — unescaped, line ends made {@code \n}, HTML-escaped
 * — but takes the node's text from {@link NodeText} instead of copying it one character at a time. Stateless,
 * shared by every document and thread.
 */
final class TextRenderer implements NodeRenderer {

    /** Hands flexmark the one shared renderer each time it sets up a document. */
    static final NodeRendererFactory FACTORY = new NodeRendererFactory() {
        @Override
        public NodeRenderer apply(DataHolder options) {
            return INSTANCE;
        }
    };

    private static final TextRenderer INSTANCE = new TextRenderer();

    private final Set<NodeRenderingHandler<?>> handlers = Set.of(
            new NodeRenderingHandler<>(Text.class, (node, context, html) -> html.text(lineEndsNormalised(
                    NodeText.unescaped(node.getChars())))));

    private TextRenderer() {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }

    private static String lineEndsNormalised(String text) {
        return text.indexOf('\r') < 0 ? text : Escaping.normalizeEOL(text);
    }
}
