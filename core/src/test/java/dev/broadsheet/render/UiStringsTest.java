package dev.broadsheet.render;

import dev.broadsheet.config.LanguageConfig;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UiStringsTest {

    @TempDir
    Path siteDir;

    private final Diagnostics diagnostics = new Diagnostics();

    private Map<String, UiStrings> load(String... languages) {
        List<LanguageConfig> configs = java.util.Arrays.stream(languages)
                .map(l -> new LanguageConfig(l, l, l, "Title", "")).toList();
        return new UiStringsLoader(siteDir, diagnostics).load(configs);
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(siteDir.resolve(path).getParent());
        Files.writeString(siteDir.resolve(path), text);
    }

    @Test
    void fillsNumberedPlaceholdersWithoutGroupingDigits() {
        assertEquals("Page 2 of 12000", UiStrings.fill("Page {0} of {1}", 2, 12000));
        assertEquals("2025", UiStrings.fill("{0}", 2025.0));
        assertEquals("{x} {5}", UiStrings.fill("{x} {5}", "a"));
    }

    @Test
    void unknownKeySuggestsTheClosestOne() {
        UiStrings strings = new UiStrings(Map.of("read_more", "Read more"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> strings.format("raed_more"));
        assertTrue(e.getMessage().contains("did you mean 'read_more'?"), e.getMessage());
    }

    @Test
    void languageWithoutThemeBundleFallsBackToEnglish() {
        Map<String, UiStrings> strings = load("zh", "fr");
        assertEquals("Skip to content", strings.get("fr").format("skip_to_content"));
        assertEquals("跳到正文", strings.get("zh").format("skip_to_content"));
        assertEquals(List.of(), diagnostics.all());
    }

    @Test
    void languageKeyedDifferentlyUsesTheBundleOfItsLocale() {
        UiStrings strings = new UiStringsLoader(siteDir, diagnostics)
                .load(List.of(new LanguageConfig("cn", "zh-CN", "中文", "河西新闻", ""))).get("cn");
        assertEquals("跳到正文", strings.format("skip_to_content"));
    }

    @Test
    void siteBundleOverridesKeyByKeyAndNestedKeysAreDotted() throws IOException {
        write("i18n/fr.yaml", "skip_to_content: Aller au contenu\nfooter:\n  note: Bonne lecture\n");
        UiStrings french = load("fr").get("fr");
        assertEquals("Aller au contenu", french.format("skip_to_content"));
        assertEquals("Bonne lecture", french.format("footer.note"));
        assertEquals("Read more", french.format("read_more"));
    }

    @Test
    void wrongValueTypeIsReportedAtItsPosition() throws IOException {
        write("i18n/en.yaml", "read_more: Go on\nnewer:\n  - a\n");
        UiStrings english = load("en").get("en");
        assertEquals("Go on", english.format("read_more"));
        assertEquals(List.of("i18n/en.yaml:3:3: newer: expected a string"),
                diagnostics.all().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void fileThatIsNotUtf8IsReported() throws IOException {
        Files.createDirectories(siteDir.resolve("i18n"));
        Files.write(siteDir.resolve("i18n/zh.yaml"), "home: 首页\n".getBytes(Charset.forName("GBK")));
        load("zh");
        assertEquals(List.of("i18n/zh.yaml: not valid UTF-8 (save the file as UTF-8)"),
                diagnostics.all().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void bundleOfUndeclaredLanguageIsAWarning() throws IOException {
        write("i18n/de.yaml", "home: Start\n");
        load("zh");
        assertEquals(List.of("i18n/de.yaml: warning: ignored: site.yaml declares no language 'de'"),
                diagnostics.all().stream().map(Diagnostic::toString).toList());
    }

    @Test
    void themeBundlesDefineTheSameKeys() {
        Map<String, String> english = new UiStringsLoader(siteDir, diagnostics)
                .parse("en", ThemeResources.read("i18n/en.yaml").orElseThrow());
        Map<String, String> chinese = new UiStringsLoader(siteDir, diagnostics)
                .parse("zh", ThemeResources.read("i18n/zh.yaml").orElseThrow());
        assertEquals(english.keySet(), chinese.keySet());
    }
}
