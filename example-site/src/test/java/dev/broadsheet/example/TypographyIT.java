package dev.broadsheet.example;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Chinese set after the W3C's Requirements for Chinese Text Layout, English with its own settings, measured
 * in the browser on the example articles: line height, measure, indent, punctuation at line edges, quotation
 * marks, the gap between Han and Latin, compressed punctuation, emphasis.
 */
class TypographyIT extends BrowserTest {

    private static final List<String> ZH_ARTICLES = List.of("/economy/shanghai-investment-mission/",
            "/livelihood/convenient-living-circle/", "/governance/red-property/", "/law/law-based-government/");

    @AfterEach
    void reset() {
        browser.viewport(1280);
    }

    @Test
    void chineseTextHasLineHeightOfAboutOnePointEightAMeasureOfAtMostFortyCharactersAndIndents() {
        for (int width : Browser.WIDTHS) {
            browser.viewport(width);
            browser.open(sites.site().url(ZH_ARTICLES.get(0)));
            Map<String, Number> text = paragraph();
            double lineHeight = text.get("lineHeight").doubleValue() / text.get("fontSize").doubleValue();
            assertEquals(1.8, lineHeight, 0.05, "line height at " + width);
            double perLine = text.get("width").doubleValue() / text.get("fontSize").doubleValue();
            assertTrue(perLine <= 40, perLine + " characters a line at " + width);
            if (width == 1280) assertTrue(perLine >= 30, perLine + " characters a line at " + width);
            assertEquals(2, text.get("indent").doubleValue() / text.get("fontSize").doubleValue(), 0.01, "indent");
            assertTrue(text.get("fontSize").doubleValue() >= 17, "text size " + text.get("fontSize"));
        }
    }

    @Test
    void englishTextHasItsOwnLineHeightAndMeasure() {
        browser.open(sites.site().url("/en" + ZH_ARTICLES.get(0)));
        Map<String, Number> text = paragraph();
        double lineHeight = text.get("lineHeight").doubleValue() / text.get("fontSize").doubleValue();
        assertEquals(1.6, lineHeight, 0.05);
        double perLine = text.get("width").doubleValue() / text.get("fontSize").doubleValue();
        assertTrue(perLine >= 28 && perLine <= 34, perLine + " ems a line");
        assertEquals(0, text.get("indent").doubleValue());
    }

    @Test
    void noChinesePunctuationStartsOrEndsALineWhereItMustNot() {
        List<String> breaks = new ArrayList<>();
        for (int width : List.of(320, 375, 1280)) {
            browser.viewport(width);
            for (String path : ZH_ARTICLES) {
                browser.open(sites.site().url(path));
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.js(LINE_EDGES);
                assertTrue(found.size() > 0 && found.get(0).startsWith("lines:"), "the script measured lines");
                int lines = Integer.parseInt(found.get(0).substring("lines:".length()));
                assertTrue(lines > 20, path + " has only " + lines + " lines at " + width);
                for (String problem : found.subList(1, found.size())) breaks.add(path + " at " + width + ": " + problem);
            }
        }
        assertEquals(List.of(), breaks);
    }

    @Test
    void quotationMarksAreFullWidthInChineseAndProportionalInEnglish() {
        browser.open(sites.site().url("/governance/red-property/"));
        double zh = ((Number) browser.js(QUOTE_WIDTH, "\u201c")).doubleValue();
        assertEquals(1, zh, 0.1, "“ in Chinese text is one character wide");
        browser.open(sites.site().url("/en/about/"));
        double en = ((Number) browser.js(QUOTE_WIDTH, "\"")).doubleValue();
        assertTrue(en < 0.6, "a quotation mark in English text is narrow: " + en + " em");
    }

    @Test
    void chineseTextGetsTheGapBetweenHanAndLatinAndCompressedPunctuationWhereTheBrowserHasThem() {
        browser.open(sites.site().url(ZH_ARTICLES.get(0)));
        @SuppressWarnings("unchecked")
        Map<String, Object> zh = (Map<String, Object>) browser.js(SPACING);
        assumeTrue(Boolean.TRUE.equals(zh.get("supported")), "this browser has neither text-autospace nor "
                + "text-spacing-trim: " + zh);
        assertEquals("normal", zh.get("autospace"));
        // 河西|AI|服务|2025|年: four gaps of an eighth of an em
        assertEquals(0.5, ((Number) zh.get("gap")).doubleValue(), 0.05, "the gaps drawn, in em");
        assertEquals("space-first", zh.get("trim"));
        browser.open(sites.site().url("/en" + ZH_ARTICLES.get(0)));
        @SuppressWarnings("unchecked")
        Map<String, Object> en = (Map<String, Object>) browser.js(SPACING);
        assertEquals("no-autospace", en.get("autospace"), "English text is spaced by its writers");
        assertEquals("normal", en.get("trim"));
    }

