package dev.broadsheet.content;

import dev.broadsheet.config.SiteConfig;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A whole loaded site: its configuration and its content in every language, with the lookups templates and
 * renderers need (translations, previous and next, tags across languages) indexed once, so that no page
 * scans the site.
 */
public final class Site {

    private final SiteConfig config;
    private final List<Language> languages;
    private final Map<String, Language> byKey = new HashMap<>();
    /** language → translationKey → document. */
    private final Map<String, Map<String, Document>> byTranslationKey = new HashMap<>();
    /** language → section key → section. */
    private final Map<String, Map<String, Section>> sections = new HashMap<>();
    /** language → tag pair key → tag. */
    private final Map<String, Map<String, Tag>> pairedTags = new HashMap<>();
    /** article → its position in its section's list (newest first). */
    private final Map<Article, Integer> sectionIndex = new IdentityHashMap<>();

    public Site(SiteConfig config, List<Language> languages) {
        this.config = config;
        this.languages = List.copyOf(languages);
        for (Language language : this.languages) {
            String key = language.key();
            byKey.put(key, language);
            Map<String, Document> docs = byTranslationKey.computeIfAbsent(key, k -> new HashMap<>());
            language.articles().forEach(a -> docs.put(a.translationKey(), a));
            language.pages().forEach(p -> docs.put(p.translationKey(), p));
            Map<String, Section> sectionMap = sections.computeIfAbsent(key, k -> new HashMap<>());
            for (Section section : language.sections()) {
                sectionMap.put(section.key(), section);
                List<Article> list = section.articles();
                for (int i = 0; i < list.size(); i++) sectionIndex.put(list.get(i), i);
            }
            Map<String, Tag> tagMap = pairedTags.computeIfAbsent(key, k -> new HashMap<>());
            language.tags().stream().filter(t -> t.pairKey() != null).forEach(t -> tagMap.put(t.pairKey(), t));
        }
    }

    public SiteConfig config() {
        return config;
    }

    /** The languages in the order {@code site.yaml} declares them. */
    public List<Language> languages() {
        return languages;
    }

    /** The language with {@code key}. */
    public Language language(String key) {
        Language language = byKey.get(key);
        if (language == null) throw new IllegalArgumentException("no language " + key);
        return language;
    }

    /** The language served at the root. */
    public Language defaultLanguage() {
        return language(config.defaultLanguage());
    }

    /** The section {@code key} in {@code language}, if declared. */
    public Optional<Section> section(String language, String key) {
        return Optional.ofNullable(sections.getOrDefault(language, Map.of()).get(key));
    }

    /** The translation of {@code document} into {@code language}, if there is one. */
    public Optional<Document> translation(Document document, String language) {
        if (language.equals(document.language())) return Optional.of(document);
        return Optional.ofNullable(byTranslationKey.getOrDefault(language, Map.of()).get(document.translationKey()));
    }

    /** The translations of {@code document} into the other languages, in language order. */
    public List<Document> translations(Document document) {
        List<Document> result = new ArrayList<>();
        for (Language language : languages) {
            if (!language.key().equals(document.language())) {
                translation(document, language.key()).ifPresent(result::add);
            }
        }
        return result;
    }

    /** The tag that {@code site.yaml} pairs with {@code tag} in {@code language}, if it is used there. */
    public Optional<Tag> translation(Tag tag, String language) {
        if (language.equals(tag.language())) return Optional.of(tag);
        if (tag.pairKey() == null) return Optional.empty();
        return Optional.ofNullable(pairedTags.getOrDefault(language, Map.of()).get(tag.pairKey()));
    }

    /** The article of the same section published just before {@code article}, if any. */
    public Optional<Article> previous(Article article) {
        return neighbour(article, +1);
    }

    /** The article of the same section published just after {@code article}, if any. */
    public Optional<Article> next(Article article) {
        return neighbour(article, -1);
    }

    private Optional<Article> neighbour(Article article, int step) {
        Integer index = sectionIndex.get(article);
        if (index == null) return Optional.empty();
        List<Article> list = sections.get(article.language()).get(article.section()).articles();
        int i = index + step;
        return i >= 0 && i < list.size() ? Optional.of(list.get(i)) : Optional.empty();
    }
}
