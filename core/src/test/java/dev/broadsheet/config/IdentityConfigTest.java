package dev.broadsheet.config;

import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityConfigTest {

    private static final String SITE = """
            baseUrl: https://news.example.org/
            defaultLanguage: zh
            languages:
              zh: { locale: zh-CN, name: 中文, title: 河西新闻 }
              en: { locale: en, name: English, title: Hexi News }
            """;

    @TempDir
    Path dir;

    private SiteConfig load(String identity) {
        SiteFiles.writeFile(dir, "site.yaml", SITE + identity);
        Diagnostics diagnostics = new Diagnostics();
        SiteConfig config = ConfigLoader.load(dir, diagnostics).orElse(null);
        assertEquals(List.of(), diagnostics.all());
        return config;
    }

    private List<String> errors(String identity) {
        SiteFiles.writeFile(dir, "site.yaml", SITE + identity);
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(ConfigLoader.load(dir, diagnostics).isEmpty());
        return diagnostics.errors().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aSiteWithoutIdentityPublishesUnderEachLanguagesTitleWithTheThemesIcons() {
        SiteConfig config = load("");
        assertEquals(IdentityConfig.DEFAULT, config.identity());
        assertEquals("河西新闻", config.identity().publisher(config.languages().get(0)));
        assertEquals("Hexi News", config.identity().publisher(config.languages().get(1)));
    }

    @Test
    void readsThePublisherPerLanguageAndImagesFromStaticOrTheWeb() {
        SiteFiles.writeFile(dir, "static/images/logo.png", "png");
        SiteFiles.writeFile(dir, "static/images/share.png", "png");
        SiteConfig config = load("""
                identity:
                  publisher: { zh: 天津市河西区融媒体中心 }
                  logo: /images/logo.png
                  icon: https://cdn.example.org/icon.svg
                  shareImage:
                    src: /images/share.png
                    alt: { zh: 河西新闻标志, en: The Hexi News nameplate }
                """);
        IdentityConfig identity = config.identity();
        assertEquals("天津市河西区融媒体中心", identity.publisher(config.languages().get(0)));
        assertEquals("Hexi News", identity.publisher(config.languages().get(1)), "a language left out keeps its title");
        assertEquals("/images/logo.png", identity.logo());
        assertEquals("https://cdn.example.org/icon.svg", identity.icon());
        assertNull(identity.appleTouchIcon());
        assertEquals(new IdentityConfig.ShareImage("/images/share.png",
                Map.of("zh", "河西新闻标志", "en", "The Hexi News nameplate")), identity.shareImage());
    }

    @Test
    void onePublisherNameOrAltTextServesEveryLanguage() {
        SiteFiles.writeFile(dir, "static/share.jpg", "jpg");
        IdentityConfig identity = load("""
                identity:
                  publisher: Hexi Media
                  shareImage: { src: /share.jpg, alt: 河西新闻 Hexi News }
                """).identity();
        assertEquals(Map.of("zh", "Hexi Media", "en", "Hexi Media"), identity.publisher());
        assertEquals(Map.of("zh", "河西新闻 Hexi News", "en", "河西新闻 Hexi News"), identity.shareImage().alt());
    }

    @Test
    void imagesMustBeFilesInStaticOrHttpUrlsAllowedByThePolicy() {
        List<String> errors = errors("""
                identity:
                  logo: /images/missing.png
                  icon: favicon.ico
                  appleTouchIcon: javascript:alert(1)
                  shareImage: { src: /../site.yaml, alt: x }
                """);
        assertEquals(List.of(
                "site.yaml:7:9: identity.logo: no file static/images/missing.png for '/images/missing.png' (put the "
                        + "image there, or give an http(s) URL)",
                "site.yaml:8:9: identity.icon: 'favicon.ico' is neither a site path such as /images/logo.png (a file in "
                        + "static/) nor an http(s) URL",
                "site.yaml:9:19: identity.appleTouchIcon: image source 'javascript:alert(1)' is not allowed (allowed: "
                        + "http, https, mailto, tel, relative, data:image/png, jpeg, gif, webp, avif)",
                "site.yaml:10:22: identity.shareImage.src: no file static/../site.yaml for '/../site.yaml' (put the image "
                        + "there, or give an http(s) URL)"), errors);
    }

    @Test
    void theShareImageNeedsAltTextInEveryLanguageAndUnknownKeysAreErrors() {
        SiteFiles.writeFile(dir, "static/share.png", "png");
        List<String> errors = errors("""
                identity:
                  publisher: { zh: 河西, fr: Hexi }
                  favicon: /share.png
                  shareImage: { src: /share.png, alt: { zh: 河西新闻 } }
                """);
        assertEquals(3, errors.size(), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("unknown key 'identity.favicon'")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("unknown key 'identity.publisher.fr'")), errors.toString());
        assertTrue(errors.stream().anyMatch(e -> e.contains("identity.shareImage.alt.en: required")), errors.toString());
    }
}
