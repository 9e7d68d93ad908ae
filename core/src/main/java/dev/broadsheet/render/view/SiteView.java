package dev.broadsheet.render.view;

import java.util.List;

/**
 * The site as seen from one language; built once per language and shared by all its pages.
 *
 * @param title         the site's title in this language
 * @param description   the site's description in this language, possibly empty
 * @param homeUrl       this language's home URL, with the base path
 * @param feedUrl       this language's Atom feed URL, with the base path
 * @param stylesheetUrl the theme's stylesheet URL, with the base path
 * @param scriptUrl     the theme's script URL, with the base path
 * @param baseUrl       the absolute base URL, ending with {@code /}
 * @param basePath      the base URL's path, starting and ending with {@code /}
 * @param language      this language
 * @param languages     every language of the site, in switcher order
 * @param sections      the sections in navigation order
 * @param icons         the site's icons
 * @param searchUrl     this language's search page, with the base path, where the masthead's search box sends
 *                      its query; null when the site has no search ({@code search: false})
 */
public record SiteView(String title, String description, String homeUrl, String feedUrl, String stylesheetUrl,
                       String scriptUrl, String baseUrl, String basePath, LanguageView language,
                       List<LanguageView> languages, List<NavItem> sections, Icons icons, String searchUrl) {
    public SiteView {
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
    }
}
