/**
 * Markdown: turns the body of an article or page into HTML with what is derived from it.
 *
 * <p>{@link dev.broadsheet.markdown.MarkdownRenderer} sets flexmark up once per site (CommonMark, GFM tables,
 * strikethrough, autolinks, footnotes) and renders bodies from any thread. A body in the plain Markdown most
 * news is written in (paragraphs, headings, tight lists, links, simple tables) is read by
 * {@link dev.broadsheet.markdown.PlainMarkdown} into the very tree flexmark's parser would make; flexmark parses
 * every other body. {@link dev.broadsheet.markdown.BodyHtmlWriter} writes the HTML with the characters
 * flexmark's own renderer would give, leaving to that renderer only the bodies it cannot vouch for. This
 * package owns the Markdown dialect of a Broadsheet site: heading ids that are unique in a page (Chinese
 * headings included), soft line breaks between CJK characters that render as nothing, bare URLs that end where
 * CJK punctuation starts, relative links to other {@code .md} files rewritten to page URLs (and reported with
 * their file position when the target does not exist), raw HTML kept or dropped as the site says, and the text
 * measures ({@link dev.broadsheet.markdown.TextStats}) used for summaries and reading time.
 *
 * <p>{@link dev.broadsheet.markdown.Prose} reads the prose of a body, paragraph by paragraph and with the offset of
 * each character, for the checks that point at characters of the source and the fixes that replace them; code,
 * URLs, link destinations and HTML are not prose.
 *
 * <p>It knows nothing of front matter, templates or output files: callers say where the body starts in its
 * file and how to resolve a {@code .md} path.
 */
package dev.broadsheet.markdown;
