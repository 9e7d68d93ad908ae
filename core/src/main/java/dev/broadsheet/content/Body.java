package dev.broadsheet.content;

import java.util.List;
import java.util.Objects;

/**
 * The rendered Markdown body of an article or page, with what is derived from it.
 *
 * @param html           the body as HTML
 * @param toc            the headings, in document order, for a table of contents
 * @param wordCount      CJK characters plus words of other scripts
 * @param readingMinutes estimated reading time, at least 1
 */
public record Body(String html, List<TocEntry> toc, int wordCount, int readingMinutes) {
    public Body {
        Objects.requireNonNull(html, "html");
        toc = List.copyOf(toc);
    }
}
