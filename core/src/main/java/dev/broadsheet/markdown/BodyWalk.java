package dev.broadsheet.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.DoNotCollectText;
import com.vladsch.flexmark.util.ast.Node;
import dev.broadsheet.safety.UrlPolicy;
import java.util.ArrayList;
import java.util.List;

/**
 * One pass over a parsed document before it is rendered: rewrites {@code .md} links, collects the headings
 * and gives them ids, takes the text of the first paragraph, and counts the text. Text means what a reader
 * sees: not raw HTML, not image descriptions, not the URLs of bare links (they are kept in the paragraph
 * text but not counted), not footnote numbers, not footnotes nobody refers to (they are not rendered). Line
 * breaks, soft or hard, separate text unless they sit between CJK characters. One instance per document.
 */
final class BodyWalk {

    /**
     * How deep the tree may be: the walk, both writers and flexmark's parser's post-processing recurse once a
     * level. {@link BodyLimits} keeps block nesting well below; this bounds emphasis, links and images.
     */
    static final int MAX_DEPTH = 128;

    private final Document document;
    private final LinkRewriter links;
    private final TextCounter counter = new TextCounter();
    private final List<com.vladsch.flexmark.ast.Heading> headingNodes = new ArrayList<>();
    private final List<String> headingTexts = new ArrayList<>();
    private int footnoteReferences;
    private String firstParagraph;
    private PlainText capture;
    private int insideBareLink;
    private int depth;
    private boolean complete = true;

    private BodyWalk(Document document, LinkRewriter links) {
        this.document = document;
        this.links = links;
    }

    /** Walks {@code document}, leaving ids on its heading nodes and rewritten URLs on its links. */
    static Result walk(Document document, LinkRewriter links) {
        BodyWalk walk = new BodyWalk(document, links);
        walk.visitChildren(document);
        return walk.result();
    }

    /**
     * What the walk found; not {@code complete} when the tree was too deep to walk whole (an error is reported
     * then, and the body must not be written).
     */
    record Result(List<Heading> headings, String firstParagraph, int cjkCharacters, int words, boolean complete) {
    }

    private void visit(Node node) {
        if (depth >= MAX_DEPTH) {
            if (complete) links.tooDeep(node, MAX_DEPTH);
            complete = false;
            return;
        }
        depth++;
        try {
            visitNode(node);
        } finally {
            depth--;
        }
    }

    private void visitNode(Node node) {
        if (node instanceof com.vladsch.flexmark.ast.Heading heading) {
            headingNodes.add(heading);
            headingTexts.add(captureText(heading));
        } else if (node instanceof Paragraph && firstParagraph == null && node.getParent() instanceof Document) {
            String text = captureText(node);
            if (!text.isEmpty()) {
                firstParagraph = text;
            }
        } else if (node instanceof Text || node instanceof HtmlEntity) {
            addText(NodeText.unescaped(node.getChars()));
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            if (!CjkLineBreaks.vanishes(node)) {
                separate();
            }
        } else if (node instanceof Footnote footnote) {
            if (footnote.isDefined()) {
                footnoteReferences++;
            } else {
                addText(footnote.getChars().unescape());
            }
        } else if (node instanceof Link || node instanceof Reference) {
            LinkNodeBase link = (LinkNodeBase) node;
            links.rewrite(link);
            // a definition may serve images as well as links: held to the image rules here, and a link that
            // uses one with an image's data URL is refused where it is
            links.police(NodeText.unescaped(link.getUrl()), node instanceof Link ? UrlPolicy.Use.LINK
                    : UrlPolicy.Use.REFERENCE, node);
            visitChildren(node);
        } else if (node instanceof LinkRef ref) {
            if (ref.isDefined()) {
                links.policeImageUrl(NodeText.unescaped(ref.getReferenceNode(document).getUrl()), node);
            }
            visitChildren(node);
        } else if (node instanceof Image image) {
            // references are policed where they are defined; the description is not text a reader sees
            links.police(NodeText.unescaped(image.getUrl()), UrlPolicy.Use.IMAGE, node);
        } else if (node instanceof AutoLink || node instanceof MailLink) {
            if (node instanceof AutoLink link) {
                CjkAutolinks.trim(link);
                String text = NodeText.raw(link.getText());
                links.police(text.startsWith("www.") ? "http://" + text : text, UrlPolicy.Use.LINK, node);
            }
            insideBareLink++;
            visitChildren(node);
            insideBareLink--;
        } else if (node instanceof FootnoteBlock footnote && !footnote.isReferenced()) {
            // not rendered
        } else if (!isHidden(node)) {
            boolean block = node instanceof Block || node instanceof TableCell;
            if (block) {
                separate();
            }
            visitChildren(node);
            if (block) {
                separate();
            }
        }
    }

    private void visitChildren(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visit(child);
        }
    }

    private String captureText(Node node) {
        PlainText outer = capture;
        capture = new PlainText();
        separate();
        visitChildren(node);
        separate();
        String text = capture.toString();
        capture = outer;
        return text;
    }

    private void addText(String text) {
        if (insideBareLink == 0) {
            counter.append(text);
        }
        if (capture != null) {
            capture.append(text);
        }
    }

    private void separate() {
        counter.boundary();
        if (capture != null) {
            capture.space();
        }
    }

    private static boolean isHidden(Node node) {
        return node instanceof HtmlBlockBase || node instanceof HtmlInlineBase || node instanceof Image
                || node instanceof ImageRef || node instanceof DoNotCollectText;
    }

    private Result result() {
        HeadingIds ids = new HeadingIds(footnoteReferences);
        List<Heading> headings = new ArrayList<>(headingNodes.size());
        for (int i = 0; i < headingNodes.size(); i++) {
            com.vladsch.flexmark.ast.Heading node = headingNodes.get(i);
            String id = ids.assign(headingTexts.get(i));
            node.setAnchorRefId(id);
            headings.add(new Heading(node.getLevel(), id, headingTexts.get(i)));
        }
        String paragraph = firstParagraph == null ? "" : firstParagraph;
        return new Result(headings, paragraph, counter.cjkCharacters(), counter.words(), complete);
    }
}
