package dev.broadsheet.content;

import java.util.Objects;

/**
 * A byline entry.
 *
 * @param name the person's name
 * @param role their role ({@code 通讯员}, {@code Correspondent}); empty when not given
 */
public record Author(String name, String role) {
    public Author {
        Objects.requireNonNull(name, "name");
        role = role == null ? "" : role;
    }
}
