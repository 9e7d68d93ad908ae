package dev.broadsheet.markdown;

/**
 * Which extensions of the dialect a body could use, judged from characters that every use of them has in
 * the source: a bare URL or e-mail address has "://", "www." (also "WWW.", "Www.") or "@"; a table has "|";
 * strikethrough has "~"; a footnote reference or definition has "[^". A body without them parses the same
 * without the extension, and skipping it skips its setup and its scans of every paragraph or text node.
 */
final class ExtensionHints {

    static final int AUTOLINKS = 1;
    static final int TABLES = 2;
    static final int STRIKETHROUGH = 4;
    static final int FOOTNOTES = 8;
    /** Every extension: the dialect itself. */
    static final int ALL = AUTOLINKS | TABLES | STRIKETHROUGH | FOOTNOTES;

    private ExtensionHints() {
    }

    /** The extensions {@code markdown} could use, a combination of the flags above; one pass over the text. */
    static int of(String markdown) {
        return of(markdown, markdown.toCharArray());
    }

    /** {@link #of(String)} when the caller has the characters of {@code markdown} at hand. */
    static int of(String markdown, char[] text) {
        int found = 0;
        for (int i = 0; i < text.length && found != ALL; i++) {
            switch (text[i]) {
                case '|' -> found |= TABLES;
                case '~' -> found |= STRIKETHROUGH;
                case '@' -> found |= AUTOLINKS;
                case ':' -> found |= markdown.startsWith("//", i + 1) ? AUTOLINKS : 0;
                case '.' -> found |= i >= 3 && isWww(markdown, i - 3) ? AUTOLINKS : 0;
                case '^' -> found |= i > 0 && text[i - 1] == '[' ? FOOTNOTES : 0;
                default -> {
                }
            }
        }
        return found;
    }

    private static boolean isWww(String markdown, int at) {
        return markdown.startsWith("www", at) || markdown.startsWith("WWW", at) || markdown.startsWith("Www", at);
    }
}
