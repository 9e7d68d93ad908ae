package dev.broadsheet.config;

import dev.broadsheet.safety.UrlPolicy;
import dev.broadsheet.yaml.YamlMapping;
import dev.broadsheet.yaml.YamlValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code identity} block of {@code site.yaml}: the publisher's name, in one string or per language, and
 * the images that stand for the site. An image is a site path to a file that exists under {@code static/}, or an
 * absolute http(s) URL, and is held to the site's URL policy as front matter images are.
 */
final class IdentityReader {

    static final List<String> KEYS = List.of("publisher", "logo", "icon", "appleTouchIcon", "shareImage");
    private static final List<String> SHARE_IMAGE_KEYS = List.of("src", "alt");

    private final Path staticDir;
    private final List<LanguageConfig> languages;
    private final UrlPolicy urls;

    IdentityReader(Path siteDir, List<LanguageConfig> languages, UrlPolicy urls) {
        this.staticDir = siteDir.resolve("static");
        this.languages = languages;
        this.urls = urls;
    }

    IdentityConfig read(YamlMapping identity) {
        identity.rejectUnknown(KEYS);
        Map<String, String> publisher = identity.get("publisher").filter(v -> !v.isNull())
                .map(v -> perLanguage(v, false)).orElse(Map.of());
        IdentityConfig.ShareImage shareImage = identity.mapping("shareImage").flatMap(this::shareImage).orElse(null);
        return new IdentityConfig(publisher, image(identity, "logo"), image(identity, "icon"),
                image(identity, "appleTouchIcon"), shareImage);
    }

    private Optional<IdentityConfig.ShareImage> shareImage(YamlMapping mapping) {
        mapping.rejectUnknown(SHARE_IMAGE_KEYS);
        String src = mapping.get("src").isEmpty() ? mapping.requiredString("src").orElse(null) : image(mapping, "src");
        Optional<YamlValue> alt = mapping.get("alt").filter(v -> !v.isNull());
        if (alt.isEmpty()) {
            mapping.requiredString("alt");
            return Optional.empty();
        }
        Map<String, String> texts = perLanguage(alt.get(), true);
        return src == null ? Optional.empty() : Optional.of(new IdentityConfig.ShareImage(src, texts));
    }

    /**
     * A text for every language: one string for all, or {@code {zh: …, en: …}}; with {@code everyLanguage}, a
     * mapping that leaves a language out is an error.
     */
    private Map<String, String> perLanguage(YamlValue value, boolean everyLanguage) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (value.isScalar()) {
            value.asString().map(String::strip).filter(s -> !s.isEmpty())
                    .ifPresentOrElse(text -> languages.forEach(l -> texts.put(l.key(), text)),
                            () -> value.fail("must not be empty"));
            return texts;
        }
        Optional<YamlMapping> mapping = value.asMapping();
        if (mapping.isEmpty()) return texts;
        List<String> keys = languages.stream().map(LanguageConfig::key).toList();
        mapping.get().rejectUnknown(keys);
        for (String key : keys) {
            if (mapping.get().get(key).isEmpty() && !everyLanguage) continue;
            mapping.get().requiredString(key).map(String::strip).ifPresent(text -> texts.put(key, text));
        }
        return texts;
    }

    /** The image at {@code key}, or null when absent or wrong (reported). */
    private String image(YamlMapping mapping, String key) {
        Optional<YamlValue> value = mapping.get(key).filter(v -> !v.isNull());
        if (value.isEmpty()) return null;
        String url = value.get().asString().map(String::strip).orElse(null);
        if (url == null) return null;
        if (url.isEmpty()) return value.get().<String>fail("must not be empty").orElse(null);
        String refusal = urls.refusal(url, UrlPolicy.Use.IMAGE);
        if (refusal != null) return value.get().<String>fail(refusal).orElse(null);
        if (url.startsWith("http://") || url.startsWith("https://")) return url;
        if (!url.startsWith("/") || url.startsWith("//")) {
            return value.get().<String>fail("'" + url + "' is neither a site path such as /images/logo.png (a file "
                    + "in static/) nor an http(s) URL").orElse(null);
        }
        String file = url.substring(1);
        if (file.isEmpty() || List.of(file.split("/")).contains("..") || !Files.isRegularFile(staticDir.resolve(file))) {
            return value.get().<String>fail("no file static/" + file + " for '" + url + "' (put the image there, "
                    + "or give an http(s) URL)").orElse(null);
        }
        return url;
    }
}
