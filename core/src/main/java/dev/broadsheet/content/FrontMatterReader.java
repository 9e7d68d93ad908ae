package dev.broadsheet.content;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.safety.UrlPolicy;
import dev.broadsheet.yaml.YamlMapping;
import dev.broadsheet.yaml.YamlValue;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the typed fields of an article's or page's front matter, reporting every wrong or missing value at
 * its line and column. Keys Broadsheet does not know are kept as params for templates.
 */
final class FrontMatterReader {

    static final Set<String> KNOWN = Set.of("title", "kicker", "subtitle", "date", "updated", "authors", "tags",
            "summary", "slug", "translationKey", "draft", "image", "aliases", "weight");
    private static final List<String> IMAGE_KEYS = List.of("src", "alt", "caption");
    private static final List<String> AUTHOR_KEYS = List.of("name", "role");
    private static final Pattern DATED_NAME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final ZoneId zone;
    private final UrlPolicy urls;
    private final Diagnostics diagnostics;

    /**
     * @param zone        the site's time zone
     * @param urls        the URLs front matter may give (an image's {@code src})
     * @param diagnostics where this file's problems go: one collector per file, so that counting errors
     *                    before and after a value is not disturbed by other files read at the same time
     */
    FrontMatterReader(ZoneId zone, UrlPolicy urls, Diagnostics diagnostics) {
        this.zone = zone;
        this.urls = urls;
        this.diagnostics = diagnostics;
    }

    /** The fields of {@code source}, or empty when any of them is wrong (each problem reported). */
    Optional<Fields> read(SourceFile source, YamlMapping yaml) {
        int errorsBefore = diagnostics.errorCount();
        boolean article = source.section() != null;
        String title = yaml.requiredString("title").map(String::strip).orElse(null);
        ZonedDateTime date = article ? yaml.get("date").isPresent() ? date(yaml, "date") : missingDate(yaml)
                : date(yaml, "date");
        ZonedDateTime updated = date(yaml, "updated");
        List<Author> authors = authors(yaml);
        List<String> tags = yaml.strings("tags").orElse(List.of()).stream()
                .map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
        String slug = yaml.get("slug").filter(v -> !v.isNull()).flatMap(v -> v.asString().flatMap(s -> slug(s, v)))
                .orElseGet(() -> defaultSlug(source));
        String translationKey = yaml.string("translationKey").map(String::strip).filter(s -> !s.isEmpty())
                .orElse(source.key());
        Image image = yaml.mapping("image").flatMap(this::image).orElse(null);
        List<String> aliases = yaml.get("aliases").filter(v -> !v.isNull())
                .flatMap(v -> v.asStrings().map(list -> aliases(list, v))).orElse(List.of());
        Map<String, Object> params = new LinkedHashMap<>();
        for (String key : yaml.keys()) {
            if (!KNOWN.contains(key)) {
                params.put(key, yaml.get(key).orElseThrow().toPlain());
            }
        }
        Fields fields = new Fields(title,
                yaml.string("kicker").map(String::strip).orElse(""),
                yaml.string("subtitle").map(String::strip).orElse(""),
                date, updated, authors, tags,
                yaml.string("summary").map(String::strip).orElse(""),
                slug, keyPosition(yaml, "slug"),
                translationKey, keyPosition(yaml, "translationKey"),
                yaml.bool("draft").orElse(false),
                image, aliases, keyPosition(yaml, "aliases"),
                yaml.integer("weight").orElse(0),
                params);
        boolean failed = diagnostics.errorCount() > errorsBefore || title == null || article && date == null;
        return failed ? Optional.empty() : Optional.of(fields);
    }

    private ZonedDateTime missingDate(YamlMapping yaml) {
        diagnostics.error(yaml.position(), "date: required (write it as YYYY-MM-DD, e.g. date: 2025-11-20)");
        return null;
    }

    private ZonedDateTime date(YamlMapping yaml, String key) {
        Optional<YamlValue> value = yaml.get(key).filter(v -> !v.isNull());
        if (value.isEmpty()) {
            if (yaml.get(key).isPresent() && key.equals("date")) {
                diagnostics.error(yaml.keyPosition(key), "date: must not be empty");
            }
            return null;
        }
        Optional<String> text = value.get().asString();
        if (text.isEmpty()) return null;
        return Dates.parse(text.get(), zone).orElseGet(() -> {
            value.get().fail("cannot read '" + text.get()
                    + "' as a date (expected YYYY-MM-DD or a date-time such as 2025-11-20T08:30:00+08:00)");
            return null;
        });
    }

    private List<Author> authors(YamlMapping yaml) {
        Optional<YamlValue> value = yaml.get("authors").filter(v -> !v.isNull());
        if (value.isEmpty()) return List.of();
        List<Author> authors = new ArrayList<>();
        for (YamlValue item : value.get().asList("a list of authors ({name, role} or names)").orElse(List.of())) {
            if (item.isMapping()) {
                item.asMapping().ifPresent(m -> {
                    m.rejectUnknown(AUTHOR_KEYS);
                    m.requiredString("name").ifPresent(name ->
                            authors.add(new Author(name.strip(), m.string("role").map(String::strip).orElse(""))));
                });
            } else if (item.isScalar()) {
                item.asString().map(String::strip).filter(s -> !s.isEmpty())
                        .ifPresent(name -> authors.add(new Author(name, "")));
            } else {
                item.fail("expected a name or {name, role}");
            }
        }
        return authors;
    }

    private Optional<String> slug(String slug, YamlValue value) {
        return Slugs.isSlug(slug) ? Optional.of(slug) : value.fail(Slugs.problem(slug));
    }

    private static String defaultSlug(SourceFile source) {
        String name = DATED_NAME.matcher(source.baseName()).replaceFirst("");
        if (name.isEmpty()) name = source.baseName();
        return SPACES.matcher(name.strip()).replaceAll("-");
    }

    private Optional<Image> image(YamlMapping m) {
        m.rejectUnknown(IMAGE_KEYS);
        Optional<String> src = m.requiredString("src");
        if (src.isPresent() && m.get("alt").filter(v -> !v.isNull()).isEmpty()) {
            diagnostics.error(m.position(), "image.alt: required with image.src: describe the image for readers "
                    + "who cannot see it (alt: \"\" only for a purely decorative image)");
            return Optional.empty();
        }
        Optional<String> alt = m.string("alt");
        String refusal = src.map(url -> urls.refusal(url, UrlPolicy.Use.IMAGE)).orElse(null);
        if (refusal != null) {
            diagnostics.error(m.get("src").orElseThrow().position(), "image.src: " + refusal);
            return Optional.empty();
        }
        if (src.isEmpty() || alt.isEmpty()) return Optional.empty();
        return Optional.of(new Image(src.get().strip(), alt.get().strip(), m.string("caption").map(String::strip)
                .orElse("")));
    }

    private List<String> aliases(List<String> list, YamlValue value) {
        List<String> result = new ArrayList<>();
        for (String alias : list) {
            String a = alias.strip();
            if (!a.startsWith("/") || a.contains("..") || a.contains("\\") || a.contains("?") || a.contains("#")
                    || a.equals("/")) {
                value.fail("'" + alias + "' is not a site path such as /old/story.html or /old/story/");
            } else {
                result.add(a);
            }
        }
        return result;
    }

    private static SourcePosition keyPosition(YamlMapping yaml, String key) {
        return yaml.get(key).isPresent() ? yaml.keyPosition(key) : null;
    }
}
