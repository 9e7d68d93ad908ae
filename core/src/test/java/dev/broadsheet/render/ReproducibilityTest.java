package dev.broadsheet.render;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ReproducibilityTest {

    @TempDir
    Path siteDir;

    @Test
    void twoRendersGiveIdenticalBytes() {
        Map<String, OutputFile> first = Rendering.render(Rendering.standard().build(), siteDir).sink().files();
        Map<String, OutputFile> second = Rendering.render(Rendering.standard().build(), siteDir).sink().files();
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, file) -> assertArrayEquals(file.content(), second.get(path).content(), path));
    }

    @Test
    void outputDoesNotDependOnTheMachinesLocaleOrTimeZone() {
        Map<String, OutputFile> expected = Rendering.render(Rendering.standard().build(), siteDir).sink().files();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("ar-EG"));
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Map<String, OutputFile> actual = Rendering.render(Rendering.standard().build(), siteDir).sink().files();
            expected.forEach((path, file) -> assertArrayEquals(file.content(), actual.get(path).content(), path));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }
}
