package dev.broadsheet.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * The built-in theme's files on the class path, under {@code dev/broadsheet/theme/}: {@code templates/},
 * {@code i18n/<lang>.yaml} and {@code assets/}. Their names are listed here because a class path inside a jar
 * cannot be listed.
 */
final class ThemeResources {

    /** Where the theme lives on the class path. */
    static final String ROOT = "dev/broadsheet/theme/";

    /** The theme's templates; a site's {@code templates/} folder may override each of them. */
    static final List<String> TEMPLATES = List.of("layout.ftlh", "parts.ftlh", "home.ftlh", "section.ftlh",
            "tag.ftlh", "article.ftlh", "page.ftlh", "404.ftlh", "alias.ftlh", "meta.ftlh", "search.ftlh");

    /** The theme's stylesheet, under {@code assets/}. */
    static final String STYLESHEET = "broadsheet.css";

    /** The theme's script (the large-text switch), under {@code assets/}; pages work without it. */
    static final String SCRIPT = "broadsheet.js";

    /** The search page's script, under {@code assets/}; written only for a site with search. */
    static final String SEARCH_SCRIPT = "search.js";

    /** The theme's static files, written under {@code assets/}: stylesheet, script and the default icons. */
    static final List<String> ASSETS = List.of(STYLESHEET, SCRIPT, SiteIdentity.THEME_ICON,
            SiteIdentity.THEME_APPLE_TOUCH_ICON);

    private ThemeResources() {
    }

    /** The bytes of the theme file at {@code path} (relative to {@link #ROOT}), if there is one. */
    static Optional<byte[]> read(String path) {
        try (InputStream in = ThemeResources.class.getClassLoader().getResourceAsStream(ROOT + path)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the theme's " + path, e);
        }
    }
}
