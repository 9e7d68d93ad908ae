package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.safety.UrlPolicy;

/**
 * Rewrites the relative {@code .md} links of one document to the URLs of their pages, in the syntax tree
 * before it is rendered, and reports the ones whose file does not exist at the position of their {@code [}.
 * Those are left as written. Holds every URL of the document to the site's {@link UrlPolicy} as well, so that
 * a body with a refused URL is an error whichever writer would have rendered it. One instance per document.
 */
final class LinkRewriter {

    private final LinkResolver resolver;
    private final UrlPolicy policy;
    private final Diagnostics diagnostics;
    private final BodyPositions positions;

    LinkRewriter(LinkResolver resolver, UrlPolicy policy, Diagnostics diagnostics, BodyPositions positions) {
        this.resolver = resolver;
        this.policy = policy;
        this.diagnostics = diagnostics;
        this.positions = positions;
    }

    /** Reports that {@code node} is nested deeper than a body may be. */
    void tooDeep(Node node, int limit) {
        diagnostics.error(positions.at(node.getStartOffset()), "nested more than " + limit + " deep (emphasis, links, "
                + "images, lists and quotes inside each other); at most " + limit + " levels are allowed");
    }

    /**
     * Reports {@code url}, the URL of a reference that {@code node}, a link, uses, when it is allowed for images
     * but not for links (an image's data URL); every other refused URL was reported where it is defined.
     */
    void policeImageUrl(String url, Node node) {
        if (policy.refusal(url, UrlPolicy.Use.IMAGE) == null) {
            police(url, UrlPolicy.Use.LINK, node);
        }
    }

    /**
     * Reports {@code url}, the URL of {@code node} as the HTML will carry it, at the node's position when the
     * policy refuses it for {@code use}.
     */
    void police(String url, UrlPolicy.Use use, Node node) {
        String refusal = policy.refusal(url, use);
        if (refusal != null) {
            diagnostics.error(positions.at(node.getStartOffset()), refusal);
        }
    }

    /** Rewrites an inline link ({@code [a](b.md)}) or a reference definition ({@code [r]: b.md}). */
    void rewrite(LinkNodeBase link) {
        MarkdownLinkTarget target = MarkdownLinkTarget.parse(link.getUrl().unescape());
        if (target == null) {
            return;
        }
        String url = resolver.resolve(target.path());
        if (url == null) {
            diagnostics.error(positions.at(link.getStartOffset()),
                    "link target '" + target.written() + "' does not exist");
            return;
        }
        link.setUrl(BasedSequence.of(escapeForUnescape(url + target.suffix())));
    }

    /**
     * flexmark un-escapes a link's URL when rendering it, which would turn a {@code \_} in the resolved URL
     * into {@code _}; doubling backslashes makes the URL come out as given.
     */
    private static String escapeForUnescape(String url) {
        return url.indexOf('\\') < 0 ? url : url.replace("\\", "\\\\");
    }
}
