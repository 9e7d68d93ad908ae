package dev.broadsheet.content;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A standalone page: a Markdown file directly under {@code content/<lang>/}. It is not listed in sections,
 * tags or feeds.
 */
public record Page(
        String sourcePath,
        String language,
        String path,
        String title,
        String kicker,
        String subtitle,
        ZonedDateTime date,
        ZonedDateTime updated,
        List<Author> authors,
        List<String> tags,
        String summary,
        String slug,
        String translationKey,
        boolean draft,
        Image image,
        List<String> aliases,
        int weight,
        Map<String, Object> params,
        Body body) implements Document {

    public Page {
        Objects.requireNonNull(sourcePath, "sourcePath");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(title, "title");
        kicker = kicker == null ? "" : kicker;
        subtitle = subtitle == null ? "" : subtitle;
        authors = List.copyOf(authors);
        tags = List.copyOf(tags);
        summary = summary == null ? "" : summary;
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(translationKey, "translationKey");
        aliases = List.copyOf(aliases);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Objects.requireNonNull(body, "body");
    }
}
