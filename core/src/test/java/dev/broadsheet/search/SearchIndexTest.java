package dev.broadsheet.search;

import com.fasterxml.jackson.databind.JsonNode;
import dev.broadsheet.BuildOptions;
import dev.broadsheet.BuildReport;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.content.Site;
import dev.broadsheet.testing.SiteFiles;
import dev.broadsheet.testing.Trees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index as written, read back the way the browser's script reads it. */
class SearchIndexTest {

    private static final String SITE = SiteFiles.SITE_YAML + """
            -- content/zh/economy/2025-11-20-port.md --
            ---
            title: 港口开放
            date: 2025-11-20
            summary: 河西区的消息
            tags: [红色物业]
            ---
            其他内容。
            -- content/zh/economy/2025-11-21-building.md --
            ---
            title: 其他新闻
            date: 2025-11-21
            ---
            港口建设。
            -- content/en/economy/2025-11-20-port.md --
            ---
            title: The port opens
            date: 2025-11-20
            ---
            Ships of all countries.
            -- content/zh/about.md --
            ---
            title: 关于我们
            ---
            本站介绍。
            """;

    @TempDir
    Path root;

    @Test
    void scoresATermInATitleAboveTheSameTermInABody() {
        IndexReader zh = new IndexReader(index(SITE, SearchIndex.SHARD_BYTES), "zh");
        assertEquals("{\"v\":1,\"lang\":\"zh\",\"docs\":3,\"shards\":1,\"block\":" + LanguageIndex.BLOCK + "}", zh.meta().toString());
        IndexReader.Postings port = zh.postings("港口");
        // ids: the newer article 0, the older 1, then the page 2
        assertEquals(List.of(0, 1), port.ids());
        assertEquals(2, port.df());
        assertTrue(port.scores().get(1) > port.scores().get(0), "title above body: " + port);
        assertEquals(0, port.firsts().get(1), "first in the title");
        assertTrue(port.firsts().get(0) > 8, "first in the summary, after the title: " + port);
        assertEquals(List.of(2), zh.postings("本站").ids());
        assertNull(zh.postings("港口开放"), "bigrams only");
    }

    @Test
    void writesEachDocumentsRecordInItsBlock() {
        IndexReader zh = new IndexReader(index(SITE, SearchIndex.SHARD_BYTES), "zh");
        assertEquals("{\"u\":\"/economy/port/\",\"t\":\"港口开放\",\"d\":\"2025-11-20\",\"s\":\"经济\",\"x\":\"河西区的消息\","
                + "\"a\":{\"en\":\"/en/economy/port/\"}}", zh.record(1).toString());
        assertEquals("{\"u\":\"/about/\",\"t\":\"关于我们\",\"d\":\"\",\"s\":\"\",\"x\":\"本站介绍。\",\"a\":{}}",
                zh.record(2).toString());
        JsonNode en = new IndexReader(index(SITE, SearchIndex.SHARD_BYTES), "en").record(0);
        assertEquals("{\"zh\":\"/economy/port/\"}", en.get("a").toString());
    }

    @Test
    void keepsTheFourHundredHighestScoresOfALongListTiesToTheLowerId() {
        StringBuilder site = new StringBuilder(SiteFiles.SITE_YAML);
        for (int i = 0; i < 450; i++) {
            String name = String.format("a%03d", i);
            site.append("-- content/en/economy/2025-01-01-").append(name).append(".md --\n---\ntitle: Story ")
                    .append(name).append("\ndate: 2025-01-01\n---\n").append(i < 400 ? "port port" : "port harbour")
                    .append("\n");
            if (i < 250) {
                site.append("-- content/zh/economy/2025-01-01-").append(name).append(".md --\n---\ntitle: 故事")
                        .append("\ndate: 2025-01-01\n---\n港口\n");
            }
        }
        Map<String, byte[]> files = index(site.toString(), SearchIndex.SHARD_BYTES);
        IndexReader en = new IndexReader(files, "en");
        IndexReader.Postings port = en.postings("port");
        assertEquals(450, port.df());
        assertEquals(IntStream.range(0, 400).boxed().toList(), port.ids(), "the documents that say it twice");
        IndexReader.Postings story = en.postings("story");
        assertEquals(IntStream.range(0, 400).boxed().toList(), story.ids(), "all equal: the lower ids");
        assertEquals(1, story.scores().stream().distinct().count());
        IndexReader zh = new IndexReader(files, "zh");
        assertEquals(250, zh.postings("港").df());
        assertEquals(200, zh.postings("港").ids().size(), "a unigram keeps 200");
        assertEquals(250, zh.postings("港口").ids().size());
    }

