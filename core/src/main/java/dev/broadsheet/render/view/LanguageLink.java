package dev.broadsheet.render.view;

/**
 * A language as the switcher or a list of translations shows it, with where it leads from this page.
 *
 * @param key        the language key ({@code en})
 * @param locale     its BCP 47 locale, for {@code lang} and {@code hreflang} attributes
 * @param name       its own name ({@code English}, {@code 中文})
 * @param url        the page's translation in this language, or this language's home where there is none
 * @param current    whether this is the page's own language
 * @param translated whether {@code url} is the page's translation rather than the fallback home
 */
public record LanguageLink(String key, String locale, String name, String url, boolean current,
                           boolean translated) {
}
