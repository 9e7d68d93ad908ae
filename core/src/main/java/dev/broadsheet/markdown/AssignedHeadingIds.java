package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.html.renderer.HeaderIdGeneratorFactory;
import com.vladsch.flexmark.html.renderer.HtmlIdGenerator;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Hands flexmark the heading ids that {@link BodyWalk} stored on each heading node before rendering, so the
 * HTML and {@link RenderedMarkdown#headings()} agree. Stateless, so one instance serves every document and
 * thread.
 */
final class AssignedHeadingIds implements HeaderIdGeneratorFactory, HtmlIdGenerator {

    static final AssignedHeadingIds INSTANCE = new AssignedHeadingIds();

    private AssignedHeadingIds() {
    }

    @Override
    public HtmlIdGenerator create(LinkResolverContext context) {
        return this;
    }

    @Override
    public HtmlIdGenerator create() {
        return this;
    }

    @Override
    public void generateIds(Document document) {
        // the ids are assigned while walking the document, before rendering
    }

    @Override
    public String getId(Node node) {
        return node instanceof Heading heading ? heading.getAnchorRefId() : null;
    }

    @Override
    public String getId(CharSequence text) {
        return HeadingIds.slug(text);
    }
}
