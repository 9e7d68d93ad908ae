package dev.broadsheet.render;

import dev.broadsheet.diagnostics.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplateEngineTest {

    @TempDir
    Path siteDir;

    @Test
    void namesOverriddenTemplatesBySitePathAndOthersByTheme() throws IOException {
        Files.createDirectories(siteDir.resolve("templates"));
        Files.writeString(siteDir.resolve("templates/article.ftlh"), "<p>${article.title}</p>");
        TemplateEngine engine = new TemplateEngine(siteDir, ZoneId.of("UTC"), new Diagnostics());
        assertTrue(engine.usable());
        assertEquals("templates/article.ftlh", engine.sourceName("article.ftlh"));
        assertEquals("theme:layout.ftlh", engine.sourceName("layout.ftlh"));
    }

    @Test
    void everyThemeTemplateParses() {
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(new TemplateEngine(siteDir, ZoneId.of("UTC"), diagnostics).usable());
        assertEquals(0, diagnostics.all().size());
    }
}
