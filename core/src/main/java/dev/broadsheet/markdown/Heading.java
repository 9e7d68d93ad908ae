package dev.broadsheet.markdown;

import java.util.Objects;

/**
 * A heading of a rendered body.
 *
 * @param level 1 to 6
 * @param id    the heading's {@code id} in the HTML, unique in its page and never empty
 * @param text  the heading's plain text, without markup
 */
public record Heading(int level, String id, String text) {

    /** Checks the values: level 1 to 6, id not empty. */
    public Heading {
        if (level < 1 || level > 6) {
            throw new IllegalArgumentException("heading level must be 1 to 6, was " + level);
        }
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("heading id must not be empty");
        }
    }
}
