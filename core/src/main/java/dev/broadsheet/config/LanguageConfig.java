package dev.broadsheet.config;

import java.util.Objects;

/**
 * One language of a site as {@code site.yaml} declares it.
 *
 * @param key         the key used in folder names and URLs ({@code zh}, {@code en})
 * @param locale      BCP 47 tag for {@code lang=} and {@code hreflang=} ({@code zh-CN})
 * @param name        the language's own name, shown in the language switcher ({@code 中文})
 * @param title       the site's title in this language
 * @param description the site's description in this language (may be empty)
 */
public record LanguageConfig(String key, String locale, String name, String title, String description) {
    public LanguageConfig {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        description = description == null ? "" : description;
    }

    /** The Java locale for formatting dates and numbers in this language. */
    public java.util.Locale javaLocale() {
        return java.util.Locale.forLanguageTag(locale);
    }
}
