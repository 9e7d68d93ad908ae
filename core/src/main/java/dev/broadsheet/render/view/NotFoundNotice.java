package dev.broadsheet.render.view;

/**
 * What the 404 page, written once in the default language, says to a reader of another language, in that
 * language.
 *
 * @param locale    the language's BCP 47 locale, for the notice's {@code lang}
 * @param title     "page not found" in that language
 * @param text      the explanation in that language
 * @param homeLabel the link text to that language's home
 * @param homeUrl   that language's home URL, with the base path
 */
public record NotFoundNotice(String locale, String title, String text, String homeLabel, String homeUrl) {
}
