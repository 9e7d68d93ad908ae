package dev.broadsheet.example;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page type of the theme in both languages, at phone and desktop widths, in a real browser: it fits,
 * its parts line up, keyboard users can see where they are, dark mode and print work. Screenshots of each
 * page type at 375 and 1280 px go to target/screenshots/ to be looked at.
 */
class PageLayoutIT extends BrowserTest {

    @AfterEach
    void reset() {
        browser.viewport(1280);
        browser.emulate("light", "");
        sites.clearStorage(browser);
    }

    @Test
    void everyPageTypeFitsEveryWidthFromSmallPhonesToWideDesktopsWithoutSideScrolling() {
        List<String> overflowing = new ArrayList<>();
        for (int width : List.of(320, 375, 1280, 1920)) {
            browser.viewport(width);
            for (ExampleSite.PageType type : ExampleSite.PAGE_TYPES) {
                browser.open(sites.url(type));
                assertEquals(false, browser.js("return document.documentElement.classList.contains('large-text')"));
                if (Browser.WIDTHS.contains(width)) browser.screenshot(ExampleSite.screenshots().resolve(type.name() + "-" + width + ".png"));
                Object overflow = browser.js("""
                        const limit = document.documentElement.clientWidth;
                        if (document.documentElement.scrollWidth > limit) {
                          return 'page is ' + document.documentElement.scrollWidth + 'px wide';
                        }
                        const clipped = element => {
                          for (let e = element.parentElement; e; e = e.parentElement) {
                            if (getComputedStyle(e).overflowX !== 'visible' && e.getBoundingClientRect().right <= limit + 1) {
                              return true;
                            }
                          }
                          return false;
                        };
                        for (const element of document.querySelectorAll('body *')) {
                          const box = element.getBoundingClientRect();
                          if (box.width && box.right > limit + 1 && !element.closest('.visually-hidden, .skip-link')
                              && !clipped(element)) {
                            return element.tagName + '.' + element.className + ' ends at ' + box.right;
                          }
                        }
                        return null;""");
                if (overflow != null) overflowing.add(type.name() + " at " + width + " px: " + overflow);
            }
        }
        assertEquals(List.of(), overflowing);
    }

    @Test
    void largeTextPagesFitAPhoneToo() {
        browser.viewport(320);
        List<String> overflowing = new ArrayList<>();
        for (ExampleSite.PageType type : ExampleSite.PAGE_TYPES) {
            browser.open(sites.url(type));
            browser.js("localStorage.setItem('broadsheet.largeText', 'on')");
            browser.driver().navigate().refresh();
            assertTrue((Boolean) browser.js("return document.documentElement.classList.contains('large-text')"));
            Object width = browser.js("return document.documentElement.scrollWidth");
            if (((Number) width).intValue() > 320) overflowing.add(type.name() + " is " + width + " px wide");
        }
        browser.viewport(375);
        for (String name : List.of("zh-home", "zh-article", "en-article")) {
            ExampleSite.PageType type = type(name);
            browser.open(sites.url(type));
            browser.screenshot(ExampleSite.screenshots().resolve(name + "-large-text-375.png"));
        }
        assertEquals(List.of(), overflowing);
    }

    @Test
    void sectionNavigationStartsWhereThePageColumnStarts() {
        for (int width : Browser.WIDTHS) {
            browser.viewport(width);
            for (String name : List.of("zh-home", "en-article", "zh-section")) {
                browser.open(sites.url(type(name)));
                @SuppressWarnings("unchecked")
                Map<String, Number> left = (Map<String, Number>) browser.js("""
                        const main = document.querySelector('main');
                        const style = getComputedStyle(main);
                        return {
                          nav: document.querySelector('.site-nav li:first-child a').getBoundingClientRect().left,
                          title: document.querySelector('.site-title').getBoundingClientRect().left,
                          column: main.getBoundingClientRect().left + parseFloat(style.paddingLeft)
                        };""");
                double column = left.get("column").doubleValue();
                assertTrue(column >= 16, name + " at " + width + ": the column needs a margin, starts at " + column);
                assertEquals(column, left.get("nav").doubleValue(), 1, name + " at " + width + ": navigation");
                assertEquals(column, left.get("title").doubleValue(), 1, name + " at " + width + ": site title");
            }
        }
    }

