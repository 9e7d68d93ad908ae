package dev.broadsheet.example;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theme stays light: a home page's HTML with the stylesheets and scripts it loads, under 60 KB. */
class HomePageWeightIT {

    static final long LIMIT = 60 * 1024;

    @Test
    void eachHomeWithItsStylesheetsAndScriptsWeighsUnderSixtyKilobytes() throws IOException {
        for (String home : List.of("/", "/en/")) {
            Path site = ExampleSite.site();
            Path html = ExampleSite.file(site, home);
            Document page = Jsoup.parse(html.toFile(), "UTF-8");
            List<String> loaded = new ArrayList<>();
            for (Element link : page.select("link[rel=stylesheet]")) loaded.add(link.attr("href"));
            for (Element script : page.select("script[src]")) loaded.add(script.attr("src"));
            assertEquals(List.of("/assets/broadsheet.css", "/assets/broadsheet.js"), loaded, home);
            long bytes = Files.size(html);
            for (String asset : loaded) bytes += Files.size(ExampleSite.file(site, asset));
            assertTrue(bytes < LIMIT, home + " weighs " + bytes + " bytes with its assets");
            System.out.println(home + ": " + Files.size(html) + " bytes of HTML, " + bytes + " bytes with CSS and JS");
        }
    }
}
