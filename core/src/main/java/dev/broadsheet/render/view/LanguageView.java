package dev.broadsheet.render.view;

/**
 * One language of the site, with the URLs of its home and feed.
 *
 * @param key         the language key ({@code zh})
 * @param locale      BCP 47 locale ({@code zh-CN})
 * @param name        the language's own name ({@code 中文})
 * @param title       the site's title in this language
 * @param description the site's description in this language, possibly empty
 * @param homeUrl     the URL of its home, with the base path
 * @param feedUrl     the URL of its Atom feed, with the base path
 * @param feedTitle   the feed's title, in this language ({@code 河西新闻（Atom 订阅）})
 */
public record LanguageView(String key, String locale, String name, String title, String description,
                           String homeUrl, String feedUrl, String feedTitle) {
}
