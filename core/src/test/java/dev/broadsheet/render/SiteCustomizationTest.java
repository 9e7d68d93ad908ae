package dev.broadsheet.render;

import dev.broadsheet.diagnostics.Diagnostic;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A site's own templates/ and i18n/ over the theme, and the diagnostics when they are wrong. */
class SiteCustomizationTest {

    private static final String BASE = "https://news.example.org/";

    @TempDir
    Path siteDir;

    private void write(String path, String text) throws IOException {
        Path file = siteDir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private Rendering.Result render() {
        return Rendering.render(Rendering.standard().build(), siteDir);
    }

    private static List<String> messages(Rendering.Result result) {
        return result.diagnostics().all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void siteTemplateOverridesThatThemeTemplateOnly() throws IOException {
        write("templates/article.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.frame><h1 class="custom">${article.title} / ${links.section.label}</h1></@layout.frame>
                """);
        Rendering.Result result = render();
        assertEquals(List.of(), messages(result));
        Document article = result.sink().html("economy/a/index.html", BASE);
        assertEquals("河西区领导带队赴上海开展招商对接活动 / 经济", article.selectFirst("h1.custom").text());
        assertNotNull(article.selectFirst("link[rel=canonical]"), "the theme's layout is still used");
        assertNotNull(result.sink().html("economy/index.html", BASE).selectFirst(".article-list"));
    }

    @Test
    void siteTemplatesEscapeAndMixMarkupAsFreeMarkersHtmlFormat() throws IOException {
        write("templates/page.ftlh", """
                <#assign raw = "<b>Xi'an & \\"Tianjin\\"</b>">
                <#assign captured><i>${raw}</i></#assign>
                <p id="escaped">${raw}</p>
                <p id="no-esc">${raw?no_esc}</p>
                <p id="esc">${raw?esc}</p>
                <p id="captured">${captured}</p>
                <p id="markup-string">${captured?markup_string}</p>
                <p id="concatenated">${raw?no_esc + raw}</p>
                <p id="truncated">${"Chinese and English news, side by side"?truncate_m(20)}</p>
                <#outputformat "HTML"><p id="block">${raw}</p></#outputformat>
                <#outputformat "plainText"><p id="plain">${raw}</p></#outputformat>
                """);
        Rendering.Result result = render();
        assertEquals(List.of(), messages(result));
        String page = result.sink().text("about/index.html");
        String escaped = "&lt;b&gt;Xi&#39;an &amp; &quot;Tianjin&quot;&lt;/b&gt;";
        String raw = "<b>Xi'an & \"Tianjin\"</b>";
        assertTrue(page.contains("<p id=\"escaped\">" + escaped + "</p>"), page);
        assertTrue(page.contains("<p id=\"no-esc\">" + raw + "</p>"), page);
        assertTrue(page.contains("<p id=\"esc\">" + escaped + "</p>"), page);
        assertTrue(page.contains("<p id=\"captured\"><i>" + escaped + "</i></p>"), page);
        assertTrue(page.contains("<p id=\"markup-string\">&lt;i&gt;" + escaped.replace("&", "&amp;")
                + "&lt;/i&gt;</p>"), page);
        assertTrue(page.contains("<p id=\"concatenated\">" + raw + escaped + "</p>"), page);
        assertTrue(page.contains("<p id=\"truncated\">Chinese and <span class='truncateTerminator'>"
                + "[&#8230;]</span></p>"), page);
        assertTrue(page.contains("<p id=\"block\">" + escaped + "</p>"), page);
        assertTrue(page.contains("<p id=\"plain\">" + raw + "</p>"), page);
    }

    @Test
    void siteStringsOverrideThemeStringsKeyByKey() throws IOException {
        write("i18n/en.yaml", "read_more: Continue reading\n");
        Rendering.Result result = render();
        assertEquals(List.of(), messages(result));
        Document english = result.sink().html("en/index.html", BASE);
        assertTrue(english.selectFirst(".read-more a").text().startsWith("Continue reading"));
        assertEquals("Skip to content", english.selectFirst(".skip-link").text());
        assertTrue(result.sink().html("index.html", BASE).selectFirst(".read-more a").text().startsWith("阅读全文"));
    }

    @Test
    void templateErrorNamesTemplateLineColumnAndPage() throws IOException {
        write("templates/article.ftlh", """
                <#import "layout.ftlh" as layout>
                <@layout.frame>
                <h1>${article.title}</h1>
                <p>${article.noSuchThing}</p>
                </@layout.frame>
                """);
        Rendering.Result result = render();
        List<String> errors = messages(result);
        assertEquals(1, errors.size(), errors.toString());
        String error = errors.get(0);
        assertTrue(error.startsWith("templates/article.ftlh:4:6: "), error);
        assertTrue(error.contains("noSuchThing"), error);
        assertTrue(error.contains("while rendering economy/a/index.html and 4 other pages"), error);
        assertFalse(result.sink().files().containsKey("economy/a/index.html"));
        assertTrue(result.sink().files().containsKey("economy/index.html"), "other pages still render");
    }

    @Test
    void errorsInSeveralTemplatesAreAllReported() throws IOException {
        write("templates/page.ftlh", "<p>${doc.missing}</p>\n");
        write("templates/tag.ftlh", "<p>\n${t(\"no_such_key\")}</p>\n");
        List<String> errors = messages(render());
        assertEquals(2, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("templates/page.ftlh:1:6: "), errors.get(0));
        assertTrue(errors.get(1).startsWith("templates/tag.ftlh:2:1: "), errors.get(1));
        assertTrue(errors.get(1).contains("no UI string 'no_such_key'"), errors.get(1));
    }

    @Test
    void templateThatDoesNotParseIsReportedAndNothingIsRendered() throws IOException {
        write("templates/home.ftlh", "<h1>\n<#if site.title>\n");
        Rendering.Result result = render();
        List<String> errors = messages(result);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("templates/home.ftlh:"), errors.get(0));
        assertEquals(0, result.sink().files().size());
    }

    @Test
    void includeOnlyTemplatesAndPartialStringOverridesAreAccepted() throws IOException {
        write("i18n/en.yaml", "tag_title: \"Tag: {0}\"\n");
        write("templates/_unused.ftlh", "<#-- only included -->\n");
        assertEquals(List.of(), messages(render()));
    }

    @Test
    void unknownTemplateNameIsAWarning() throws IOException {
        write("templates/artcle.ftlh", "<p>typo</p>\n");
        Rendering.Result result = render();
        assertFalse(result.diagnostics().hasErrors());
        String warning = messages(result).get(0);
        assertTrue(warning.startsWith("templates/artcle.ftlh: warning: not a template of the theme"), warning);
    }

    @Test
    void invalidStringsYamlIsReportedWithLineAndColumn() throws IOException {
        write("i18n/en.yaml", "read_more: Continue\nnewer: [unclosed\n");
        Rendering.Result result = render();
        List<String> errors = messages(result);
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).startsWith("i18n/en.yaml:3:1: invalid YAML"), errors.get(0));
    }
}
