package dev.broadsheet.render.view;

/**
 * What a language's search page needs besides its frame.
 *
 * @param data      the JSON for the page's {@code data-search} attribute, which the search script reads: this
 *                  language's index URL, the other languages' and the UI strings the script shows
 * @param scriptUrl the theme's search script, with the base path
 */
public record SearchView(String data, String scriptUrl) {
}
