package dev.broadsheet.search;

import dev.broadsheet.BuildOptions;
import dev.broadsheet.Broadsheet;
import dev.broadsheet.content.Author;
import dev.broadsheet.content.Document;
import dev.broadsheet.content.Site;
import dev.broadsheet.render.Urls;
import dev.broadsheet.testing.SiteFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The chunk analysis, with its whole-run path for CJK text, its own tables of one- and two-char terms and its
 * compressed postings, against the plain path: every field through {@link Analysis#tokens}, counted here
 * term by term. They must agree on every posting of every term.
 */
class ChunkAnalyzerTest {

    @TempDir
    Path root;

    @Test
    void countsWhatThePlainTokensCount() {
        Random random = new Random(20261203);
        StringBuilder site = new StringBuilder(SiteFiles.SITE_YAML);
        // 600 articles: more than a chunk, so that a term's documents lie more than 127 apart and in two chunks
        for (int i = 0; i < 600; i++) {
            site.append("-- content/zh/economy/2025-11-20-a").append(i).append(".md --\n---\ntitle: ")
                    .append(text(random, 12)).append("\ndate: 2025-11-20\nsummary: ").append(text(random, 30))
                    .append("\ntags: [").append(text(random, 3).replace(',', ' ')).append("]\n---\n")
                    .append(text(random, i % 50 == 0 ? 3000 : 300)).append('\n');
        }
        // one word said more often than two bytes of count could hold
        site.append("-- content/zh/economy/2025-11-19-many.md --\n---\ntitle: 多\ndate: 2025-11-19\n---\n")
                .append("港口 ".repeat(70_000)).append('\n');
        Site loaded = Broadsheet.load(SiteFiles.write(root, site.toString()), BuildOptions.defaults());
        LanguageIndex index = new LanguageIndex(loaded, loaded.language("zh"), new Urls(loaded.config()),
                SearchIndex.SHARD_BYTES, 1);
        List<Chunk> chunks = index.chunks();
        assertEquals(2, chunks.size());
        ChunkAnalyzer analyzer = new ChunkAnalyzer();
        Map<String, List<String>> expected = new TreeMap<>();
        Map<String, List<String>> actual = new TreeMap<>();
        for (Chunk chunk : chunks) {
            analyzer.analyse(chunk);
            for (int d = 0; d < chunk.size(); d++) {
                int id = chunk.firstId() + d;
                int[] length = {0};
                plain(chunk.documents().get(d), length).forEach((term, posting) ->
                        expected.computeIfAbsent(term, t -> new java.util.ArrayList<>()).add(id + ":" + posting));
                assertEquals(length[0], chunk.length(d), "length of document " + id);
            }
            TermTable.Frozen terms = chunk.terms();
            PostingList list = new PostingList();
            for (int t = 0; t < terms.size(); t++) {
                list.clear();
                chunk.postings(t, list);
                String term = new String(terms.pool(), terms.starts()[t], terms.lengths()[t]);
                for (int i = 0; i < list.size(); i++) {
                    actual.computeIfAbsent(term, k -> new java.util.ArrayList<>())
                            .add(list.id(i) + ":" + list.count(i) + "@" + list.first(i));
                }
            }
        }
        assertEquals(expected.size(), actual.size());
        assertEquals(expected, actual);
        assertEquals(true, expected.values().stream().anyMatch(p -> p.stream()
                .anyMatch(s -> Integer.parseInt(s.substring(s.indexOf(':') + 1, s.indexOf('@'))) > 127)),
                "some count is too large for a posting's own bits");
        String many = actual.get("港口").stream().filter(p -> p.startsWith("600:")).findFirst().orElseThrow();
        assertEquals(true, Integer.parseInt(many.substring(4, many.indexOf('@'))) > 70_000,
                "a count past 16 bits, of the oldest article: " + many);
    }

    /** Each term's weighted count and first slot (mod 256) in {@code d}, from the plain tokens of its fields. */
    private static Map<String, String> plain(IndexedDocument indexed, int[] length) {
        Document d = indexed.document();
        String[] fields = {d.title(), d.subtitle(), String.join("\n", indexed.tags()), d.kicker(), d.summary(),
                String.join("\n", d.authors().stream().map(Author::name).toList()), indexed.section(),
                indexed.date(), BodyText.of(d.body().html())};
        Map<String, int[]> counts = new HashMap<>();
        int last = -1;
        for (int f = 0; f < fields.length; f++) {
            if (fields[f].isEmpty()) continue;
            int start = last < 0 ? 0 : last + ChunkAnalyzer.FIELD_GAP;
            int weight = ChunkAnalyzer.WEIGHTS[f];
            int end = start - 1;
            for (Analysis.Token token : shifted(fields[f], start)) {
                int[] c = counts.computeIfAbsent(token.term(), t -> new int[]{0, token.slot()});
                c[0] += weight;
                length[0] += weight;
                end = Math.max(end, token.slot());
            }
            if (end >= start) last = end;
        }
        Map<String, String> postings = new HashMap<>();
        counts.forEach((term, c) -> postings.put(term, c[0] + "@" + (c[1] & 0xFF)));
        return postings;
    }

    private static List<Analysis.Token> shifted(String text, int start) {
        return Analysis.tokens(text).stream().map(t -> new Analysis.Token(t.term(), t.slot() + start)).toList();
    }

    /** Chinese text with punctuation, Latin words, numbers and now and then a character outside the BMP. */
    private static String text(Random random, int length) {
        String han = "河西区港口开放建设社工智能天津新闻发展城市服务居民文化";
        String[] others = {"，", "。", " ", "AI", "5G", "2025年", "𠀀", "𠮷", "Ｂ", "ports", "\u3000"};
        StringBuilder out = new StringBuilder();
        while (out.length() < length) {
            if (random.nextInt(6) == 0) {
                out.append(others[random.nextInt(others.length)]);
            } else {
                out.append(han.charAt(random.nextInt(random.nextInt(4) == 0 ? 4 : han.length())));
            }
        }
        return out.toString();
    }
}
