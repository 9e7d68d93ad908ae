package dev.broadsheet.markdown;

import java.util.List;
import java.util.Objects;

/**
 * A Markdown body rendered to HTML, with what was learnt from it on the way.
 *
 * @param html           the body as HTML
 * @param headings       every heading, in document order
 * @param firstParagraph the plain text of the first top-level paragraph that has text, or {@code ""}
 * @param cjkCharacters  the Han, kana and hangul characters of the body's text
 * @param words          the words of other scripts in the body's text
 */
public record RenderedMarkdown(String html, List<Heading> headings, String firstParagraph, int cjkCharacters,
                               int words) {

    /** Copies the heading list and checks the values. */
    public RenderedMarkdown {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(firstParagraph, "firstParagraph");
        headings = List.copyOf(headings);
        if (cjkCharacters < 0 || words < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
    }
}
