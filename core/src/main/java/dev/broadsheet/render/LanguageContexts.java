package dev.broadsheet.render;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Site;
import dev.broadsheet.render.view.LanguageView;
import dev.broadsheet.render.view.NavItem;
import dev.broadsheet.render.view.SiteView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link LanguageContext} of every language once, before any page is rendered. */
final class LanguageContexts {

    private LanguageContexts() {
    }

    /**
     * The contexts by language key, in the site's language order.
     *
     * @param search whether the site has search: then each language's pages link its search page
     */
    static Map<String, LanguageContext> build(Site site, Urls urls, Map<String, UiStrings> strings,
                                              SiteIdentity identity, boolean search) {
        SiteConfig config = site.config();
        List<LanguageView> languages = site.languages().stream()
                .map(l -> languageView(l, urls, strings.get(l.key()))).toList();
        Map<String, LanguageContext> contexts = new LinkedHashMap<>();
        for (int i = 0; i < site.languages().size(); i++) {
            Language language = site.languages().get(i);
            LanguageView view = languages.get(i);
            List<NavItem> nav = language.sections().stream()
                    .map(s -> new NavItem(s.key(), s.name(), urls.relative(s.path()))).toList();
            SiteView siteView = new SiteView(view.title(), view.description(), view.homeUrl(), view.feedUrl(),
                    urls.relative("assets/" + ThemeResources.STYLESHEET), urls.relative("assets/" + ThemeResources.SCRIPT),
                    config.baseUrl(), config.basePath(), view, languages, nav, identity.icons(),
                    search ? urls.relative(Job.SearchPage.path(language)) : null);
            Dates dates = new Dates(language.config().javaLocale(), config.timeZone());
            contexts.put(language.key(), LanguageContext.of(language, siteView, strings.get(language.key()), dates, urls));
        }
        return contexts;
    }

    private static LanguageView languageView(Language language, Urls urls, UiStrings strings) {
        LanguageConfig config = language.config();
        return new LanguageView(config.key(), config.locale(), config.name(), config.title(), config.description(),
                urls.relative(language.path()), urls.relative(language.path() + "feed.xml"),
                strings.format("feed_title", config.title()));
    }
}
