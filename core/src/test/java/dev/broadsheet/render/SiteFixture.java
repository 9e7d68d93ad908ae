package dev.broadsheet.render;

import dev.broadsheet.config.IdentityConfig;
import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.config.MarkdownConfig;
import dev.broadsheet.config.Permalink;
import dev.broadsheet.config.PunctuationConfig;
import dev.broadsheet.config.SecurityConfig;
import dev.broadsheet.config.SectionConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.TagPairing;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.Author;
import dev.broadsheet.content.Body;
import dev.broadsheet.content.Image;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Page;
import dev.broadsheet.content.Section;
import dev.broadsheet.content.Site;
import dev.broadsheet.content.Tag;
import dev.broadsheet.content.TocEntry;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a small bilingual {@link Site} by hand, as the loader would: zh (default, zh-CN) and en, sections
 * economy and livelihood, the tag pairing red-property, and whatever articles and pages a test adds.
 */
final class SiteFixture {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private String baseUrl = "https://news.example.org/";
    private int paginate = 2;
    private IdentityConfig identity = IdentityConfig.DEFAULT;
    private boolean search = true;
    private final List<ArticleBuilder> articles = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();

    SiteFixture baseUrl(String url) {
        this.baseUrl = url;
        return this;
    }

    SiteFixture identity(IdentityConfig identity) {
        this.identity = identity;
        return this;
    }

    /** Whether the site has search ({@code search:} in site.yaml); it has by default. */
    SiteFixture search(boolean on) {
        this.search = on;
        return this;
    }

    SiteFixture paginate(int perPage) {
        this.paginate = perPage;
        return this;
    }

    /** Adds an article; its translation key defaults to {@code <section>/<slug>}. */
    ArticleBuilder article(String language, String section, String slug) {
        ArticleBuilder builder = new ArticleBuilder(language, section, slug);
        articles.add(builder);
        return builder;
    }

    /** Adds a standalone page at {@code <lang prefix><slug>/}, translation key {@code slug}. */
    SiteFixture page(String language, String slug, String title) {
        String path = prefix(language) + slug + "/";
        pages.add(new Page("content/" + language + "/" + slug + ".md", language, path, title, "", "", null, null,
                List.of(), List.of(), "", slug, slug, false, null, List.of(), 0, Map.of(),
                body("<p>" + title + "</p>")));
        return this;
    }

    SiteConfig config() {
        return new SiteConfig(baseUrl, SHANGHAI, "zh", Permalink.DEFAULT, paginate,
                List.of(new LanguageConfig("zh", "zh-CN", "中文", "河西新闻", "天津市河西区新闻"),
                        new LanguageConfig("en", "en", "English", "Hexi News", "News from Hexi District")),
                List.of(new SectionConfig("economy", Map.of("zh", "经济", "en", "Economy")),
                        new SectionConfig("livelihood", Map.of("zh", "民生", "en", "Livelihood"))),
                List.of(new TagPairing("red-property", Map.of("zh", "红色物业", "en", "Red Property"))),
                MarkdownConfig.DEFAULT, SecurityConfig.DEFAULT, PunctuationConfig.DEFAULT, identity, search);
    }

    Site build() {
        SiteConfig config = config();
        List<Language> languages = new ArrayList<>();
        for (LanguageConfig languageConfig : config.languages()) {
            String key = languageConfig.key();
            List<Article> own = articles.stream().filter(a -> a.language.equals(key)).map(ArticleBuilder::build)
                    .sorted(Comparator.comparing(Article::date).reversed()
                            .thenComparing(Comparator.comparingInt(Article::weight).reversed())
                            .thenComparing(Article::path))
                    .toList();
            List<Section> sections = config.sections().stream()
                    .map(s -> new Section(s.key(), s.name(key), key, prefix(key) + s.key() + "/",
                            own.stream().filter(a -> a.section().equals(s.key())).toList()))
                    .toList();
            languages.add(new Language(languageConfig, prefix(key), sections, own,
                    pages.stream().filter(p -> p.language().equals(key)).toList(), tags(config, key, own)));
        }
        return new Site(config, languages);
    }

    private static List<Tag> tags(SiteConfig config, String language, List<Article> articles) {
        Map<String, List<Article>> byName = new LinkedHashMap<>();
        for (Article article : articles) {
            article.tags().forEach(t -> byName.computeIfAbsent(t, k -> new ArrayList<>()).add(article));
        }
        return byName.entrySet().stream().map(e -> {
            String slug = dev.broadsheet.content.Tags.slug(e.getKey());
            String pairKey = config.tags().stream().filter(p -> e.getKey().equals(p.names().get(language)))
                    .map(TagPairing::key).findFirst().orElse(null);
            return new Tag(e.getKey(), slug, language, prefix(language) + "tags/" + slug + "/", pairKey, e.getValue());
        }).sorted(Comparator.comparing(Tag::slug)).toList();
    }

    static String prefix(String language) {
        return language.equals("zh") ? "" : language + "/";
    }

    static Body body(String html, TocEntry... toc) {
        return new Body(html, List.of(toc), 100, 2);
    }

    /** An article with sensible defaults; each setter returns the builder. */
    static final class ArticleBuilder {
        private final String language;
        private final String section;
        private final String slug;
        private String title;
        private String kicker = "";
        private String subtitle = "";
        private ZonedDateTime date = LocalDate.of(2025, 11, 20).atStartOfDay(SHANGHAI);
        private ZonedDateTime updated;
        private List<Author> authors = List.of();
        private List<String> tags = List.of();
        private String summary = "";
        private String translationKey;
        private Image image;
        private List<String> aliases = List.of();
        private Body body = SiteFixture.body("<p>Body.</p>");

        private ArticleBuilder(String language, String section, String slug) {
            this.language = language;
            this.section = section;
            this.slug = slug;
            this.title = slug;
            this.translationKey = section + "/" + slug;
        }

        ArticleBuilder title(String value) { this.title = value; return this; }
        ArticleBuilder kicker(String value) { this.kicker = value; return this; }
        ArticleBuilder subtitle(String value) { this.subtitle = value; return this; }
        ArticleBuilder date(int year, int month, int day) { this.date = LocalDate.of(year, month, day).atStartOfDay(SHANGHAI); return this; }
        ArticleBuilder date(ZonedDateTime value) { this.date = value; return this; }
        ArticleBuilder updated(ZonedDateTime value) { this.updated = value; return this; }
        ArticleBuilder authors(Author... value) { this.authors = List.of(value); return this; }
        ArticleBuilder tags(String... value) { this.tags = List.of(value); return this; }
        ArticleBuilder summary(String value) { this.summary = value; return this; }
        ArticleBuilder translationKey(String value) { this.translationKey = value; return this; }
        ArticleBuilder image(Image value) { this.image = value; return this; }
        ArticleBuilder aliases(String... value) { this.aliases = List.of(value); return this; }
        ArticleBuilder body(Body value) { this.body = value; return this; }

        Article build() {
            String path = prefix(language) + section + "/" + slug + "/";
            return new Article("content/" + language + "/" + section + "/" + slug + ".md", language, section, path,
                    title, kicker, subtitle, date, updated, authors, tags, summary, slug, translationKey, false, image,
                    aliases, 0, Map.of(), body);
        }
    }
}
