package dev.broadsheet.render.view;

/**
 * One {@code <link rel="alternate" hreflang>} of a page: the page itself, a translation, or {@code x-default}.
 *
 * @param hreflang a BCP 47 locale ({@code zh-CN}) or {@code x-default}
 * @param href     the absolute URL
 */
public record Alternate(String hreflang, String href) {
}
