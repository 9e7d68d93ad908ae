package dev.broadsheet.example;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The large-text mode (适老化) for older readers: a switch in the masthead that enlarges the whole page, holds
 * on every page the reader opens next, in both languages, and does not get in the way without JavaScript.
 */
class LargeTextModeIT extends BrowserTest {

    @BeforeEach
    void newReader() {
        browser.javaScript(true);
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
        sites.clearStorage(browser);
    }

    @Test
    void switchIsLabelledInThePagesLanguageAndStartsOff() {
        browser.open(sites.site().url("/"));
        WebElement zh = browser.find(".masthead .large-text-toggle");
        assertTrue(zh.isDisplayed());
        assertEquals("大字", zh.getText());
        assertEquals("false", zh.getDomAttribute("aria-pressed"));
        browser.open(sites.site().url("/en/"));
        assertEquals("Large text", browser.find(".masthead .large-text-toggle").getText());
    }

    @Test
    void switchEnlargesTheWholePageAndSaysItIsOn() {
        browser.open(sites.site().url("/law/law-based-government/"));
        Map<String, Number> before = sizes();
        browser.find(".large-text-toggle").click();
        Map<String, Number> after = sizes();
        assertEquals("true", browser.find(".large-text-toggle").getDomAttribute("aria-pressed"));
        for (String part : before.keySet()) {
            assertEquals(1.25, after.get(part).doubleValue() / before.get(part).doubleValue(), 0.01, part);
        }
        assertTrue(after.get("text").doubleValue() >= 22, "body text is at least 22 px: " + after);
    }

    @Test
    void choiceHoldsOnEveryPageTheReaderOpensNextInBothLanguagesUntilSwitchedOff() {
        browser.open(sites.site().url("/"));
        browser.find(".large-text-toggle").click();
        for (String path : List.of("/law/law-based-government/", "/tags/基层治理/", "/en/", "/en/about/")) {
            browser.open(sites.site().url(path));
            assertTrue(largeText(), path + " is large");
            assertEquals("true", browser.find(".large-text-toggle").getDomAttribute("aria-pressed"), path);
        }
        browser.find(".large-text-toggle").click();
        assertFalse(largeText());
        browser.open(sites.site().url("/economy/"));
        assertFalse(largeText(), "switched off holds too");
        assertEquals("false", browser.find(".large-text-toggle").getDomAttribute("aria-pressed"));
    }

    @Test
    void storedChoiceIsAppliedByTheHeadBeforeTheThemeScriptLoads() {
        browser.open(sites.site().url("/"));
        browser.js("localStorage.setItem('broadsheet.largeText', 'on')");
        browser.driver().executeCdpCommand("Network.enable", Map.of());
        browser.driver().executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*broadsheet.js")));
        browser.open(sites.site().url("/about/"));
        assertTrue(largeText(), "the inline script in <head> applied the stored choice");
        assertFalse(browser.find(".large-text-toggle").isDisplayed(), "without the theme script the switch stays hidden");
    }

    @Test
    void withJavaScriptOffTheSwitchIsHiddenAndEverythingElseWorks() {
        browser.javaScript(false);
        browser.open(sites.site().url("/governance/red-property/"));
        assertFalse(browser.find(".large-text-toggle").isDisplayed());
        assertTrue(browser.find("main .body").getText().contains("河西区坚持以党建引领为核心抓手"));
        browser.find(".toc a").click();
        assertTrue(browser.driver().getCurrentUrl().contains("#"), "the table of contents leads into the text");
        browser.find(".language-switcher a[hreflang=en]").click();
        assertEquals("/en/governance/red-property/", browser.path());
        browser.find(".site-nav a[href='/en/economy/']").click();
        assertEquals("/en/economy/", browser.path());
    }

    private static boolean largeText() {
        return (Boolean) browser.js("return document.documentElement.classList.contains('large-text')");
    }

    /** Font sizes, in px, of the root, the headline, the body text and the navigation. */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> sizes() {
        return (Map<String, Number>) browser.js("""
                const size = s => parseFloat(getComputedStyle(document.querySelector(s)).fontSize);
                return {root: size('html'), headline: size('h1'), text: size('main .body > p'),
                        navigation: size('.site-nav a'), meta: size('.article-header .meta')};""");
    }
}
