package dev.broadsheet.config;

import java.util.Map;
import java.util.Objects;

/**
 * Who publishes the site and the images that stand for it, from the {@code identity} block of {@code site.yaml}.
 * Each image is a site path ({@code /images/logo.png}, a file under {@code static/}) or an absolute http(s) URL.
 *
 * @param publisher      the publisher's name by language key; a language without one is published under its
 *                       site title
 * @param logo           the publisher's logo, or null: the apple-touch icon stands for it
 * @param icon           the browser tab's icon, or null for the theme's
 * @param appleTouchIcon the icon for home screens (a square PNG, 180 pixels), or null for the theme's
 * @param shareImage     what a page without a cover image shows when shared, or null for nothing
 */
public record IdentityConfig(Map<String, String> publisher, String logo, String icon, String appleTouchIcon,
                             ShareImage shareImage) {

    /** A site that sets nothing: every language publishes under its title, the theme's icons, no share image. */
    public static final IdentityConfig DEFAULT = new IdentityConfig(Map.of(), null, null, null, null);

    public IdentityConfig {
        publisher = Map.copyOf(publisher);
    }

    /** The publisher's name in {@code language}. */
    public String publisher(LanguageConfig language) {
        return publisher.getOrDefault(language.key(), language.title());
    }

    /**
     * The image shown for pages that have none of their own.
     *
     * @param src where it is
     * @param alt its text alternative by language key, one for every language
     */
    public record ShareImage(String src, Map<String, String> alt) {
        public ShareImage {
            Objects.requireNonNull(src, "src");
            alt = Map.copyOf(alt);
        }

        /** The text alternative in {@code language}. */
        public String alt(LanguageConfig language) {
            return alt.getOrDefault(language.key(), "");
        }
    }
}
