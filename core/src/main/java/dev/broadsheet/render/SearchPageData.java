package dev.broadsheet.render;

import dev.broadsheet.config.LanguageConfig;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a search page tells the theme's search script ({@code assets/search.js}), as the JSON of its
 * {@code data-search} attribute: the reader's language with the URL of its index ({@code search-index/<lang>/},
 * the base path in front) and whether it is written in CJK, the same for each other language with its name,
 * and the UI strings the script shows. The script needs nothing else, so a page carries no inline script.
 */
final class SearchPageData {

    /** The UI strings the script shows, as {@code search_<name>} in the bundles. */
    private static final List<String> STRINGS = List.of("searching", "one", "many", "none", "partial", "other",
            "error");

    /** The language subtags of languages written in Han, kana or Hangul, whose queries are CJK. */
    private static final Set<String> CJK = Set.of("zh", "ja", "ko", "yue", "wuu", "hak", "nan", "gan", "hsn",
            "cmn", "lzh");

    private SearchPageData() {
    }

    /** The JSON for the search page of {@code reader}'s language, among {@code all} the site's languages. */
    static String json(LanguageContext reader, Collection<LanguageContext> all, Urls urls) {
        Map<String, Object> data = language(reader, urls);
        List<Object> others = new ArrayList<>();
        for (LanguageContext other : all) {
            if (other != reader) others.add(language(other, urls));
        }
        data.put("others", others);
        UiStrings strings = reader.strings();
        Map<String, Object> texts = new LinkedHashMap<>();
        for (String name : STRINGS) texts.put(name, strings.format("search_" + name));
        texts.put("translation", strings.format("search_translation", reader.language().config().name()));
        texts.put("separator", cjk(reader.language().config().locale()) ? "" : " ");
        data.put("strings", texts);
        return Json.write(data);
    }

    private static Map<String, Object> language(LanguageContext context, Urls urls) {
        LanguageConfig config = context.language().config();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lang", config.key());
        data.put("locale", config.locale());
        data.put("label", config.name());
        data.put("index", urls.relative(Urls.searchIndex(config.key())));
        data.put("cjk", cjk(config.locale()));
        return data;
    }

    /** Whether a language of this BCP 47 locale is written in CJK (Chinese, Japanese, Korean). */
    static boolean cjk(String locale) {
        String language = locale.split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
        return CJK.contains(language);
    }
}
