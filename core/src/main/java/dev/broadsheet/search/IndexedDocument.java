package dev.broadsheet.search;

import dev.broadsheet.content.Document;

import java.util.Map;

/**
 * A document of one language's index, with what its record in a document block shows.
 *
 * @param document     the article or page
 * @param url          its URL as the theme links it, from the host's root
 * @param date         its date as {@code yyyy-mm-dd} in the site's time zone, or empty
 * @param section      its section's label in its language, or empty
 * @param tags         its tags, as written
 * @param translations the URLs of its translations, by language key, in the site's language order
 */
record IndexedDocument(Document document, String url, String date, String section, java.util.List<String> tags,
                       Map<String, String> translations) {
    IndexedDocument {
        tags = java.util.List.copyOf(tags);
        translations = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(translations));
    }
}
