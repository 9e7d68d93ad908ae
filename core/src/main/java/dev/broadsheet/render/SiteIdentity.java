package dev.broadsheet.render;

import dev.broadsheet.config.IdentityConfig;
import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.render.view.Icons;
import dev.broadsheet.render.view.Picture;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The site's identity as its pages show it: the icons (the theme's, unless {@code site.yaml} names others), the
 * publisher's name in each language, its logo and the default share image as absolute URLs with their sizes.
 */
final class SiteIdentity {

    /** The theme's icon and apple-touch icon, under {@code assets/}. */
    static final String THEME_ICON = "icon.svg";
    static final String THEME_APPLE_TOUCH_ICON = "apple-touch-icon.png";

    private static final Map<String, String> ICON_TYPES = Map.of("svg", "image/svg+xml", "png", "image/png",
            "ico", "image/x-icon", "gif", "image/gif", "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "webp", "image/webp");

    private final IdentityConfig config;
    private final ImageRefs images;
    private final Icons icons;
    private final Picture logo;

    SiteIdentity(IdentityConfig config, ImageRefs images) {
        this.config = config;
        this.images = images;
        String icon = config.icon() != null ? config.icon() : "/assets/" + THEME_ICON;
        String appleTouchIcon = appleTouchIcon();
        this.icons = new Icons(images.link(icon), type(icon), images.link(appleTouchIcon));
        this.logo = images.picture(config.logo() != null ? config.logo() : appleTouchIcon, "", "").orElse(null);
    }

    /** The icons every page links to. */
    Icons icons() {
        return icons;
    }

    /** The publisher's logo, absolute. */
    Picture logo() {
        return logo;
    }

    /** The publisher's name in {@code language}. */
    String publisher(LanguageConfig language) {
        return config.publisher(language);
    }

    /** The image pages without their own show when shared, with its text in {@code language}; null for none. */
    Picture shareImage(LanguageConfig language) {
        IdentityConfig.ShareImage image = config.shareImage();
        if (image == null) return null;
        return images.picture(image.src(), "", image.alt(language)).orElse(null);
    }

    /** The theme's assets this site's pages use, of {@code all}: the icons only where the site names none. */
    List<String> assets(List<String> all) {
        List<String> used = new ArrayList<>(all);
        if (config.icon() != null) used.remove(THEME_ICON);
        // the theme's apple-touch icon is the logo too when the site names no logo
        if (config.appleTouchIcon() != null) used.remove(THEME_APPLE_TOUCH_ICON);
        return used;
    }

    private String appleTouchIcon() {
        return config.appleTouchIcon() != null ? config.appleTouchIcon() : "/assets/" + THEME_APPLE_TOUCH_ICON;
    }

    private static String type(String url) {
        String path = url;
        int end = path.indexOf('?');
        if (end >= 0) path = path.substring(0, end);
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : ICON_TYPES.getOrDefault(path.substring(dot + 1).toLowerCase(Locale.ROOT), "");
    }
}
