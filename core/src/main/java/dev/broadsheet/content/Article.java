package dev.broadsheet.content;

import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An article: a Markdown file in a section folder, {@code content/<lang>/<section>/…}.
 */
public record Article(
        String sourcePath,
        String language,
        String section,
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

    public Article {
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
