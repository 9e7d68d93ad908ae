package dev.broadsheet.example;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The example site's Chinese articles are the four articles of the newspaper page they were copied from (the
 * seed, shared/seed/ beside the repository), whole: every sentence of the seed appears on exactly one built
 * Chinese article page, and all sentences of one seed article on the same page. Sentences are compared by their
 * letters and digits, so that the full-width punctuation the example has where the print edition's text had
 * half-width marks counts as the same; the misprints the example corrects are corrected in the seed first, each
 * listed in {@link #CORRECTIONS}. Each of those pages links to its English translation, which links back.
 */
class SeedArticlesIT {

    /**
     * The print edition's misprints, as the seed has them, and what the example has instead: 具身智能 (embodied
     * intelligence, as the English translation has it), dashes that text extraction turned into 一, and a
     * doubled 文.
     */
    private static final Map<String, String> CORRECTIONS = Map.of(
            "具备智能", "具身智能",
            "“区一街道一社区”", "“区—街道—社区”",
            "“前置考核一问题上报一整改落实”", "“前置考核—问题上报—整改落实”",
            "文旅文融合", "文旅融合");

    /** Where the seed's first article jumps to a later column, and how it goes on there. */
    private static final String JUMP_END = "落地扎根。";
    private static final String JUMP_CONTINUATION = "根、发展壮大";

    private static final String SENTENCE_END = "。！？";
    private static final String CLOSING = "”’」』）)";

    private static Map<String, String> mainTextByPage;

    @BeforeAll
    static void readBuiltArticles() throws IOException {
        mainTextByPage = new LinkedHashMap<>();
        for (String path : ExampleSite.htmlPages(ExampleSite.site())) {
            if (!isChineseArticle(path)) continue;
            Document page = Jsoup.parse(ExampleSite.file(ExampleSite.site(), path).toFile(), "UTF-8");
            mainTextByPage.put(path, letters(page.selectFirst("main").text()));
        }
        assertEquals(4, mainTextByPage.size(), "the Chinese article pages: " + mainTextByPage.keySet());
    }

    @Test
    void everySentenceOfTheSeedIsOnExactlyOneChineseArticlePageAndEachArticleWholeOnOne() throws IOException {
        List<List<String>> articles = seedArticles();
        assertEquals(4, articles.size(), "the seed holds four articles");
        List<String> problems = new ArrayList<>();
        Set<String> pagesUsed = new LinkedHashSet<>();
        for (int a = 0; a < articles.size(); a++) {
            Set<String> pages = new LinkedHashSet<>();
            List<String> sentences = sentences(articles.get(a));
            assertTrue(sentences.size() >= 10, "article " + (a + 1) + " has " + sentences.size() + " sentences");
            for (String sentence : sentences) {
                String letters = letters(corrected(sentence));
                List<String> on = mainTextByPage.entrySet().stream()
                        .filter(e -> e.getValue().contains(letters)).map(Map.Entry::getKey).toList();
                if (on.size() != 1) problems.add("article " + (a + 1) + ": on " + on + ": " + sentence);
                pages.addAll(on);
            }
            if (pages.size() != 1) problems.add("article " + (a + 1) + " is spread over " + pages);
            pagesUsed.addAll(pages);
        }
        assertEquals(List.of(), problems);
        assertEquals(mainTextByPage.keySet(), pagesUsed, "each seed article has its own page");
    }

    @Test
    void everyCorrectedMisprintIsInTheSeedAndOnlyItsCorrectionOnThePages() throws IOException {
        Path seed = ExampleSite.seed();
        assumeTrue(Files.isRegularFile(seed), "the seed " + seed + " is not there");
        String text = Files.readString(seed, StandardCharsets.UTF_8);
        for (Map.Entry<String, String> correction : CORRECTIONS.entrySet()) {
            assertTrue(text.contains(correction.getKey()), "the seed has " + correction.getKey());
            String misprint = letters(correction.getKey());
            String right = letters(correction.getValue());
            assertTrue(mainTextByPage.values().stream().noneMatch(page -> page.contains(misprint)),
                    "no page has " + correction.getKey());
            assertEquals(1, mainTextByPage.values().stream().filter(page -> page.contains(right)).count(),
                    "one page has " + correction.getValue());
        }
    }

    @Test
    void everyChineseArticleLinksItsEnglishTranslationAndIsLinkedBack() throws IOException {
        for (String zh : mainTextByPage.keySet()) {
            String en = "/en" + zh;
            Document zhPage = Jsoup.parse(ExampleSite.file(ExampleSite.site(), zh).toFile(), "UTF-8");
            Document enPage = Jsoup.parse(ExampleSite.file(ExampleSite.site(), en).toFile(), "UTF-8");
            assertEquals(en, zhPage.selectFirst(".language-switcher a[hreflang=en]").attr("href"), zh);
            assertEquals(en, path(zhPage.selectFirst("link[rel=alternate][hreflang=en]").attr("href")), zh);
            assertEquals(zh, enPage.selectFirst(".language-switcher a[hreflang=zh-CN]").attr("href"), en);
            assertEquals(zh, path(enPage.selectFirst("link[rel=alternate][hreflang=zh-CN]").attr("href")), en);
        }
    }

    /**
     * The seed's articles, each a list of whole paragraphs, with the page's layout undone the way the example
     * content undoes it: a paragraph cut between columns (it does not end a sentence: 医/疗器械, 营/商环境) is
     * joined with the next one, and the first article, which jumps from "…落地扎根。" to a later column that goes
     * on "根、发展壮大,…", is joined where it jumps. Headlines (lines starting "##", and the two-line headlines
     * written with Markdown line breaks) are not text; a byline ("■ 通讯员 …") starts the next article.
     */
    private static List<List<String>> seedArticles() throws IOException {
        Path seed = ExampleSite.seed();
        assumeTrue(Files.isRegularFile(seed), "the seed " + seed + " is not there (CI puts a copy of shared/ beside"
                + " the repository); the check of the example articles against it is skipped");
        List<List<String>> articles = new ArrayList<>();
        List<String> current = null;
        for (String block : Files.readString(seed, StandardCharsets.UTF_8).split("\\n\\s*\\n")) {
            if (block.isBlank()) continue;
            String text = block.strip();
            if (text.startsWith("■")) {
                current = new ArrayList<>();
                articles.add(current);
                continue;
            }
            boolean headline = text.startsWith("##") || Pattern.compile(" {2}\\n").matcher(block).find();
            if (headline || current == null) continue;
            if (text.startsWith(JUMP_CONTINUATION)) {
                current = articles.stream().filter(a -> a.get(a.size() - 1).endsWith(JUMP_END)).findFirst()
                        .orElseThrow(() -> new AssertionError("no article ends where the seed jumps"));
                String jumped = current.remove(current.size() - 1);
                current.add(jumped.substring(0, jumped.length() - 2) + text);
                continue;
            }
            if (!current.isEmpty() && !endsSentence(current.get(current.size() - 1))) {
                current.add(current.remove(current.size() - 1) + text);
            } else {
                current.add(text);
            }
        }
        return articles;
    }

    /** The sentences of some paragraphs: each up to and including 。！？ and any closing quotation marks. */
    private static List<String> sentences(List<String> paragraphs) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : paragraphs) {
            String text = normalize(paragraph);
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (SENTENCE_END.indexOf(text.charAt(i)) < 0) continue;
                int end = i + 1;
                while (end < text.length() && CLOSING.indexOf(text.charAt(end)) >= 0) end++;
                sentences.add(text.substring(start, end).strip());
                start = end;
                i = end - 1;
            }
            if (!text.substring(start).isBlank()) sentences.add(text.substring(start).strip());
        }
        return sentences;
    }

    private static boolean endsSentence(String paragraph) {
        String text = paragraph.strip();
        int i = text.length() - 1;
        while (i >= 0 && CLOSING.indexOf(text.charAt(i)) >= 0) i--;
        return i >= 0 && SENTENCE_END.indexOf(text.charAt(i)) >= 0;
    }

    /** A Chinese article: {@code /<section>/<slug>/} (the example's permalink), not a tag page. */
    private static boolean isChineseArticle(String path) {
        return path.matches("/[^/]+/[^/]+/") && !path.startsWith("/tags/") && !path.startsWith("/en/");
    }

    private static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The letters and digits of {@code text}, Han characters included: what stays when punctuation changes. */
    private static String letters(String text) {
        StringBuilder letters = new StringBuilder(text.length());
        text.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
        return letters.toString();
    }

    private static String corrected(String sentence) {
        String text = sentence;
        for (Map.Entry<String, String> correction : CORRECTIONS.entrySet()) {
            text = text.replace(correction.getKey(), correction.getValue());
        }
        return text;
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }
}
