package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import java.util.Set;

/**
 * Renders a soft line break between two CJK characters as nothing, so that Chinese wrapped in the source
 * does not get spaces in the browser; every other soft break is left to flexmark's own renderer. Stateless,
 * shared by every document and thread.
 */
final class CjkSoftBreakRenderer implements NodeRenderer {

    /** Hands flexmark the one shared renderer each time it sets up a document. */
    static final NodeRendererFactory FACTORY = new NodeRendererFactory() {
        @Override
        public NodeRenderer apply(com.vladsch.flexmark.util.data.DataHolder options) {
            return INSTANCE;
        }
    };

    private static final CjkSoftBreakRenderer INSTANCE = new CjkSoftBreakRenderer();

    private final Set<NodeRenderingHandler<?>> handlers = Set.of(
            new NodeRenderingHandler<>(SoftLineBreak.class, (node, context, html) -> {
                if (!CjkLineBreaks.vanishes(node)) {
                    context.delegateRender();
                }
            }));

    private CjkSoftBreakRenderer() {
    }

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return handlers;
    }
}
