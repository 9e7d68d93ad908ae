package dev.broadsheet;

import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.punctuation.Correction;
import dev.broadsheet.testing.SiteFiles;
import dev.broadsheet.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The punctuation check as part of {@link Broadsheet#check}, and {@link Broadsheet#fixPunctuation}. */
class FixPunctuationTest {

    private static final String SITE = SiteFiles.SITE_YAML + """
            -- content/zh/economy/2025-11-20-investment.md --
            ---
            title: 河西区领导带队赴上海,开展招商对接活动
            date: 2025-11-20
            ---
            前不久,河西区领导带队赴上海(浦东)参加活动...
            -- content/en/economy/2025-11-20-investment.md --
            ---
            title: Hexi leaders visit Shanghai
            date: 2025-11-20
            ---
            Recently, Hexi District (河西区) leaders visited Shanghai.
            """;

    @TempDir
    Path root;

    @Test
    void checkWarnsAboutEachMarkAndAfterTheFixThereIsNothingToWarnAbout() {
        Path site = SiteFiles.write(root, SITE);
        CheckReport check = Broadsheet.check(site, BuildOptions.defaults());
        List<String> warnings = check.warnings().stream().map(Diagnostic::toString).toList();
        assertEquals(5, warnings.size(), warnings.toString());
        assertEquals(5, check.fixable());
        assertTrue(warnings.get(0).startsWith("content/zh/economy/2025-11-20-investment.md:2:18: warning: ','"),
                warnings.get(0));

        FixReport fixed = Broadsheet.fixPunctuation(site, BuildOptions.defaults());
        assertEquals(warnings, fixed.corrections().stream().map(c -> c.warning().toString()).toList(),
                "the fix makes exactly the changes the check warned about");
        assertEquals(1, fixed.files());
        assertEquals("""
                ---
                title: 河西区领导带队赴上海，开展招商对接活动
                date: 2025-11-20
                ---
                前不久，河西区领导带队赴上海（浦东）参加活动……
                """, SiteFiles.read(site.resolve("content/zh/economy/2025-11-20-investment.md")));
        assertEquals(List.of(), Broadsheet.check(site, BuildOptions.defaults()).warnings());
        assertEquals(List.<Correction>of(), Broadsheet.fixPunctuation(site, BuildOptions.defaults()).corrections());
    }

    @Test
    void aBuildNeverChangesTheSources() {
        Path site = SiteFiles.write(root.resolve("site"), SITE);
        Map<String, String> before = Trees.snapshot(site);
        Broadsheet.build(site, root.resolve("out"), BuildOptions.defaults());
        assertEquals(before, Trees.snapshot(site));
        assertTrue(SiteFiles.read(root.resolve("out/economy/investment/index.html")).contains("前不久,河西区"),
                "the page shows the text as written");
    }
}
