package dev.broadsheet.render;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A language's BCP 47 locale ({@code zh-CN}, {@code en}) in the forms other formats want: Open Graph's
 * {@code language_TERRITORY} and the language codes of Google News sitemaps.
 */
final class LocaleForms {

    /** The territory Open Graph readers assume for a language written without one. */
    private static final Map<String, String> TERRITORY = Map.ofEntries(Map.entry("en", "US"), Map.entry("zh", "CN"),
            Map.entry("ja", "JP"), Map.entry("ko", "KR"), Map.entry("ar", "AR"), Map.entry("he", "IL"),
            Map.entry("hi", "IN"), Map.entry("vi", "VN"), Map.entry("uk", "UA"), Map.entry("cs", "CZ"),
            Map.entry("da", "DK"), Map.entry("el", "GR"), Map.entry("sv", "SE"), Map.entry("nb", "NO"),
            Map.entry("fa", "IR"), Map.entry("ms", "MY"));
    /** Where Chinese is written in traditional characters. */
    private static final Set<String> TRADITIONAL = Set.of("TW", "HK", "MO");

    private LocaleForms() {
    }

    /** Open Graph's form: {@code zh-CN} → {@code zh_CN}, {@code en} → {@code en_US}, {@code zh-Hant} → {@code zh_TW}. */
    static String openGraph(String bcp47) {
        Locale locale = Locale.forLanguageTag(bcp47);
        String language = locale.getLanguage();
        String territory = locale.getCountry();
        if (territory.isEmpty() && language.equals("zh")) territory = locale.getScript().equals("Hant") ? "TW" : "CN";
        if (territory.isEmpty()) territory = TERRITORY.getOrDefault(language, language.toUpperCase(Locale.ROOT));
        return language + "_" + territory;
    }

    /**
     * The language of a Google News sitemap: the ISO 639 code ({@code en}), except Chinese, which is
     * {@code zh-cn} in simplified and {@code zh-tw} in traditional characters.
     */
    static String googleNews(String bcp47) {
        Locale locale = Locale.forLanguageTag(bcp47);
        if (!locale.getLanguage().equals("zh")) return locale.getLanguage();
        boolean traditional = locale.getScript().equals("Hant")
                || locale.getScript().isEmpty() && TRADITIONAL.contains(locale.getCountry());
        return traditional ? "zh-tw" : "zh-cn";
    }
}
