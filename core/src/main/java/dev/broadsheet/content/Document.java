package dev.broadsheet.content;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * What articles and standalone pages have in common: everything read from one Markdown file.
 */
public sealed interface Document permits Article, Page {

    /** The source file, relative to the site folder, with {@code /} separators. */
    String sourcePath();

    /** The language key. */
    String language();

    /**
     * The page's path relative to the site root, without a leading {@code /} and ending with {@code /}:
     * {@code economy/a-story/} or {@code en/economy/a-story/}.
     */
    String path();

    String title();

    /** The line above the headline, or empty. */
    String kicker();

    /** The line below the headline, or empty. */
    String subtitle();

    /** Publication time; null only for a standalone page without a date. */
    ZonedDateTime date();

    /** Last substantive change, or null. */
    ZonedDateTime updated();

    List<Author> authors();

    List<String> tags();

    /** The summary given in front matter, or one derived from the first paragraph. */
    String summary();

    String slug();

    String translationKey();

    boolean draft();

    /** The cover image, or null. */
    Image image();

    /** Old site paths that redirect here, as written ({@code /old/a.html}). */
    List<String> aliases();

    int weight();

    /** Front matter keys Broadsheet does not know, as parsed YAML, for templates. */
    Map<String, Object> params();

    Body body();
}
