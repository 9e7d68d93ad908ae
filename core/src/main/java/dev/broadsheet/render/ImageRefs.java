package dev.broadsheet.render;

import dev.broadsheet.io.ImageSize;
import dev.broadsheet.render.view.Picture;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Where an image that content or {@code site.yaml} names is: as the page's HTML links to it, and as an absolute
 * URL with its pixel size for the metadata of shared links. A source is a site path ({@code /images/a.jpg}), a
 * path relative to its page ({@code a.jpg}), or a URL.
 */
final class ImageRefs {

    private final Urls urls;
    private final ImageSizes sizes;
    private final String scheme;

    ImageRefs(Urls urls, ImageSizes sizes, String baseUrl) {
        this.urls = urls;
        this.sizes = sizes;
        this.scheme = baseUrl.substring(0, baseUrl.indexOf(':'));
    }

    /** The URL a page links to: a URL as given, a site path with the base path, a relative path as given. */
    String link(String src) {
        if (Urls.isExternal(src)) return src;
        return src.startsWith("/") ? urls.relative(src.substring(1)) : src;
    }

    /**
     * The image {@code src} on the page at {@code pagePath} as an absolute URL, with its size when it is a file of
     * the site; empty for an image that has no http(s) URL (inline {@code data:}).
     */
    Optional<Picture> picture(String src, String pagePath, String alt) {
        if (src.startsWith("//")) return Optional.of(new Picture(scheme + ":" + src, null, null, alt));
        if (Urls.isExternal(src)) {
            return src.startsWith("http://") || src.startsWith("https://")
                    ? Optional.of(new Picture(src, null, null, alt)) : Optional.empty();
        }
        String sitePath = src.startsWith("/") ? src.substring(1) : resolve(pagePath, src);
        if (sitePath == null) return Optional.empty();
        Optional<ImageSize> size = sizes.of(sitePath);
        return Optional.of(new Picture(urls.absolute(sitePath), size.map(ImageSize::width).orElse(null),
                size.map(ImageSize::height).orElse(null), alt));
    }

    /** The site path of {@code relative} seen from the page at {@code pagePath}; null when it leaves the site. */
    private static String resolve(String pagePath, String relative) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : (pagePath + relative).split("/", -1)) {
            if (segment.equals("..")) {
                if (segments.pollLast() == null) return null;
            } else if (!segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
