package dev.broadsheet.content;

/**
 * A heading of a body, for a table of contents.
 *
 * @param level 1 to 6
 * @param id    the heading's id, unique in its page
 * @param text  the heading's plain text
 */
public record TocEntry(int level, String id, String text) {
}
