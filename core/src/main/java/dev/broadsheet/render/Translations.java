package dev.broadsheet.render;

import dev.broadsheet.content.Document;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which pages are translations of each other, as the site format defines it: documents with equal
 * {@code translationKey}; the homes; page n of a section's list with page n of the same section in another
 * language, or with its page 1 where that language has fewer pages; tag pages likewise, for tags that
 * {@code site.yaml} pairs. Each lookup uses the site's indexes, so it costs the same for any site size.
 */
final class Translations {

    /**
     * A version of a page in one language.
     *
     * @param language the language
     * @param path     the site path of that version
     */
    record Version(Language language, String path) {
    }

    private final Site site;
    private final Paging paging;

    Translations(Site site, Paging paging) {
        this.site = site;
        this.paging = paging;
    }

    /** The versions of {@code page} that exist, itself included, in the site's language order. */
    List<Version> versions(Job.LocalizedPage page) {
        List<Version> versions = new ArrayList<>(site.languages().size());
        for (Language language : site.languages()) {
            versionIn(page, language).ifPresent(path -> versions.add(new Version(language, path)));
        }
        return versions;
    }

    /** The site path {@code x-default} points to: the default language's version, else the page itself. */
    String xDefault(List<Version> versions, String selfPath) {
        String defaultLanguage = site.config().defaultLanguage();
        return versions.stream().filter(v -> v.language().key().equals(defaultLanguage))
                .map(Version::path).findFirst().orElse(selfPath);
    }

    private Optional<String> versionIn(Job.LocalizedPage page, Language language) {
        if (language.key().equals(page.language())) return Optional.of(page.path());
        String key = language.key();
        if (page instanceof Job.Home) return Optional.of(language.path());
        if (page instanceof Job.DocumentPage doc) return site.translation(doc.document(), key).map(Document::path);
        if (page instanceof Job.SectionPage list) {
            return site.section(key, list.section().key())
                    .map(other -> listPage(other.path(), other.articles().size(), list.number()));
        }
        if (page instanceof Job.TagPage list) {
            return site.translation(list.tag(), key)
                    .map(other -> listPage(other.path(), other.articles().size(), list.number()));
        }
        throw new IllegalArgumentException("not a localized page: " + page);
    }

    private String listPage(String listPath, int size, int number) {
        return Paging.pagePath(listPath, number <= paging.pageCount(size) ? number : 1);
    }
}
