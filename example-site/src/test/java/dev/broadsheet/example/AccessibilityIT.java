package dev.broadsheet.example;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * axe-core (every rule it runs by default: WCAG 2.x A and AA, contrast of at least 4.5:1 included, and its
 * best practices) finds nothing on any page type in either language, at either width, in the normal and the
 * large-text mode, and in dark mode. The pages have no frames, so axe does not look for any.
 */
class AccessibilityIT extends BrowserTest {

    @AfterEach
    void reset() {
        browser.viewport(1280);
        browser.emulate("light", "");
    }

    @Test
    void everyPageTypePassesAxeInNormalMode() {
        assertEquals(List.of(), violations(Browser.WIDTHS, false));
    }

    @Test
    void everyPageTypePassesAxeInLargeTextMode() {
        assertEquals(List.of(), violations(Browser.WIDTHS, true));
    }

    /** Colours do not change with the width, so one width is enough. */
    @Test
    void everyPageTypePassesAxeInDarkMode() {
        browser.emulate("dark", "");
        assertEquals(List.of(), violations(List.of(1280), false));
    }

    @Test
    void axeSeesContrastProblemsWhereThereAreSome() {
        browser.open(sites.url(PageLayoutIT.type("zh-home")));
        browser.js("document.querySelector('.summary').style.color = '#c8c8c8'");
        Results results = new AxeBuilder().analyze(browser.driver());
        assertTrue(results.getViolations().stream().anyMatch(r -> r.getId().equals("color-contrast")),
                "light grey text on the page's background is reported");
    }

    /** Every violation on every page type, at each width, as {@code page width mode: rule: help [targets]}. */
    private List<String> violations(List<Integer> widths, boolean largeText) {
        List<String> found = new ArrayList<>();
        for (ExampleSite.Build build : ExampleSite.Build.values()) {
            browser.open(sites.server(build).url("/"));
            browser.js("localStorage.setItem('broadsheet.largeText', arguments[0] ? 'on' : 'off')", largeText);
        }
        for (int width : widths) {
            browser.viewport(width);
            for (ExampleSite.PageType type : ExampleSite.PAGE_TYPES) {
                browser.open(sites.url(type));
                assertEquals(largeText, browser.js("return document.documentElement.classList.contains('large-text')"),
                        type.name());
                Results results = new AxeBuilder().disableIframeTesting().analyze(browser.driver());
                assertTrue(results.getError() == null, type.name() + ": " + results.getErrorMessage());
                for (Rule rule : results.getViolations()) {
                    List<String> targets = new ArrayList<>();
                    for (CheckedNode node : rule.getNodes()) targets.add(String.valueOf(node.getTarget()));
                    found.add(type.name() + " " + width + (largeText ? " large" : "") + ": " + rule.getId() + ": "
                            + rule.getHelp() + " " + targets);
                }
            }
        }
        return found;
    }
}
