package dev.broadsheet.config;

import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The typed contents of {@code site.yaml}.
 *
 * @param baseUrl         absolute URL the site is served under, ending with {@code /}; may carry a path
 * @param timeZone        zone in which date-only dates are midnight
 * @param defaultLanguage the language served at the root
 * @param permalink       the article URL pattern
 * @param paginate        articles per list page
 * @param languages       languages in switcher order; the default language is among them
 * @param sections        sections in navigation order
 * @param tags            tags paired across languages
 * @param markdown        Markdown options
 * @param security        the URL policy and Content-Security-Policy
 * @param punctuation     the rules of the Chinese punctuation check that are on
 * @param identity        the publisher and the images that stand for the site
 * @param search          whether the search index, the search page and the masthead search box are written
 */
public record SiteConfig(
        String baseUrl,
        ZoneId timeZone,
        String defaultLanguage,
        Permalink permalink,
        int paginate,
        List<LanguageConfig> languages,
        List<SectionConfig> sections,
        List<TagPairing> tags,
        MarkdownConfig markdown,
        SecurityConfig security,
        PunctuationConfig punctuation,
        IdentityConfig identity,
        boolean search) {

    public SiteConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        Objects.requireNonNull(permalink, "permalink");
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
        tags = List.copyOf(tags);
        Objects.requireNonNull(markdown, "markdown");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(punctuation, "punctuation");
        Objects.requireNonNull(identity, "identity");
        if (!baseUrl.endsWith("/")) {
            throw new IllegalArgumentException("baseUrl must end with /: " + baseUrl);
        }
    }

    /**
     * The path part of {@link #baseUrl}, always starting and ending with {@code /}: {@code /} for a site at
     * a domain's root, {@code /news/} for a GitHub Pages project site.
     */
    public String basePath() {
        String path = URI.create(baseUrl).getRawPath();
        return path == null || path.isEmpty() ? "/" : path;
    }

    /** The language with {@code key}, if declared. */
    public Optional<LanguageConfig> language(String key) {
        return languages.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    /** The section with {@code key}, if declared. */
    public Optional<SectionConfig> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The same configuration served under another base URL (for preview deployments). */
    public SiteConfig withBaseUrl(String newBaseUrl) {
        return new SiteConfig(newBaseUrl, timeZone, defaultLanguage, permalink, paginate, languages, sections, tags,
                markdown, security, punctuation, identity, search);
    }

    /**
     * The path prefix of a language's pages, relative to the site root: empty for the default language,
     * {@code en/} for the others.
     */
    public String languagePrefix(String language) {
        return language.equals(defaultLanguage) ? "" : language + "/";
    }
}