    @Test
    void skipLinkStaysOffScreenUntilFocusedThenLeadsToTheMainContent() {
        browser.open(sites.url(type("zh-article")));
        assertTrue(((Number) browser.js("return document.querySelector('.skip-link').getBoundingClientRect().bottom"))
                .doubleValue() <= 0, "the skip link shows before it has focus");

        new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        assertEquals("skip-link", browser.js("return document.activeElement.className"));
        @SuppressWarnings("unchecked")
        Map<String, Object> focused = (Map<String, Object>) browser.js("""
                const link = document.activeElement, box = link.getBoundingClientRect();
                return {top: box.top, height: box.height, outline: getComputedStyle(link).outlineStyle};""");
        assertTrue(((Number) focused.get("top")).doubleValue() >= 0 && ((Number) focused.get("height")).doubleValue() > 20,
                "the focused skip link is on screen: " + focused);

        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        assertEquals("main", browser.js("return document.activeElement.id"));
    }

    @Test
    void keyboardFocusIsAlwaysVisible() {
        for (String name : List.of("zh-article", "en-list-page-2")) {
            browser.open(sites.url(type(name)));
            List<String> invisible = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
                Object problem = browser.js("""
                        const element = document.activeElement;
                        if (element === document.body) return null;
                        const style = getComputedStyle(element);
                        const width = parseFloat(style.outlineWidth);
                        if (style.outlineStyle === 'none' || width < 2) {
                          return element.tagName + ' "' + element.textContent.trim() + '" has no focus outline';
                        }
                        return null;""");
                if (problem != null) invisible.add(problem.toString());
            }
            assertEquals(List.of(), invisible, name);
        }
    }

    @Test
    void darkModeFollowsTheReadersSystemSetting() {
        browser.emulate("dark", "");
        for (String name : List.of("zh-home", "en-article")) {
            browser.open(sites.url(type(name)));
            @SuppressWarnings("unchecked")
            Map<String, Number> luminance = (Map<String, Number>) browser.js(LUMINANCE + """
                    const body = getComputedStyle(document.body);
                    return {background: luminance(body.backgroundColor), text: luminance(body.color)};""");
            assertTrue(luminance.get("background").doubleValue() < 0.05, name + ": background " + luminance);
            assertTrue(luminance.get("text").doubleValue() > 0.6, name + ": text " + luminance);
            browser.screenshot(ExampleSite.screenshots().resolve(name + "-dark-1280.png"));
        }
        browser.emulate("light", "");
        browser.open(sites.url(type("zh-home")));
        assertTrue(((Number) browser.js(LUMINANCE + "return luminance(getComputedStyle(document.body).backgroundColor)"))
                .doubleValue() > 0.9, "light by default");
    }

    @Test
    void printedArticlesLeaveOutNavigationAndKeepTheText() {
        browser.emulate("light", "print");
        browser.open(sites.url(type("zh-article")));
        @SuppressWarnings("unchecked")
        Map<String, Object> shown = (Map<String, Object>) browser.js("""
                const shown = s => { const e = document.querySelector(s); return !!e && getComputedStyle(e).display !== 'none'; };
                return {nav: shown('.site-nav'), tools: shown('.masthead-tools'), toc: shown('.toc'),
                        headline: shown('h1'), body: shown('.body'), byline: shown('.byline')};""");
        assertEquals(Map.of("nav", false, "tools", false, "toc", false, "headline", true, "body", true,
                "byline", true), shown);
        browser.screenshot(ExampleSite.screenshots().resolve("zh-article-print.png"));
    }

    /** A script prelude: relative luminance of a CSS rgb() color, as WCAG defines it. */
    private static final String LUMINANCE = """
            const luminance = color => {
              const [r, g, b] = color.match(/[\\d.]+/g).slice(0, 3).map(v => {
                v = v / 255;
                return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
              });
              return 0.2126 * r + 0.7152 * g + 0.0722 * b;
            };
            """;

    static ExampleSite.PageType type(String name) {
        return ExampleSite.PAGE_TYPES.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
