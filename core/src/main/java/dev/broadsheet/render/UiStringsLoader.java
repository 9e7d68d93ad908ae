package dev.broadsheet.render;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.diagnostics.SourcePosition;
import dev.broadsheet.io.TextFiles;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Reads the UI string bundles: the theme's {@code i18n/<lang>.yaml} overridden key by key by the site's
 * {@code i18n/<lang>.yaml}. A language the theme has no bundle for under its key uses the bundle of its
 * locale's language ({@code cn} with locale {@code zh-CN} gets {@code zh.yaml}), else the English strings; every
 * language falls back to English for keys its bundles lack. A bundle is a YAML map of strings; nested maps
 * give dotted keys ({@code nav: {home: …}} is {@code nav.home}). Problems are reported with file, line and
 * column, and the bundle's valid entries are still used.
 */
final class UiStringsLoader {

    /** The language whose strings every other language falls back to. */
    static final String FALLBACK = "en";

    private final Path siteI18n;
    private final Diagnostics diagnostics;

    UiStringsLoader(Path siteDir, Diagnostics diagnostics) {
        this.siteI18n = siteDir.resolve("i18n");
        this.diagnostics = diagnostics;
    }

    /** The merged strings of each language, by language key. */
    Map<String, UiStrings> load(List<LanguageConfig> languages) {
        warnAboutUndeclaredBundles(languages);
        Map<String, String> english = new LinkedHashMap<>(themeBundle(FALLBACK));
        english.putAll(siteBundle(FALLBACK));
        Map<String, UiStrings> result = new LinkedHashMap<>();
        for (LanguageConfig language : languages) {
            String key = language.key();
            Map<String, String> merged = new LinkedHashMap<>(english);
            if (!key.equals(FALLBACK)) {
                Map<String, String> theme = themeBundle(key);
                String localeLanguage = language.javaLocale().getLanguage();
                if (theme.isEmpty() && !localeLanguage.equals(FALLBACK)) theme = themeBundle(localeLanguage);
                merged.putAll(theme);
                merged.putAll(siteBundle(key));
            }
            result.put(key, new UiStrings(merged));
        }
        return result;
    }

    private Map<String, String> themeBundle(String language) {
        String path = "i18n/" + language + ".yaml";
        return ThemeResources.read(path).map(bytes -> parse("theme:" + path, bytes)).orElse(Map.of());
    }

    private Map<String, String> siteBundle(String language) {
        Path file = siteI18n.resolve(language + ".yaml");
        if (!Files.isRegularFile(file)) return Map.of();
        String name = "i18n/" + language + ".yaml";
        return TextFiles.readBytes(file, name, diagnostics).map(bytes -> parse(name, bytes)).orElse(Map.of());
    }

    private void warnAboutUndeclaredBundles(List<LanguageConfig> languages) {
        if (!Files.isDirectory(siteI18n)) return;
        TreeSet<String> names = new TreeSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(siteI18n, "*.{yaml,yml}")) {
            files.forEach(f -> names.add(f.getFileName().toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String name : names) {
            String language = name.substring(0, name.lastIndexOf('.'));
            boolean declared = language.equals(FALLBACK) || languages.stream().anyMatch(l -> l.key().equals(language));
            if (!declared || name.endsWith(".yml")) {
                diagnostics.warning(SourcePosition.of("i18n/" + name), declared
                        ? "ignored: name it " + language + ".yaml"
                        : "ignored: site.yaml declares no language '" + language + "'");
            }
        }
    }

    /** The strings of one bundle; {@code file} names it in diagnostics. */
    Map<String, String> parse(String file, byte[] bytes) {
        SourcePosition position = SourcePosition.of(file);
        Optional<String> text = decode(bytes);
        if (text.isEmpty()) {
            diagnostics.error(position, "not valid UTF-8 (save the file as UTF-8)");
            return Map.of();
        }
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new java.io.StringReader(text.get()));
        } catch (MarkedYAMLException e) {
            diagnostics.error(at(position, e.getProblemMark()), "invalid YAML: " + e.getProblem());
            return Map.of();
        } catch (YAMLException e) {
            diagnostics.error(position, "invalid YAML: " + e.getMessage());
            return Map.of();
        }
        Map<String, String> strings = new LinkedHashMap<>();
        if (root == null) return strings;
        if (!(root instanceof MappingNode map)) {
            diagnostics.error(at(position, root.getStartMark()), "expected a map of UI strings, like 'read_more: Read more'");
            return strings;
        }
        collect(position, "", map, strings);
        return strings;
    }

    private void collect(SourcePosition file, String prefix, MappingNode map, Map<String, String> into) {
        for (NodeTuple entry : map.getValue()) {
            Node keyNode = entry.getKeyNode();
            Node valueNode = entry.getValueNode();
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                diagnostics.error(at(file, keyNode.getStartMark()), "a UI string's key must be a plain name");
                continue;
            }
            String key = prefix + scalarKey.getValue();
            if (valueNode instanceof MappingNode nested) {
                collect(file, key + ".", nested, into);
            } else if (valueNode instanceof ScalarNode scalar) {
                if (into.put(key, scalar.getValue()) != null) {
                    diagnostics.error(at(file, keyNode.getStartMark()), key + ": defined twice");
                }
            } else {
                diagnostics.error(at(file, valueNode.getStartMark()), key + ": expected a string");
            }
        }
    }

    private static SourcePosition at(SourcePosition file, Mark mark) {
        return mark == null ? file : file.at(mark.getLine() + 1, mark.getColumn() + 1);
    }

    private static Optional<String> decode(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