    @Test
    void putsEachTermInTheShardOfItsHash() {
        Map<String, byte[]> files = index(SITE, 64);
        IndexReader zh = new IndexReader(files, "zh");
        int shards = zh.meta().get("shards").asInt();
        assertTrue(shards > 1 && Integer.bitCount(shards) == 1, "a power of two: " + shards);
        int terms = 0;
        for (int n = 0; n < shards; n++) {
            for (var names = zh.shard(n).fieldNames(); names.hasNext(); terms++) {
                String term = names.next();
                assertEquals(n, zh.shardOf(term), term);
            }
        }
        assertTrue(terms > 20, "terms: " + terms);
        assertEquals(shards, files.keySet().stream().filter(p -> p.startsWith("search-index/zh/s/")).count());
        assertEquals(0x811C9DC5, LanguageIndex.fnv1a(""));
        assertEquals(0xE40C292C, LanguageIndex.fnv1a("a"), "the published FNV-1a test value");
    }

    @Test
    void choosesTheSmallestPowerOfTwoThatBringsTheAverageShardUnderItsSize() {
        assertEquals(1, LanguageIndex.shardCount(0, 100));
        assertEquals(1, LanguageIndex.shardCount(99, 100));
        assertEquals(2, LanguageIndex.shardCount(100, 100));
        assertEquals(4, LanguageIndex.shardCount(201, 100));
        assertEquals(4096, LanguageIndex.shardCount(Long.MAX_VALUE / 2, 100));
    }

    @Test
    void writesTheSameBytesEveryTimeGzippedWithoutNameOrTime() {
        Map<String, byte[]> first = index(SITE, 64);
        Map<String, byte[]> second = index(SITE, 64);
        assertEquals(first.keySet(), second.keySet());
        first.forEach((path, bytes) -> assertArrayEquals(bytes, second.get(path), path));
        byte[] shard = first.get("search-index/zh/s/0.json.gz");
        assertArrayEquals(new byte[]{0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 0}, Arrays.copyOf(shard, 10));
    }

    @Test
    void leavesDraftsOut() {
        String site = SITE + """
                -- content/zh/economy/2025-11-22-draft.md --
                ---
                title: 草稿新闻
                date: 2025-11-22
                draft: true
                ---
                未发表。
                """;
        Site loaded = Broadsheet.load(SiteFiles.write(root.resolve("drafts"), site), BuildOptions.defaults()
                .withDrafts(true));
        assertEquals(4, loaded.language("zh").articles().size() + loaded.language("zh").pages().size());
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        SearchIndex.write(loaded, file -> files.put(file.path(), file.content()));
        IndexReader zh = new IndexReader(files, "zh");
        assertEquals(3, zh.meta().get("docs").asInt());
        assertNull(zh.postings("草稿"));
    }

