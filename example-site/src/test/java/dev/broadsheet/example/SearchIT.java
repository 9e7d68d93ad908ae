package dev.broadsheet.example;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The search pages of the example site in Chromium: the script's analysis passes the same test vectors as the
 * Java side's, queries in either language find the right article first with the words highlighted, a query in
 * the other language's script is offered that language's hits with links to their translations, the box works
 * from the keyboard and without JavaScript, and axe finds nothing on a page of results.
 */
class SearchIT extends BrowserTest {

    private static final String LAW_ZH = "解锁法治政府建设的“善治密码”";

    @AfterEach
    void reset() {
        browser.javaScript(true);
        browser.viewport(1280);
        browser.emulate("light", "");
    }

    /** Opens a search page with a query and waits until the script has shown its results. */
    private static void search(String page, String query) {
        URI base = sites.site().url(page);
        browser.open(URI.create(base + "?q=" + java.net.URLEncoder.encode(query, StandardCharsets.UTF_8)));
        waitUntilDone();
    }

    private static void waitUntilDone() {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "done".equals(browser.js(
                "const list = document.getElementById('search-results'); return list && list.dataset.state")));
    }

    @SuppressWarnings("unchecked")
    private static List<String> hrefs(String list) {
        return (List<String>) browser.js("return [...document.querySelectorAll(arguments[0] + ' > li h2 a, '"
                + " + arguments[0] + ' > li h3 a')].map(a => a.getAttribute('href'))", list);
    }

    @SuppressWarnings("unchecked")
    private static List<String> marks(String css) {
        return (List<String>) browser.js(
                "return [...document.querySelectorAll(arguments[0] + ' mark')].map(m => m.textContent)", css);
    }

    private static String status() {
        return browser.find(".search-status").getText();
    }

    @Test
    void theScriptsAnalysisPassesEveryTestVector() throws IOException {
        browser.open(sites.site().url("/search/"));
        waitUntilDone();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        for (String line : Files.readAllLines(ExampleSite.searchVectors(), StandardCharsets.UTF_8)) {
            if (line.isEmpty() || line.startsWith("#")) continue;
            String[] parts = line.split("\t", -1);
            assertEquals(3, parts.length, "a vector line has text, tokens and query terms: " + line);
            String text = unescape(parts[0]);
            Object tokens = browser.js("const f = a => a.map(t => t.term + '@' + t.slot).join(' ');"
                    + "return [f(broadsheetSearch.analyze(arguments[0])), f(broadsheetSearch.queryTerms(arguments[0]))]",
                    text);
            List<?> got = (List<?>) tokens;
            if (!parts[1].equals(got.get(0))) failures.add(parts[0] + ": tokens " + got.get(0) + ", expected " + parts[1]);
            if (!parts[2].equals(got.get(1))) failures.add(parts[0] + ": terms " + got.get(1) + ", expected " + parts[2]);
            cases++;
        }
        assertEquals(List.of(), failures);
        assertTrue(cases >= 20, "the vector file has " + cases + " cases");
    }

    /** The vector file's escapes: backslash t, n, backslash and u{hex} (docs/search.md). */
    static String unescape(String text) {
        Matcher m = Pattern.compile("\\\\(t|n|\\\\|u\\{([0-9a-fA-F]+)})").matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = switch (m.group(1)) {
                case "t" -> "\t";
                case "n" -> "\n";
                case "\\" -> "\\";
                default -> new String(Character.toChars(Integer.parseInt(m.group(2), 16)));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    @Test
    void aChineseQueryFindsItsArticleFirstWithTheWordsHighlighted() {
        search("/search/", "红色物业");
        List<String> found = hrefs("#search-results");
        assertFalse(found.isEmpty(), status());
        assertEquals("/governance/red-property/", found.get(0));
        assertTrue(marks("#search-results > li:first-child").contains("红色物业"),
                "the four characters are marked as one: " + marks("#search-results > li:first-child"));
        assertTrue(status().matches("找到\\d+条结果。.*"), status());
        assertEquals("红色物业", browser.find("#broadsheet-search-q").getDomProperty("value"), "the box shows the query");
        assertEquals("polite", browser.find(".search-status").getDomAttribute("aria-live"));
        browser.find(".language-switcher a[hreflang=en]").click();
        waitUntilDone();
        assertEquals("/en/search/", browser.path(), "the language switcher keeps the query");
        assertEquals("红色物业", browser.find("#broadsheet-search-q").getDomProperty("value"));
    }

    @Test
    void anEnglishQueryFindsItsArticleFirstWithTheWordsHighlighted() {
        search("/en/search/", "law-based government");
        List<String> found = hrefs("#search-results");
        assertFalse(found.isEmpty(), status());
        assertEquals("/en/law/law-based-government/", found.get(0));
        List<String> marked = marks("#search-results > li:first-child").stream().map(String::toLowerCase).toList();
        assertTrue(marked.contains("law"), marked.toString());
        assertTrue(marked.contains("based government"), "marked words a space apart are one mark: " + marked);
        assertTrue(status().matches("\\d+ results?\\..*"), status());
    }

    @Test
    void theEnglishPageOffersChineseHitsWithLinksToTheirTranslations() {
        search("/en/search/", "河西");
        assertTrue(browser.find(".search-other").isDisplayed(), status());
        List<String> other = hrefs("#search-results-other");
        assertFalse(other.isEmpty());
        assertTrue(other.stream().noneMatch(h -> h.startsWith("/en/")), other.toString());
        assertEquals("zh-CN", browser.find("#search-results-other > li").getDomAttribute("lang"));
        assertTrue(marks("#search-results-other").contains("河西"));

        search("/en/search/", LAW_ZH);
        other = hrefs("#search-results-other");
        assertFalse(other.isEmpty(), status());
        assertEquals("/law/law-based-government/", other.get(0));
        WebElement translation = browser.find("#search-results-other > li:first-child .search-result-translation a");
        assertEquals("/en/law/law-based-government/", translation.getDomAttribute("href"));
        assertEquals("Read it in English", translation.getText());
        translation.click();
        assertEquals("/en/law/law-based-government/", browser.path());
    }

    @Test
    void theChinesePageOffersEnglishHitsForAnEnglishQuery() {
        search("/search/", "Red Property");
        List<String> other = hrefs("#search-results-other");
        assertFalse(other.isEmpty(), status());
        assertEquals("/en/governance/red-property/", other.get(0));
        assertEquals("/governance/red-property/", browser.find(
                "#search-results-other > li:first-child .search-result-translation a").getDomAttribute("href"));
        assertEquals("阅读中文版", browser.find("#search-results-other > li:first-child .search-result-translation a").getText());
    }

    @Test
    void aQueryNoPageHasInFullShowsThePagesWithSomeOfItsWordsAndSaysSo() {
        search("/en/search/", "government zyxwvut");
        assertFalse(hrefs("#search-results").isEmpty(), status());
        assertTrue(status().contains("some of them"), status());
    }

    @Test
    void searchingAgainUpdatesTheAddressAndBackShowsTheEarlierResults() {
        search("/search/", "红色物业");
        WebElement box = browser.find("#broadsheet-search-q");
        box.clear();
        box.sendKeys(LAW_ZH, Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> hrefs("#search-results").stream().findFirst().orElse("").equals("/law/law-based-government/"));
        waitUntilDone();
        assertTrue(URI.create(browser.driver().getCurrentUrl()).getQuery().contains("善治"),
                browser.driver().getCurrentUrl());
        browser.driver().navigate().back();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
                .until(d -> hrefs("#search-results").stream().findFirst().orElse("").equals("/governance/red-property/"));
        assertEquals("红色物业", browser.find("#broadsheet-search-q").getDomProperty("value"));
    }

    @Test
    void fromTheTopOfAnArticleTheKeyboardReachesTheBoxAndEnterLandsOnTheResults() {
        browser.open(sites.site().url("/law/law-based-government/"));
        Actions keys = new Actions(browser.driver());
        for (int i = 0; i < 6 && !"broadsheet-masthead-q".equals(browser.js("return document.activeElement.id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertEquals("broadsheet-masthead-q", browser.js("return document.activeElement.id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> outline = (Map<String, Object>) browser.js("""
                const style = getComputedStyle(document.activeElement);
                return {style: style.outlineStyle, width: parseFloat(style.outlineWidth)};""");
        assertFalse("none".equals(outline.get("style")), "the focused box shows a ring: " + outline);
        assertTrue(((Number) outline.get("width")).doubleValue() >= 2, outline.toString());
        keys.sendKeys("红色物业").sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "/search/".equals(browser.path()));
        waitUntilDone();
        assertEquals("/governance/red-property/", hrefs("#search-results").get(0));
    }

    @Test
    void withoutJavaScriptTheBoxStillSubmitsAndTheSearchPageSaysWhyNothingIsFound() {
        browser.javaScript(false);
        browser.open(sites.site().url("/en/law/law-based-government/"));
        browser.find("#broadsheet-masthead-q").sendKeys("red property", Keys.ENTER);
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> "/en/search/".equals(browser.path()));
        assertEquals("q=red+property", URI.create(browser.driver().getCurrentUrl()).getRawQuery());
        WebElement message = browser.find(".search-noscript");
        assertTrue(message.isDisplayed());
        assertTrue(message.getText().contains("JavaScript"), message.getText());
        assertTrue(browser.driver().findElements(By.cssSelector("#search-results > li")).isEmpty());
    }

    @Test
    void axeFindsNothingOnPagesOfResultsAndTheyAreScreenshotted() {
        List<String> found = new ArrayList<>();
        for (int width : Browser.WIDTHS) {
            browser.viewport(width);
            for (String[] query : List.of(new String[] {"zh-search-results", "/search/", "河西区"},
                    new String[] {"en-search-results", "/en/search/", "Hexi District"},
                    new String[] {"en-search-results-chinese", "/en/search/", "红色物业"},
                    new String[] {"zh-search-results-none", "/search/", "无此词语"})) {
                search(query[1], query[2]);
                browser.screenshot(ExampleSite.screenshots().resolve(query[0] + "-" + width + ".png"));
                Object overflow = browser.js("return document.documentElement.scrollWidth > innerWidth");
                if (Boolean.TRUE.equals(overflow)) found.add(query[0] + " " + width + ": scrolls sideways");
                Results results = new AxeBuilder().disableIframeTesting().analyze(browser.driver());
                assertTrue(results.getError() == null, query[0] + ": " + results.getErrorMessage());
                for (Rule rule : results.getViolations()) {
                    List<String> targets = new ArrayList<>();
                    for (CheckedNode node : rule.getNodes()) targets.add(String.valueOf(node.getTarget()));
                    found.add(query[0] + " " + width + ": " + rule.getId() + ": " + rule.getHelp() + " " + targets);
                }
            }
        }
        browser.viewport(1280);
        browser.emulate("dark", "");
        for (String[] query : List.of(new String[] {"zh-search-results", "/search/", "河西区"},
                new String[] {"en-search-results-chinese", "/en/search/", "红色物业"})) {
            search(query[1], query[2]);
            browser.screenshot(ExampleSite.screenshots().resolve(query[0] + "-dark-1280.png"));
            for (Rule rule : new AxeBuilder().disableIframeTesting().analyze(browser.driver()).getViolations()) {
                found.add(query[0] + " dark: " + rule.getId() + ": " + rule.getHelp());
            }
        }
        assertEquals(List.of(), found);
    }
}
