package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.broadsheet.diagnostics.Diagnostics;

/**
 * Rewrites the relative {@code .md} links of one document to the URLs of their pages, in the syntax tree
 * before it is rendered, and reports the ones whose file does not exist at the position of their {@code [}.
 * Those are left as written. One instance per document.
 */
final class LinkRewriter {

    private final LinkResolver resolver;
    private final Diagnostics diagnostics;
    private final BodyPositions positions;

    LinkRewriter(LinkResolver resolver, Diagnostics diagnostics, BodyPositions positions) {
        this.resolver = resolver;
        this.diagnostics = diagnostics;
        this.positions = positions;
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
