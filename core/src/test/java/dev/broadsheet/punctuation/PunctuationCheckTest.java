package dev.broadsheet.punctuation;

import dev.broadsheet.Broadsheet;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.content.Site;
import dev.broadsheet.diagnostics.Diagnostics;
import dev.broadsheet.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class PunctuationCheckTest {

    @TempDir
    Path dir;

    private List<String> warnings(String spec) {
        Path site = SiteFiles.write(dir, spec);
        Diagnostics diagnostics = new Diagnostics();
        List<Correction> found = PunctuationCheck.corrections(site, Broadsheet.load(site, BuildOptions.defaults()),
                diagnostics);
        assertEquals(List.of(), diagnostics.all());
        return found.stream().map(correction -> correction.warning().toString()).toList();
    }

    private List<String> fix(Path site) {
        Diagnostics diagnostics = new Diagnostics();
        Site loaded = Broadsheet.load(site, BuildOptions.defaults());
        List<Correction> made = PunctuationCheck.fix(site, loaded, diagnostics);
        assertEquals(List.of(), diagnostics.all());
        return made.stream().map(Correction::toString).toList();
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
    void reportsInTheOrderOfFilesLinesAndColumnsPagesAmongArticles() {
        assertEquals(List.of(
                "content/zh/about.md:4:3: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]",
                "content/zh/economy/a.md:5:3: warning: ',' in Chinese text: use '，' [punctuation.halfWidth]"),
                warnings(SiteFiles.SITE_YAML + """
                        -- content/zh/economy/a.md --
                        ---
                        title: 标题
                        date: 2025-11-20
                        ---
                        文章,正文
                        -- content/zh/about.md --
                        ---
                        title: 关于
                        ---
                        关于,本站
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

    @Test
    void fixMakesExactlyTheReportedChangesKeepingCrlfLineEndingsAndTheByteOrderMark() throws IOException {
        Path site = SiteFiles.write(dir, SiteFiles.SITE_YAML);
        String before = "---\r\ntitle: \"“红色物业”全覆盖, \\\"河西样板\\\"举措新\"\r\n# a comment, kept\r\n"
                + "date: 2025-11-20\r\nauthors:\r\n  - { role: 通讯员, name: 许浩然 }\r\n---\r\n\r\n"
                + "河西区,坚持以党建引领(核心)...\r\n`代码,不改`,保持\r\n";
        String after = "---\r\ntitle: \"“红色物业”全覆盖，“河西样板”举措新\"\r\n# a comment, kept\r\n"
                + "date: 2025-11-20\r\nauthors:\r\n  - { role: 通讯员, name: 许浩然 }\r\n---\r\n\r\n"
                + "河西区，坚持以党建引领（核心）……\r\n`代码,不改`，保持\r\n";
        Path file = site.resolve("content/zh/economy/a.md");
        Files.createDirectories(file.getParent());
        Files.write(file, withBom(before));

        assertEquals(List.of(
                "content/zh/economy/a.md:2:18: ', ' -> '，'",
                "content/zh/economy/a.md:2:20: '\\\"' -> '“'",
                "content/zh/economy/a.md:2:26: '\\\"' -> '”'",
                "content/zh/economy/a.md:9:4: ',' -> '，'",
                "content/zh/economy/a.md:9:12: '(' -> '（'",
                "content/zh/economy/a.md:9:15: ')' -> '）'",
                "content/zh/economy/a.md:9:16: '...' -> '……'",
                "content/zh/economy/a.md:10:8: ',' -> '，'"), fix(site));
        assertArrayEquals(withBom(after), Files.readAllBytes(file));

        FileTime fixedAt = FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() - 60_000);
        Files.setLastModifiedTime(file, fixedAt);
        assertEquals(List.of(), fix(site), "a second fix finds nothing");
        assertEquals(fixedAt, Files.getLastModifiedTime(file), "and writes nothing");
    }

    @Test
    void fixWritesNoFileWithNothingToChange() throws IOException {
        Path site = SiteFiles.write(dir, SiteFiles.SITE_YAML + """
                -- content/zh/economy/a.md --
                ---
                title: 标题
                date: 2025-11-20
                ---
                已经正确，没有问题。
                -- content/en/economy/a.md --
                ---
                title: Hexi District (河西区), Tianjin
                date: 2025-11-20
                ---
                Hexi District (河西区).
                """);
        FileTime old = FileTime.fromMillis(1_700_000_000_000L);
        for (String path : List.of("content/zh/economy/a.md", "content/en/economy/a.md")) {
            Files.setLastModifiedTime(site.resolve(path), old);
        }
        assertEquals(List.of(), fix(site));
        for (String path : List.of("content/zh/economy/a.md", "content/en/economy/a.md")) {
            assertEquals(old, Files.getLastModifiedTime(site.resolve(path)), path);
        }
    }

    private static byte[] withBom(String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        return bytes;
    }
}
