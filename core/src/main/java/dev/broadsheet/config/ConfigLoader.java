package dev.broadsheet.config;

import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.TextFiles;
import dev.broadsheet.safety.ContentSecurityPolicy;
import dev.broadsheet.safety.UrlPolicy;
import dev.broadsheet.yaml.YamlMapping;
import dev.broadsheet.yaml.YamlParser;
import dev.broadsheet.yaml.YamlValue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code site.yaml} strictly: every key must be known, every value of the right type, and every problem
 * is reported with its line and column before loading gives up.
 */
public final class ConfigLoader {

    /** The configuration file's name inside a site folder. */
    public static final String FILE = "site.yaml";
    /** The zone of a site that names none, as the site format gives it. */
    public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Shanghai");

    private static final List<String> TOP_KEYS = List.of("baseUrl", "timeZone", "defaultLanguage", "permalink",
            "paginate", "languages", "sections", "tags", "markdown", "security",
            "punctuation", "identity", "search");
    /** Section keys whose folders would clash with the search page ({@code search/}) or the index. */
    private static final List<String> RESERVED_SECTIONS = List.of("search", "search-index");
    private static final List<String> LANGUAGE_KEYS = List.of("locale", "name", "title", "description");
    private static final List<String> MARKDOWN_KEYS = List.of("rawHtml");
    private static final List<String> SECURITY_KEYS = List.of("urlSchemes", "contentSecurityPolicy");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]*");
    private static final Pattern LOCALE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final Path siteDir;
    private final Diagnostics diagnostics;

    private ConfigLoader(Path siteDir, Diagnostics diagnostics) {
        this.siteDir = siteDir;
        this.diagnostics = diagnostics;
    }

    /**
     * Loads {@code siteDir/site.yaml}.
     *
     * @return the configuration, or empty when it has errors (reported to {@code diagnostics})
     */
    public static Optional<SiteConfig> load(Path siteDir, Diagnostics diagnostics) {
        Path file = siteDir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(SourcePosition.of(FILE, 1), "no site.yaml in " + siteDir.toAbsolutePath()
                    + " (is this the site folder?)");
            return Optional.empty();
        }
        return TextFiles.read(file, FILE, diagnostics)
                .flatMap(text -> YamlParser.parseMapping(text, FILE, 1, diagnostics))
                .flatMap(root -> new ConfigLoader(siteDir, diagnostics).read(root));
    }

    private Optional<SiteConfig> read(YamlMapping root) {
        int errorsBefore = diagnostics.errorCount();
        root.rejectUnknown(TOP_KEYS);
        String baseUrl = root.requiredString("baseUrl").flatMap(url -> baseUrl(url, root)).orElse(null);
        ZoneId zone = root.get("timeZone").flatMap(v -> v.asString().flatMap(z -> zone(z, v)))
                .orElse(DEFAULT_TIME_ZONE);
        Permalink permalink = root.get("permalink").filter(v -> !v.isNull())
                .flatMap(v -> v.asString().flatMap(p -> permalink(p, v))).orElse(Permalink.DEFAULT);
        int paginate = root.get("paginate").filter(v -> !v.isNull())
                .flatMap(v -> v.asInteger().filter(n -> n > 0 || v.fail("must be at least 1").isPresent()))
                .orElse(10);
        List<LanguageConfig> languages = root.get("languages").isEmpty()
                ? missing(root, "languages", List.<LanguageConfig>of())
                : root.mapping("languages").map(this::languages).orElse(List.of());
        String defaultLanguage = root.requiredString("defaultLanguage").orElse(null);
        if (defaultLanguage != null && !languages.isEmpty()
                && languages.stream().noneMatch(l -> l.key().equals(defaultLanguage))) {
            diagnostics.error(root.get("defaultLanguage").get().position(), "defaultLanguage: '" + defaultLanguage
                    + "' is not one of the languages (" + String.join(", ", keys(languages)) + ")");
        }
        List<SectionConfig> sections = root.mapping("sections")
                .map(m -> named(m, languages, "section")).orElse(List.of()).stream()
                .map(e -> new SectionConfig(e.getKey(), e.getValue())).toList();
        List<TagPairing> tags = root.mapping("tags")
                .map(m -> named(m, languages, "tag")).orElse(List.of()).stream()
                .map(e -> new TagPairing(e.getKey(), e.getValue())).toList();
        MarkdownConfig markdown = root.mapping("markdown").map(m -> {
            m.rejectUnknown(MARKDOWN_KEYS);
            return new MarkdownConfig(m.bool("rawHtml").orElse(false));
        }).orElse(MarkdownConfig.DEFAULT);
        SecurityConfig security = root.mapping("security").map(this::security).orElse(SecurityConfig.DEFAULT);
        PunctuationConfig punctuation = root.mapping("punctuation").map(m -> {
            m.rejectUnknown(PunctuationConfig.KEYS);
            return new PunctuationConfig(m.bool("halfWidth").orElse(true), m.bool("brackets").orElse(true),
                    m.bool("ellipsis").orElse(true), m.bool("quotes").orElse(true));
        }).orElse(PunctuationConfig.DEFAULT);
        IdentityConfig identity = root.mapping("identity")
                .map(m -> new IdentityReader(siteDir, languages, security.urls()).read(m)).orElse(IdentityConfig.DEFAULT);
        boolean search = root.get("search").filter(v -> !v.isNull()).flatMap(YamlValue::asBoolean).orElse(true);
        if (diagnostics.errorCount() > errorsBefore || baseUrl == null || defaultLanguage == null
                || languages.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SiteConfig(baseUrl, zone, defaultLanguage, permalink, paginate, languages, sections,
                tags, markdown, security, punctuation, identity, search));
    }

    private <T> T missing(YamlMapping root, String key, T fallback) {
        diagnostics.error(root.position(), key + ": required");
        return fallback;
    }

    private SecurityConfig security(YamlMapping security) {
        security.rejectUnknown(SECURITY_KEYS);
        UrlPolicy urls = UrlPolicy.DEFAULT;
        Optional<YamlValue> schemes = security.get("urlSchemes").filter(v -> !v.isNull());
        if (schemes.isPresent()) {
            List<String> more = new ArrayList<>();
            for (String scheme : schemes.get().asStrings().orElse(List.of())) {
                String name = scheme.strip().toLowerCase(java.util.Locale.ROOT);
                if (name.endsWith(":")) name = name.substring(0, name.length() - 1);
                if (UrlPolicy.isScheme(name)) {
                    more.add(name);
                } else {
                    schemes.get().fail("'" + scheme + "' is not a URL scheme (a letter, then letters, digits, "
                            + "'+', '-' or '.', e.g. ftp)");
                }
            }
            urls = urls.allowing(more);
        }
        ContentSecurityPolicy csp = security.get("contentSecurityPolicy").filter(v -> !v.isNull())
                .map(this::contentSecurityPolicy).orElse(ContentSecurityPolicy.DEFAULT);
        return new SecurityConfig(urls, csp);
    }

    /** {@code false}, or sources to add by directive: {@code {img-src: [https://img.example.org]}}. */
    private ContentSecurityPolicy contentSecurityPolicy(YamlValue value) {
        if (value.isScalar()) {
            return value.asBoolean().orElse(true) ? ContentSecurityPolicy.DEFAULT : ContentSecurityPolicy.OFF;
        }
        Optional<YamlMapping> directives = value.asMapping();
        if (directives.isEmpty()) return ContentSecurityPolicy.DEFAULT;
        Map<String, List<String>> additions = new LinkedHashMap<>();
        for (String directive : directives.get().keys()) {
            YamlValue sources = directives.get().get(directive).orElseThrow();
            if (!ContentSecurityPolicy.DIRECTIVES.contains(directive)) {
                diagnostics.error(directives.get().keyPosition(directive), "security.contentSecurityPolicy: '"
                        + directive + "' is not a directive a page's <meta> policy can carry (known: "
                        + String.join(", ", new java.util.TreeSet<>(ContentSecurityPolicy.DIRECTIVES)) + ")");
                continue;
            }
            List<String> list = new ArrayList<>();
            for (String source : sources.isNull() ? List.<String>of() : sources.asStrings().orElse(List.of())) {
                String problem = ContentSecurityPolicy.sourceProblem(source.strip());
                if (problem != null) {
                    sources.fail(problem);
                } else {
                    list.add(source.strip());
                }
            }
            additions.put(directive, list);
        }
        return new ContentSecurityPolicy(true, additions);
    }

    private Optional<String> baseUrl(String url, YamlMapping root) {
        YamlValue value = root.get("baseUrl").orElseThrow();
        URI uri;
        try {
            uri = new URI(url);
        } catch (java.net.URISyntaxException e) {
            return value.fail("not a valid URL: " + e.getMessage());
        }
        if (!uri.isAbsolute() || uri.getHost() == null || !(url.startsWith("http://") || url.startsWith("https://"))) {
            return value.fail("must be an absolute http(s) URL such as https://news.example.org/, not '" + url + "'");
        }
        if (uri.getQuery() != null || uri.getFragment() != null) {
            return value.fail("must not have a query or fragment: '" + url + "'");
        }
        return Optional.of(url.endsWith("/") ? url : url + "/");
    }

    private Optional<ZoneId> zone(String id, YamlValue value) {
        try {
            return Optional.of(ZoneId.of(id));
        } catch (DateTimeException e) {
            return value.fail("unknown time zone '" + id + "' (use an IANA name such as Asia/Shanghai)");
        }
    }

    private Optional<Permalink> permalink(String pattern, YamlValue value) {
        Permalink permalink = new Permalink(pattern);
        String unknown = permalink.unknownToken();
        if (unknown != null) {
            return value.fail("unknown token " + unknown + " (known: :" + String.join(" :", Permalink.TOKENS) + ")");
        }
        if (!pattern.contains(":slug")) {
            return value.fail("must contain :slug so that every article gets its own URL");
        }
        return Optional.of(permalink);
    }

    private List<LanguageConfig> languages(YamlMapping mapping) {
        List<LanguageConfig> result = new ArrayList<>();
        if (mapping.keys().isEmpty()) {
            diagnostics.error(mapping.position(), "languages: declare at least one language");
        }
        for (String key : mapping.keys()) {
            YamlValue value = mapping.get(key).orElseThrow();
            if (!KEY.matcher(key).matches()) {
                diagnostics.error(mapping.keyPosition(key), "languages: '" + key
                        + "' is not a valid language key (lowercase letters, digits, '-')");
                continue;
            }
            Optional<YamlMapping> fields = value.isNull() ? Optional.empty() : value.asMapping();
            if (!value.isNull() && fields.isEmpty()) continue;
            fields.ifPresent(f -> f.rejectUnknown(LANGUAGE_KEYS));
            String locale = fields.flatMap(f -> f.string("locale")).orElse(key);
            if (!LOCALE.matcher(locale).matches()) {
                diagnostics.error(fields.map(f -> f.get("locale").orElseThrow().position()).orElse(value.position()),
                        "languages." + key + ".locale: '" + locale + "' is not a BCP 47 language tag such as zh-CN");
            }
            String name = fields.flatMap(f -> f.string("name")).orElse(key);
            String title = fields.flatMap(f -> f.string("title")).orElse(key);
            String description = fields.flatMap(f -> f.string("description")).orElse("");
            result.add(new LanguageConfig(key, locale, name, title, description));
        }
        return result;
    }

    /** Reads {@code key: {lang: name, …}} entries (sections, tag pairings); a plain string names all languages. */
    private List<Map.Entry<String, Map<String, String>>> named(YamlMapping mapping, List<LanguageConfig> languages,
                                                               String what) {
        List<String> languageKeys = keys(languages);
        List<Map.Entry<String, Map<String, String>>> result = new ArrayList<>();
        for (String key : mapping.keys()) {
            YamlValue value = mapping.get(key).orElseThrow();
            if (what.equals("section") && !KEY.matcher(key).matches()) {
                diagnostics.error(mapping.keyPosition(key), "sections: '" + key
                        + "' is not a valid section key (lowercase letters, digits, '-', '_')");
                continue;
            }
            if (what.equals("section") && RESERVED_SECTIONS.contains(key)) {
                diagnostics.error(mapping.keyPosition(key), "sections: '" + key + "' is reserved: its pages would "
                        + "clash with the " + (key.equals("search") ? "search page at /search/" : "search index at "
                        + "/search-index/") + " (choose another key, such as '" + key + "-news')");
                continue;
            }
            Map<String, String> names = new LinkedHashMap<>();
            if (value.isNull()) {
                languageKeys.forEach(l -> names.put(l, key));
            } else if (value.isScalar()) {
                String name = value.asString().orElse(key);
                languageKeys.forEach(l -> names.put(l, name));
            } else {
                Optional<YamlMapping> perLanguage = value.asMapping();
                if (perLanguage.isEmpty()) continue;
                perLanguage.get().rejectUnknown(languageKeys);
                for (String language : perLanguage.get().keys()) {
                    if (languageKeys.contains(language)) {
                        perLanguage.get().string(language).ifPresent(n -> names.put(language, n));
                    }
                }
            }
            result.add(Map.entry(key, names));
        }
        return result;
    }

    private static List<String> keys(List<LanguageConfig> languages) {
        return languages.stream().map(LanguageConfig::key).toList();
    }
}
