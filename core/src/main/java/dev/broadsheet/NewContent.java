package dev.broadsheet;

import java.time.Instant;
import java.util.Objects;

/**
 * What {@link Broadsheet#newContent} is asked to create.
 *
 * @param path     {@code <section>/<slug>} for an article, {@code <name>} for a standalone page
 * @param language the one language to create the file in, or null for every language of the site
 * @param now      the moment the article is dated, and whose day (in the site's time zone) starts its file name
 */
public record NewContent(String path, String language, Instant now) {

    public NewContent {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(now, "now");
    }

    /** A request for {@code path} in every language, dated now. */
    public static NewContent of(String path) {
        return new NewContent(path, null, Instant.now());
    }

    /** This request for one language only; null or blank means every language. */
    public NewContent inLanguage(String newLanguage) {
        return new NewContent(path, newLanguage == null || newLanguage.isBlank() ? null : newLanguage.strip(), now);
    }

    /** This request dated {@code moment} instead. */
    public NewContent at(Instant moment) {
        return new NewContent(path, language, moment);
    }
}
