package dev.broadsheet.content;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.config.SectionConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.config.TagPairing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Groups loaded documents into languages, sections and tags, each list in a stable order. */
final class SiteAssembler {

    /**
     * Newest first: by publication day, then (on the same day) higher weight first, then later time first,
     * then by file, so that the order never depends on the file system.
     */
    static final Comparator<Article> NEWEST_FIRST = Comparator
            .comparing((Article a) -> a.date().toLocalDate()).reversed()
            .thenComparing(Comparator.comparingInt(Article::weight).reversed())
            .thenComparing(Comparator.comparing(Article::date).reversed())
            .thenComparing(Article::sourcePath);

    private final SiteConfig config;

    SiteAssembler(SiteConfig config) {
        this.config = config;
    }

    Site assemble(List<Document> documents) {
        List<Language> languages = new ArrayList<>();
        for (LanguageConfig language : config.languages()) {
            String key = language.key();
            List<Article> articles = documents.stream()
                    .filter(d -> d instanceof Article && d.language().equals(key))
                    .map(Article.class::cast).sorted(NEWEST_FIRST).toList();
            List<Page> pages = documents.stream()
                    .filter(d -> d instanceof Page && d.language().equals(key))
                    .map(Page.class::cast).sorted(Comparator.comparing(Page::path)).toList();
            languages.add(new Language(language, config.languagePrefix(key), sections(key, articles), articles, pages,
                    tags(key, articles)));
        }
        return new Site(config, languages);
    }

    private List<Section> sections(String language, List<Article> articles) {
        Map<String, List<Article>> bySection = new HashMap<>();
        articles.forEach(a -> bySection.computeIfAbsent(a.section(), k -> new ArrayList<>()).add(a));
        List<Section> sections = new ArrayList<>();
        for (SectionConfig section : config.sections()) {
            sections.add(new Section(section.key(), section.name(language), language,
                    config.languagePrefix(language) + section.key() + "/",
                    bySection.getOrDefault(section.key(), List.of())));
        }
        return sections;
    }

    private List<Tag> tags(String language, List<Article> articles) {
        Map<String, String> names = new HashMap<>();
        Map<String, List<Article>> bySlug = new TreeMap<>();
        // a site has few tags used many times: each is slugged once (two regular expressions per use were a
        // fifth of this serial step's 80-90 ms for 10,000 articles)
        Map<String, String> slugs = new HashMap<>();
        for (Article article : articles) {
            for (String tag : article.tags()) {
                String slug = slugs.computeIfAbsent(tag, Tags::slug);
                names.merge(slug, tag, (a, b) -> a.compareTo(b) <= 0 ? a : b);
                bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(article);
            }
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (TagPairing pairing : config.tags()) {
            String name = pairing.names().get(language);
            if (name != null) pairs.putIfAbsent(Tags.slug(name), pairing.key());
        }
        List<Tag> tags = new ArrayList<>();
        String prefix = config.languagePrefix(language) + "tags/";
        bySlug.forEach((slug, list) -> tags.add(new Tag(names.get(slug), slug, language, prefix + slug + "/",
                pairs.get(slug), list)));
        return tags;
    }
}