    @Test
    void theNotFoundPageGivesEachLanguageNameItsLanguagesBrackets() {
        browser.open(sites.site().url("/no-such-page/"));
        @SuppressWarnings("unchecked")
        List<String> brackets = (List<String>) browser.js("""
                return [...document.querySelectorAll('.homes .home-language')].map(name =>
                    getComputedStyle(name, '::before').content + name.textContent
                    + getComputedStyle(name, '::after').content);""");
        assertEquals(List.of("\"（\"中文\"）\"", "\" (\"English\")\""), brackets);
    }

    @Test
    void chineseEmphasisUsesDotsInsteadOfSlantedCharacters() {
        browser.open(sites.site().url("/about/"));
        @SuppressWarnings("unchecked")
        Map<String, String> zh = (Map<String, String>) browser.js(EMPHASIS);
        assertEquals("normal", zh.get("fontStyle"));
        assertTrue(zh.get("emphasis").contains("dot"), zh.toString());
        browser.open(sites.site().url("/en/about/"));
        @SuppressWarnings("unchecked")
        Map<String, String> en = (Map<String, String>) browser.js(EMPHASIS);
        assertEquals("italic", en.get("fontStyle"));
    }

    /** The size, line height, width and indent of an article's first paragraph, in px. */
    @SuppressWarnings("unchecked")
    private static Map<String, Number> paragraph() {
        return (Map<String, Number>) browser.js("""
                const p = document.querySelector('main .body > p');
                const style = getComputedStyle(p);
                return {fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight),
                        width: p.getBoundingClientRect().width, indent: parseFloat(style.textIndent)};""");
    }

    /**
     * Walks every character of the article text and finds where lines start (a character lower than the one
     * before it). clreq forbids closing punctuation at a line start and opening punctuation at a line end, and
     * a break inside —— or ……. Returns "lines:n" and then each problem with its context.
     */
    private static final String LINE_EDGES = """
            const noStart = '，。、；：？！）》」』”’〕】〗〉,.;:?!)]}%';
            const noEnd = '（《「『“‘〔【〖〈([{';
            const unbreakable = '—…';
            const problems = [];
            let lines = 0;
            for (const block of document.querySelectorAll('main .body > p, main .body > h2')) {
              const chars = [];
              const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                for (let i = 0; i < node.data.length; i++) {
                  if (/\\s/.test(node.data[i])) continue;
                  const range = document.createRange();
                  range.setStart(node, i);
                  range.setEnd(node, i + 1);
                  const box = range.getClientRects()[0];
                  if (box) chars.push({c: node.data[i], top: box.top, node, i});
                }
              }
              lines += chars.length ? 1 : 0;
              for (let k = 1; k < chars.length; k++) {
                if (chars[k].top <= chars[k - 1].top + 2) continue;
                lines++;
                const before = chars[k - 1].c, after = chars[k].c;
                const context = chars.slice(Math.max(0, k - 4), k).map(x => x.c).join('') + '|'
                    + chars.slice(k, k + 4).map(x => x.c).join('');
                if (noStart.includes(after)) problems.push(after + ' starts a line: ' + context);
                if (noEnd.includes(before)) problems.push(before + ' ends a line: ' + context);
                if (unbreakable.includes(before) && before === after) problems.push(before + after + ' split: ' + context);
              }
            }
            return ['lines:' + lines, ...problems];""";

    /** The width, in ems, of the first occurrence of a character in the article text. */
    private static final String QUOTE_WIDTH = """
            const mark = arguments[0];
            const walker = document.createTreeWalker(document.querySelector('main .body'), NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const i = node.data.indexOf(mark);
              if (i < 0) continue;
              const range = document.createRange();
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              return range.getBoundingClientRect().width / parseFloat(getComputedStyle(node.parentElement).fontSize);
            }
            return -1;""";

    /**
     * The text-autospace and text-spacing-trim of the article text, whether the browser has either, and the
     * width, in ems, that autospacing adds to a span of mixed text appended to the first paragraph.
     */
    private static final String SPACING = """
            const p = document.querySelector('main .body > p');
            const span = document.createElement('span');
            span.textContent = '河西AI服务2025年';
            p.append(span);
            const spaced = span.getBoundingClientRect().width;
            span.style.textAutospace = 'no-autospace';
            const gap = (spaced - span.getBoundingClientRect().width) / parseFloat(getComputedStyle(p).fontSize);
            const style = getComputedStyle(p);
            return {autospace: style.textAutospace, trim: style.textSpacingTrim, gap,
                    supported: CSS.supports('text-autospace', 'normal') || CSS.supports('text-spacing-trim', 'normal')};""";

    /** How an em element in the article text is drawn. */
    private static final String EMPHASIS = """
            const em = document.createElement('em');
            em.textContent = '强调 emphasis';
            document.querySelector('main .body > p').append(em);
            const style = getComputedStyle(em);
            return {fontStyle: style.fontStyle, emphasis: style.textEmphasisStyle || style.webkitTextEmphasisStyle};""";
}
