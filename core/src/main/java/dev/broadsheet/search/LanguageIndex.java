package dev.broadsheet.search;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Document;
import dev.broadsheet.content.Language;
import dev.broadsheet.content.Section;
import dev.broadsheet.content.Site;
import dev.broadsheet.io.Parallel;
import dev.broadsheet.render.OutputFile;
import dev.broadsheet.render.OutputSink;
import dev.broadsheet.render.Urls;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The index of one language, made in steps that {@link SearchIndex} runs on all cores: its documents in id
 * order, cut into {@link Chunk}s to analyse; the merged {@link Postings}; each term's entry, scored; then the
 * shards, the document blocks and {@code meta.json}, written.
 */
final class LanguageIndex {

    /**
     * Records per document block: ten results from ten blocks come to about 40 KB at 100,000 articles, and the
     * blocks to about 4,200 files.
     */
    static final int BLOCK = 24;
    /** Documents per chunk: enough to keep each thread busy, few enough that the chunks share out evenly. */
    static final int CHUNK = Chunk.MAX_SIZE;
    static final int MAX_SHARDS = 4096;
    /** The most terms whose entries one task writes. */
    private static final int TERMS_PER_TASK = 4096;
    /**
     * About how many tasks score a language's terms. The terms come numbered in the order the documents first
     * hold them, so the commonest come first: tasks cut by their postings, not by their count of terms, so that
     * the first does not hold most of the work while the other cores wait.
     */
    private static final int SCORING_TASKS = 256;
    /** Shards or blocks compressed by one task. */
    private static final int FILES_PER_TASK = 32;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);

    private final String language;
    private final String folder;
    private final int shardBytes;
    private final int level;
    private final List<IndexedDocument> docs;
    private final List<Chunk> chunks = new ArrayList<>();
    private Postings postings;
    private String[] terms;
    /** Each term's entry: in which task's bytes, from where to where. */
    private JsonBytes[] entries;
    private int[] entryTask;
    /** The first term of each scoring task; one more for the end. */
    private int[] taskStart;
    private int[] entryStart;
    private int[] entryEnd;
    private int shards;
    /** The terms in shard order, and where each shard's terms start in it. */
    private int[] order;
    private int[] shardStart;

    /**
     * @param shardBytes the JSON a shard holds on average at most (see {@link SearchIndex})
     * @param level      the deflate level of the files
     */
    LanguageIndex(Site site, Language language, Urls urls, int shardBytes, int level) {
        this.language = language.key();
        this.folder = Urls.searchIndex(language.key());
        this.shardBytes = shardBytes;
        this.level = level;
        this.docs = documents(site, language, urls);
        for (int from = 0; from < docs.size(); from += CHUNK) {
            chunks.add(new Chunk(docs.subList(from, Math.min(docs.size(), from + CHUNK)), from));
        }
    }

    /** The documents of {@code language} in id order: articles newest first, then pages; equal dates by URL. */
    static List<IndexedDocument> documents(Site site, Language language, Urls urls) {
        ZoneId zone = site.config().timeZone();
        Comparator<IndexedDocument> order = Comparator
                .comparing((IndexedDocument d) -> d.document() instanceof Article ? 0 : 1)
                .thenComparing(d -> d.document().date(),
                        Comparator.nullsLast(Comparator.comparing(java.time.ZonedDateTime::toInstant).reversed()))
                .thenComparing(IndexedDocument::url);
        List<Document> sources = new ArrayList<>(language.articles());
        sources.addAll(language.pages());
        sources.removeIf(Document::draft);
        List<IndexedDocument> docs = new ArrayList<>(Parallel.map(sources, d -> {
            String section = d instanceof Article article
                    ? site.section(language.key(), article.section()).map(Section::name).orElse("") : "";
            String date = d.date() == null ? "" : DAY.format(d.date().withZoneSameInstant(zone));
            Map<String, String> translations = new LinkedHashMap<>();
            for (Document t : site.translations(d)) translations.put(t.language(), urls.relative(t.path()));
            return new IndexedDocument(d, urls.relative(d.path()), date, section, d.tags(), translations);
        }));
        docs.sort(order);
        return docs;
    }

    List<Chunk> chunks() {
        return chunks;
    }

    int documents() {
        return docs.size();
    }

    /** Merges the analysed chunks. */
    void merge() {
        postings = new Postings(chunks, docs.size());
        TermTable table = postings.terms();
        terms = new String[table.size()];
        for (int t = 0; t < terms.length; t++) terms[t] = table.term(t);
        taskStart = tasks(postings, terms.length);
        entries = new JsonBytes[taskStart.length - 1];
        entryTask = new int[terms.length];
        entryStart = new int[terms.length];
        entryEnd = new int[terms.length];
    }

    /** The tasks that score and write every term's entry, after {@link #merge}; {@link #scored} after them. */
    List<Runnable> scoring() {
        double[] norms = Scorer.norms(postings.lengths());
        List<Runnable> tasks = new ArrayList<>();
        for (int task = 0; task < entries.length; task++) {
            int from = taskStart[task];
            int to = taskStart[task + 1];
            int index = task;
            tasks.add(() -> {
                Scorer scorer = new Scorer(postings, docs.size(), norms);
                JsonBytes out = new JsonBytes(1 << 16);
                for (int t = from; t < to; t++) {
                    entryTask[t] = index;
                    entryStart[t] = out.size();
                    scorer.write(t, terms[t], out);
                    entryEnd[t] = out.size();
                }
                entries[index] = out;
            });
        }
        return tasks;
    }

    /**
     * The first term of each scoring task, and {@code count} at the end: runs of terms of about equal postings
     * (each term counted a few postings more, for its own JSON), at most {@link #TERMS_PER_TASK} terms each.
     */
    static int[] tasks(Postings postings, int count) {
        long total = 0;
        for (int t = 0; t < count; t++) total += postings.size(t) + 24;
        long target = Math.max(1, total / SCORING_TASKS);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        long cost = 0;
        for (int t = 0, from = 0; t < count; t++) {
            cost += postings.size(t) + 24;
            if (t + 1 < count && (cost >= target || t + 1 - from == TERMS_PER_TASK)) {
                starts.add(t + 1);
                from = t + 1;
                cost = 0;
            }
        }
        starts.add(count);
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Lets go of the postings, after {@link #scoring}. */
    void scored() {
        postings.release();
        postings = null;
    }

    /** Chooses the number of shards and puts each term in its shard, after {@link #scoring}. */
    void shard() {
        long total = 0;
        for (int t = 0; t < terms.length; t++) total += entryEnd[t] - entryStart[t];
        shards = shardCount(total, shardBytes);
        Integer[] sorted = new Integer[terms.length];
        for (int t = 0; t < sorted.length; t++) sorted[t] = t;
        Arrays.sort(sorted, Comparator.comparing(t -> terms[t]));
        int[] shardOf = new int[terms.length];
        shardStart = new int[shards + 1];
        for (int t = 0; t < terms.length; t++) {
            shardOf[t] = Integer.remainderUnsigned(fnv1a(terms[t]), shards);
            shardStart[shardOf[t] + 1]++;
        }
        for (int s = 0; s < shards; s++) shardStart[s + 1] += shardStart[s];
        int[] next = Arrays.copyOf(shardStart, shards);
        order = new int[terms.length];
        for (Integer t : sorted) order[next[shardOf[t]]++] = t;
    }

    /** The smallest power of two, at most {@link #MAX_SHARDS}, that brings {@code total} under {@code bytes} a shard. */
    static int shardCount(long total, int bytes) {
        int count = 1;
        while (count < MAX_SHARDS && total >= (long) bytes * count) count *= 2;
        return count;
    }

    /** The tasks that write the shards, the document blocks and {@code meta.json} into {@code sink}. */
    List<Runnable> writing(OutputSink sink) {
        List<Runnable> tasks = new ArrayList<>();
        for (int from = 0; from < shards; from += FILES_PER_TASK) {
            int first = from;
            tasks.add(() -> writeShards(first, Math.min(shards, first + FILES_PER_TASK), sink));
        }
        int blocks = (docs.size() + BLOCK - 1) / BLOCK;
        for (int from = 0; from < blocks; from += FILES_PER_TASK) {
            int first = from;
            tasks.add(() -> writeBlocks(first, Math.min(blocks, first + FILES_PER_TASK), sink));
        }
        tasks.add(() -> sink.accept(new OutputFile(folder + "meta.json", ("{\"v\":1,\"lang\":" + quoted(language)
                + ",\"docs\":" + docs.size() + ",\"shards\":" + shards + ",\"block\":" + BLOCK + "}")
                .getBytes(StandardCharsets.UTF_8), language)));
        return tasks;
    }

    private void writeShards(int from, int to, OutputSink sink) {
        Gzip gzip = new Gzip(level);
        JsonBytes json = new JsonBytes(1 << 16);
        try {
            for (int s = from; s < to; s++) {
                json.clear();
                json.ascii('{');
                for (int i = shardStart[s]; i < shardStart[s + 1]; i++) {
                    int t = order[i];
                    if (i > shardStart[s]) json.ascii(',');
                    json.bytes(entries[entryTask[t]].buffer(), entryStart[t], entryEnd[t]);
                }
                json.ascii('}');
                sink.accept(new OutputFile(folder + "s/" + s + ".json.gz", gzip.compress(json.buffer(), json.size()),
                        language));
            }
        } finally {
            gzip.end();
        }
    }

    private void writeBlocks(int from, int to, OutputSink sink) {
        Gzip gzip = new Gzip(level);
        JsonBytes json = new JsonBytes(1 << 14);
        try {
            for (int b = from; b < to; b++) {
                json.clear();
                json.ascii('[');
                for (int id = b * BLOCK, end = Math.min(docs.size(), id + BLOCK); id < end; id++) {
                    if (id > b * BLOCK) json.ascii(',');
                    record(id, json);
                }
                json.ascii(']');
                sink.accept(new OutputFile(folder + "d/" + b + ".json.gz", gzip.compress(json.buffer(), json.size()),
                        language));
            }
        } finally {
            gzip.end();
        }
    }

    private void record(int id, JsonBytes json) {
        IndexedDocument d = docs.get(id);
        Chunk chunk = chunks.get(id / CHUNK);
        json.ascii("{\"u\":").string(d.url()).ascii(",\"t\":").string(d.document().title())
                .ascii(",\"d\":").string(d.date()).ascii(",\"s\":").string(d.section())
                .ascii(",\"x\":").string(chunk.excerpt(id % CHUNK)).ascii(",\"a\":{");
        boolean first = true;
        for (Map.Entry<String, String> translation : d.translations().entrySet()) {
            if (!first) json.ascii(',');
            first = false;
            json.string(translation.getKey()).ascii(':').string(translation.getValue());
        }
        json.ascii("}}");
    }

    private static String quoted(String text) {
        JsonBytes json = new JsonBytes(text.length() + 2);
        json.string(text);
        return new String(json.toBytes(), StandardCharsets.UTF_8);
    }

    /** The 32-bit FNV-1a hash of {@code term}'s UTF-8 bytes. */
    static int fnv1a(String term) {
        int hash = 0x811C9DC5;
        for (byte b : term.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xFF;
            hash *= 0x01000193;
        }
        return hash;
    }
}
