package dev.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a whole site from one text block, each file introduced by a line {@code -- path --}, the way Hugo's
 * integration tests declare sites:
 *
 * <pre>
 * -- site.yaml --
 * baseUrl: https://example.org/
 * -- content/zh/news/a.md --
 * ---
 * title: 标题
 * ---
 * </pre>
 */
public final class SiteFiles {

    private static final Pattern HEADER = Pattern.compile("^-- (.+?) --$", Pattern.MULTILINE);

    private SiteFiles() {
    }

    /** Writes the files of {@code spec} under {@code root} and returns {@code root}. */
    public static Path write(Path root, String spec) {
        Matcher m = HEADER.matcher(spec);
        int start = -1;
        String name = null;
        while (m.find()) {
            if (name != null) writeFile(root, name, spec.substring(start, m.start()));
            name = m.group(1);
            start = m.end() + 1;
        }
        if (name != null) writeFile(root, name, start >= spec.length() ? "" : spec.substring(start));
        return root;
    }

    /** Writes one file, creating its folders. */
    public static void writeFile(Path root, String name, String text) {
        writeBytes(root, name, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one file's bytes, creating its folders. */
    public static void writeBytes(Path root, String name, byte[] bytes) {
        try {
            Path file = root.resolve(name);
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text. */
    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The minimal bilingual site.yaml most tests start from: zh at the root, en under /en/, two sections. */
    public static final String SITE_YAML = """
            -- site.yaml --
            baseUrl: https://news.example.org/
            timeZone: Asia/Shanghai
            defaultLanguage: zh
            languages:
              zh: { locale: zh-CN, name: 中文, title: 河西新闻 }
              en: { locale: en, name: English, title: Hexi News }
            sections:
              economy: { zh: 经济, en: Economy }
              law: { zh: 法治, en: Rule of Law }
            tags:
              red-property: { zh: 红色物业, en: Red Property }
            """;
}
