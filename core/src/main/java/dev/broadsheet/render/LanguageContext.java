package dev.broadsheet.render;

import dev.broadsheet.content.Language;
import dev.broadsheet.content.Section;
import dev.broadsheet.content.Tag;
import dev.broadsheet.content.Tags;
import dev.broadsheet.render.view.Link;
import dev.broadsheet.render.view.SiteView;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What every page of one language shares, built once per language: the site as templates see it, the UI
 * strings, date formats and helpers, and lookups from a section key or tag name to its page.
 *
 * @param language the language's content
 * @param site     the site as this language's templates see it
 * @param locale   the Java locale for FreeMarker and dates
 * @param strings  the UI strings
 * @param dates    the date formats
 * @param sections section key → name and URL of its first list page
 * @param tags     tag name and tag slug → tag
 * @param helpers  {@code t}, {@code date} and {@code isoDate} for this language
 */
record LanguageContext(Language language, SiteView site, Locale locale, UiStrings strings, Dates dates,
                       Map<String, Link> sections, Map<String, Tag> tags, Helpers helpers) {

    /**
     * The functions templates call.
     *
     * @param url     {@code url(x)}
     * @param absUrl  {@code absUrl(x)}
     * @param t       {@code t("key", args...)}, in this language
     * @param date    {@code date(d)}, in this language
     * @param isoDate {@code isoDate(d)}
     */
    record Helpers(UrlFunction url, UrlFunction absUrl, TranslateFunction t, DateFunction date, DateFunction isoDate) {
    }

    static LanguageContext of(Language language, SiteView site, UiStrings strings, Dates dates, Urls urls) {
        Map<String, Link> sections = new HashMap<>();
        for (Section section : language.sections()) {
            sections.put(section.key(), new Link(section.name(), urls.relative(section.path())));
        }
        Map<String, Tag> tags = new HashMap<>();
        for (Tag tag : language.tags()) {
            tags.putIfAbsent(tag.name(), tag);
            tags.putIfAbsent(Tags.slug(tag.name()), tag);
        }
        Helpers helpers = new Helpers(new UrlFunction(urls, false), new UrlFunction(urls, true),
                new TranslateFunction(strings), new DateFunction(dates, false), new DateFunction(dates, true));
        return new LanguageContext(language, site, language.config().javaLocale(), strings, dates, Map.copyOf(sections),
                Map.copyOf(tags), helpers);
    }

    /** The language key. */
    String key() {
        return language.key();
    }

    /** The tag page of a tag as written in front matter, if the tag has one in this language. */
    Optional<Tag> tag(String name) {
        Tag tag = tags.get(name);
        return tag != null ? Optional.of(tag) : Optional.ofNullable(tags.get(Tags.slug(name)));
    }
}
