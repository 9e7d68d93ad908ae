package dev.broadsheet.config;

/**
 * Markdown options of a site.
 *
 * @param rawHtml whether raw HTML in Markdown is kept; when false it is dropped
 */
public record MarkdownConfig(boolean rawHtml) {
    /** The defaults: raw HTML dropped. */
    public static final MarkdownConfig DEFAULT = new MarkdownConfig(false);
}