    @Test
    void aBuildWritesTheIndexAsAStageUnlessSearchIsOff() {
        Path on = SiteFiles.write(root.resolve("on"), SITE);
        BuildReport report = Broadsheet.build(on, root.resolve("out-on"), BuildOptions.defaults());
        assertEquals(List.of("load", "markdown", "render", "search", "write"), List.copyOf(report.stages().keySet()));
        Map<String, String> files = Trees.snapshot(root.resolve("out-on"));
        assertTrue(files.containsKey("search-index/zh/meta.json") && files.containsKey("search-index/en/d/0.json.gz"),
                files.keySet().toString());

        Path off = SiteFiles.write(root.resolve("off"), SITE.replace("-- site.yaml --\n", "-- site.yaml --\nsearch: false\n"));
        BuildReport quiet = Broadsheet.build(off, root.resolve("out-off"), BuildOptions.defaults());
        assertFalse(quiet.stages().containsKey("search"));
        assertTrue(Trees.snapshot(root.resolve("out-off")).keySet().stream().noneMatch(p -> p.startsWith("search-index/")));
    }

    @Test
    void anEditToOneBodyRewritesOnlyTheShardsOfTheTermsItTouches() {
        StringBuilder site = new StringBuilder(SiteFiles.SITE_YAML);
        String[] words = ("harbour bridge market school river garden museum library station hospital theatre "
                + "stadium factory airport village castle temple forest island valley").split(" ");
        for (int i = 0; i < 40; i++) {
            site.append("-- content/en/economy/2025-01-").append(String.format("%02d", i % 28 + 1)).append("-a")
                    .append(i).append(".md --\n---\ntitle: Story ").append(i).append("\ndate: 2025-01-")
                    .append(String.format("%02d", i % 28 + 1)).append("\nsummary: A story\n---\n")
                    .append(words[i % words.length]).append(" and ").append(words[(i * 7 + 3) % words.length])
                    .append(" news ").append(i < 1 ? "alpha" : "").append("\n");
        }
        Map<String, byte[]> before = index(site.toString(), 64);
        Map<String, byte[]> after = index(site.toString().replace(" alpha\n", " omega\n"), 64);
        List<String> changed = new ArrayList<>();
        before.forEach((path, bytes) -> {
            if (!Arrays.equals(bytes, after.get(path))) changed.add(path);
        });
        int shards = new IndexReader(before, "en").meta().get("shards").asInt();
        assertTrue(shards >= 16, "shards: " + shards);
        // the shards of 'alpha' and 'omega', and of the edited document's terms whose lists it is in
        assertTrue(changed.size() <= 10 && !changed.isEmpty(), changed + " of " + shards);
        assertTrue(changed.stream().allMatch(p -> p.startsWith("search-index/en/s/")), changed.toString());
    }

    @Test
    void aRebuildAfterAnEditLeavesTheIndexFilesItDoesNotTouch() {
        Path site = SiteFiles.write(root.resolve("site"), SITE);
        Path out = root.resolve("out");
        Broadsheet.build(site, out, BuildOptions.defaults());
        Map<String, String> before = new TreeMap<>(Trees.snapshot(out));
        SiteFiles.writeFile(site, "content/zh/economy/2025-11-21-building.md",
                "---\ntitle: 其他新闻\ndate: 2025-11-21\nsummary: 港口建设。\n---\n港口建设，码头扩建。\n");
        Broadsheet.build(site, out, BuildOptions.defaults());
        Map<String, String> after = Trees.snapshot(out);
        List<String> changed = before.keySet().stream().filter(p -> p.startsWith("search-index/"))
                .filter(p -> !before.get(p).equals(after.get(p))).toList();
        assertEquals(List.of("search-index/zh/s/0.json.gz"), changed);
    }

    private Map<String, byte[]> index(String spec, int shardBytes) {
        Path dir = SiteFiles.write(root.resolve("site-" + Integer.toHexString(spec.hashCode()) + "-" + shardBytes
                + "-" + System.nanoTime()), spec);
        Site site = Broadsheet.load(dir, BuildOptions.defaults());
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        SearchIndex.write(site, file -> files.put(file.path(), file.content()), shardBytes);
        return new TreeMap<>(files);
    }
}
