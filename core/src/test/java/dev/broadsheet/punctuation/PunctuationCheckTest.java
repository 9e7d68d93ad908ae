package dev.broadsheet.punctuation;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.diagnostics.Diagnostic;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PunctuationCheckTest {

    @TempDir
    Path dir;

    private List<String> warnings(String spec) {
        Path site = SiteFiles.write(dir, spec);
        Diagnostics diagnostics = new Diagnostics();
        PunctuationCheck.check(site, Broadsheet.load(site, BuildOptions.defaults()), diagnostics);
        assertTrue(diagnostics.all().stream().noneMatch(Diagnostic::isError), diagnostics.all().toString());
        return diagnostics.all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void warnsAtTheLineAndCharacterColumnOfEachMarkWithWhatToUseAndTheRule() {
        assertEquals(List.of(
                "content/zh/economy/a.md:2:18: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]",
                "content/zh/economy/a.md:5:5: warning: '(' in Chinese text: use '（' [punctuation.brackets]",
                "content/zh/economy/a.md:5:8: warning: ')' in Chinese text: use '）' [punctuation.brackets]",
                "content/zh/economy/a.md:6:3: warning: '...' in Chinese text: use '……' [punctuation.ellipsis]",
                "content/zh/economy/a.md:6:6: warning: '\"' in Chinese text: use '“' [punctuation.quotes]",
                "content/zh/economy/a.md:6:10: warning: '\"' in Chinese text: use '”' [punctuation.quotes]",
                "content/zh/economy/a.md:7:4: warning: ', ' in Chinese text: use '，' [punctuation.halfWidth]"),
                warnings(SiteFiles.SITE_YAML + """
                        -- content/zh/economy/a.md --
                        ---
                        title: 河西区领导带队赴上海,开展
                        date: 2025-11-20
                        ---
                        𠀀自动化(中国)公司
                        等等..."十五五"规划
                        河西区, 这
                        """));
    }

    @Test
    void readsTheTextFieldsOfFrontMatterAndNotTagsAuthorsOrOtherKeys() {
        assertEquals(List.of(
                "content/zh/economy/a.md:2:11: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]",
                "content/zh/economy/a.md:3:12: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]",
                "content/zh/economy/a.md:4:13: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]",
                "content/zh/economy/a.md:5:13: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]",
                "content/zh/economy/a.md:13:13: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]",
                "content/zh/economy/a.md:14:19: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]"),
                warnings(SiteFiles.SITE_YAML + """
                        -- content/zh/economy/a.md --
                        ---
                        title: "标题,一"
                        kicker: '引题,二'
                        subtitle: 副题,三
                        summary: "摘要,四"
                        source: 来源,五
                        date: 2025-11-20
                        authors:
                          - { role: 通讯员, name: 岳志欣 }
                        tags: [招商,引资]
                        image:
                          src: /a.png
                          alt: "图片说明,六"
                          caption: 图片的说明文字,七
                        ---
                        正文。
                        """));
    }

    @Test
    void leavesCodeUrlsLinkDestinationsAndEscapedCharactersAlone() {
        assertEquals(List.of(
                "content/zh/economy/a.md:5:10: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]"),
                warnings(SiteFiles.SITE_YAML + """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        ---
                        运行`甲,乙`命令,见[链接](b.md "题,目")和https://example.org/甲,乙与<https://例子.中国/,>。
                        转义\\,逗号

                        ```
                        代码,块
                        ```
                        -- content/zh/economy/b.md --
                        ---
                        title: 乙
                        date: 2025-11-20
                        ---
                        乙。
                        """));
    }

    @Test
    void checksOnlyTheLanguagesWhoseLocaleIsChinese() {
        assertEquals(List.of(), warnings(SiteFiles.SITE_YAML + """
                -- content/en/economy/a.md --
                ---
                title: Hexi District (河西区), Tianjin
                date: 2025-11-20
                ---
                Hexi District (河西区), "天津"...
                """));
    }

    @Test
    void leavesTheRulesASiteTurnsOffAlone() {
        String site = SiteFiles.SITE_YAML.replace("tags:\n", "punctuation: { brackets: false, quotes: false }\ntags:\n");
        assertEquals(List.of(
                "content/zh/economy/a.md:5:10: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]"),
                warnings(site + """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        ---
                        自动化(中国)公司,"十五五"
                        """));
    }
}
