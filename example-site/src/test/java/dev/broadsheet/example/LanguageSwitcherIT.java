package dev.broadsheet.example;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * From every page of the example site (and every list page of its one-article-per-page copy), the language
 * switcher leads to the page's translation and back. What the translation is follows from the site alone:
 * the same path under /en/, except tags, which site.yaml pairs by name.
 */
class LanguageSwitcherIT extends BrowserTest {

    private static Map<String, String> enTagByZhTag;

    @BeforeAll
    static void readTagPairs() throws IOException {
        enTagByZhTag = tagPairs();
    }

    @Test
    void switcherLeadsFromEveryChinesePageToItsEnglishTranslationAndBack() {
        List<String> wrong = new ArrayList<>();
        int checked = 0;
        for (ExampleSite.Build build : List.of(ExampleSite.Build.SITE, ExampleSite.Build.PAGED)) {
            StaticServer server = sites.server(build);
            for (String zh : ExampleSite.htmlPages(build.root())) {
                if (zh.startsWith("/en/") || zh.equals("/404.html")) continue;
                if (build == ExampleSite.Build.PAGED && !zh.contains("/page/")) continue;
                String en = english(zh);
                browser.open(server.url(zh));
                String alternate = URI.create(browser.find("link[rel=alternate][hreflang=en]").getDomAttribute("href"))
                        .getPath();
                if (!alternate.equals(en)) wrong.add(zh + ": hreflang=en is " + alternate + ", not " + en);
                browser.find(".language-switcher a[hreflang=en]").click();
                if (!browser.path().equals(en) || !"en".equals(browser.find("html").getDomAttribute("lang"))) {
                    wrong.add(zh + " → " + browser.path() + ", not " + en);
                    continue;
                }
                browser.find(".language-switcher a[hreflang=zh-CN]").click();
                if (!browser.path().equals(zh)) wrong.add(en + " → " + browser.path() + ", not back to " + zh);
                checked++;
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(checked >= 25, "only " + checked + " pages checked");
    }

    @Test
    void everyEnglishPageHasAChineseTranslationTheSwitcherLeadsTo() {
        List<String> wrong = new ArrayList<>();
        Map<String, String> zhByEn = new LinkedHashMap<>();
        for (String zh : ExampleSite.htmlPages(ExampleSite.site())) {
            if (!zh.startsWith("/en/") && !zh.equals("/404.html")) zhByEn.put(english(zh), zh);
        }
        for (String en : ExampleSite.htmlPages(ExampleSite.site())) {
            if (!en.startsWith("/en/")) continue;
            String zh = zhByEn.get(en);
            if (zh == null) {
                wrong.add(en + " has no Chinese version");
                continue;
            }
            browser.open(sites.site().url(en));
            browser.find(".language-switcher a[hreflang=zh-CN]").click();
            if (!browser.path().equals(zh)) wrong.add(en + " → " + browser.path() + ", not " + zh);
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void notFoundPageLeadsToTheEnglishHome() {
        browser.open(sites.site().url("/no-such-page/"));
        browser.find(".language-switcher a[hreflang=en]").click();
        assertEquals("/en/", browser.path());
    }

    /** The English translation of a Chinese page, by the example site's conventions. */
    private static String english(String zh) {
        Matcher tag = Pattern.compile("^/tags/([^/]+)/(.*)$").matcher(zh);
        if (!tag.matches()) return "/en" + zh;
        String en = enTagByZhTag.get(tag.group(1));
        if (en == null) throw new AssertionError("site.yaml pairs no English tag with " + tag.group(1));
        return "/en/tags/" + en.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-") + "/" + tag.group(2);
    }

    /** site.yaml's tag pairs, {@code key: { zh: 红色物业, en: Red Property }}, Chinese name to English name. */
    private static Map<String, String> tagPairs() throws IOException {
        String yaml = Files.readString(ExampleSite.siteYaml(), StandardCharsets.UTF_8);
        String tags = yaml.substring(yaml.indexOf("\ntags:"));
        Map<String, String> pairs = new LinkedHashMap<>();
        Matcher pair = Pattern.compile("(?m)^\\s+[\\w-]+:\\s*\\{\\s*zh:\\s*([^,]+),\\s*en:\\s*([^}]+?)\\s*}").matcher(tags);
        while (pair.find()) pairs.put(pair.group(1).strip(), pair.group(2).strip());
        assertTrue(pairs.size() >= 10, "read the tag pairs of site.yaml: " + pairs);
        return pairs;
    }
}
