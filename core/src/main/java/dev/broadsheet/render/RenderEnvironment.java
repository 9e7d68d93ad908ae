package dev.broadsheet.render;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.io.CodeVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The digest of what every page of a render shares: the configuration, the site's templates and UI strings,
 * the theme, and the build of Broadsheet itself. When it changes, every page is rendered again.
 */
final class RenderEnvironment {

    private RenderEnvironment() {
    }

    static String digest(Path siteDir, SiteConfig config, ModelDigest digests) {
        List<Object> parts = new ArrayList<>();
        parts.add(config);
        parts.add(CodeVersion.marker());
        for (String folder : List.of("templates", "i18n")) {
            for (Path file : files(siteDir.resolve(folder))) {
                parts.add(folder + "/" + siteDir.resolve(folder).relativize(file));
                parts.add(text(file));
            }
        }
        for (String name : ThemeResources.TEMPLATES) parts.add(themeText("templates/" + name));
        for (String name : ThemeResources.ASSETS) parts.add(themeText("assets/" + name));
        for (String language : List.of("en", "zh")) parts.add(themeText("i18n/" + language + ".yaml"));
        return digests.of(parts).orElseThrow();
    }

    private static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> walk = Files.walk(folder, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Path file) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String themeText(String path) {
        return ThemeResources.read(path).map(b -> new String(b, java.nio.charset.StandardCharsets.ISO_8859_1))
                .orElse("");
    }
}
