package dev.broadsheet.example;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Chinese pages of the example site and of the theme fixture have full-width punctuation: no half-width
 * {@code , . ; : ? ! ( )} beside a Han character in their text (title, description, body), outside code and
 * outside text marked as English. Counted on the built pages, apart from the rules of broadsheet:check, which
 * find such marks in the sources.
 */
class FullWidthPunctuationIT {

    private static final String HALF_WIDTH = ",.;:?!()";

    @Test
    void noChinesePageHasHalfWidthPunctuationBesideAHanCharacter() throws IOException {
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (ExampleSite.Build build : List.of(ExampleSite.Build.SITE, ExampleSite.Build.FIXTURE)) {
            for (String path : ExampleSite.htmlPages(build.root())) {
                if (path.startsWith("/en/")) continue;
                Document page = Jsoup.parse(ExampleSite.file(build.root(), path).toFile(), "UTF-8");
                page.select("code, pre, script, style, [lang^=en]").remove();
                String text = page.title() + "\n" + page.select("meta[name=description]").attr("content") + "\n"
                        + page.body().text();
                for (int i = 0; i < text.length(); i++) {
                    if (HALF_WIDTH.indexOf(text.charAt(i)) < 0) continue;
                    if (isHan(text, i - 1) || isHan(text, i + 1)) {
                        found.add(build + " " + path + ": " + text.substring(Math.max(0, i - 8),
                                Math.min(text.length(), i + 8)));
                    }
                }
                pages++;
            }
        }
        assertTrue(pages > 20, "only " + pages + " Chinese pages");
        assertEquals(List.of(), found);
    }

    private static boolean isHan(String text, int i) {
        return i >= 0 && i < text.length() && Character.UnicodeScript.of(text.charAt(i)) == Character.UnicodeScript.HAN;
    }
}
