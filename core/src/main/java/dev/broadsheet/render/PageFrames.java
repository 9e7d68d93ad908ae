package dev.broadsheet.render;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Site;
import dev.broadsheet.render.view.Alternate;
import dev.broadsheet.render.view.LanguageLink;
import dev.broadsheet.render.view.Link;
import dev.broadsheet.render.view.Pagination;
import dev.broadsheet.render.view.PageView;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the part of a {@link PageView} every page has from its versions in each language: canonical URL,
 * {@code hreflang} alternates with {@code x-default}, and the language switcher.
 */
final class PageFrames {

    /** What a page says about itself; the frame adds where it stands among the languages. */
    record Head(String kind, String title, String description, List<Link> breadcrumbs, String navKey,
                Pagination pagination) {
    }

    private final Site site;
    private final Urls urls;
    private final Translations translations;
    private final PageMetadata metadata;

    PageFrames(Site site, Urls urls, Translations translations, PageMetadata metadata) {
        this.site = site;
        this.urls = urls;
        this.translations = translations;
        this.metadata = metadata;
    }

    /** The frame of a page that may have translations, with its metadata for search engines and apps. */
    PageView frame(Job.LocalizedPage page, Head head) {
        List<Translations.Version> versions = translations.versions(page);
        String canonical = urls.absolute(page.path());
        PageMetadata.Result meta = metadata.of(page, head, canonical, versions);
        return new PageView(head.kind(), head.title(), head.description(), urls.relative(page.path()),
                canonical, alternates(versions, page.path()), switcher(page.language(), versions),
                head.breadcrumbs(), head.navKey(), head.pagination(), true, meta.share(), meta.structuredData());
    }

    /** The frame of an alias page: its target's, but at the alias's URL and not to be indexed. */
    PageView aliasFrame(Job.LocalizedPage target, Head head, String aliasPath) {
        List<Translations.Version> versions = translations.versions(target);
        return new PageView(head.kind(), head.title(), head.description(), urls.relative(aliasPath),
                urls.absolute(target.path()), alternates(versions, target.path()),
                switcher(target.language(), versions), head.breadcrumbs(), head.navKey(), head.pagination(), false,
                null, List.of());
    }

    /**
     * The frame of a language's search page: its versions are the other languages' search pages, and it is not
     * to be indexed (it has no content of its own).
     */
    PageView searchFrame(Job.SearchPage page, Head head) {
        List<Translations.Version> versions = site.languages().stream()
                .map(l -> new Translations.Version(l, Job.SearchPage.path(l))).toList();
        return new PageView(head.kind(), head.title(), head.description(), urls.relative(page.path()),
                urls.absolute(page.path()), alternates(versions, page.path()), switcher(page.lang().key(), versions),
                head.breadcrumbs(), head.navKey(), head.pagination(), false, null, List.of());
    }

    /** The frame of a page of the default language that has no translations, leading to each home. */
    PageView untranslatedFrame(String path, Head head) {
        Language language = site.defaultLanguage();
        List<Translations.Version> versions = List.of(new Translations.Version(language, path));
        return new PageView(head.kind(), head.title(), head.description(), urls.relative(path), urls.absolute(path),
                alternates(versions, path), switcher(language.key(), versions), head.breadcrumbs(), head.navKey(),
                head.pagination(), false, null, List.of());
    }

    private List<Alternate> alternates(List<Translations.Version> versions, String selfPath) {
        List<Alternate> alternates = new ArrayList<>(versions.size() + 1);
        for (Translations.Version version : versions) {
            alternates.add(new Alternate(version.language().config().locale(), urls.absolute(version.path())));
        }
        alternates.add(new Alternate("x-default", urls.absolute(translations.xDefault(versions, selfPath))));
        return alternates;
    }

    private List<LanguageLink> switcher(String current, List<Translations.Version> versions) {
        List<LanguageLink> links = new ArrayList<>(site.languages().size());
        for (Language language : site.languages()) {
            LanguageConfig config = language.config();
            String translated = versions.stream().filter(v -> v.language() == language)
                    .map(Translations.Version::path).findFirst().orElse(null);
            String path = translated != null ? translated : language.path();
            links.add(new LanguageLink(config.key(), config.locale(), config.name(), urls.relative(path),
                    config.key().equals(current), translated != null));
        }
        return links;
    }
}
