package dev.broadsheet.search;

import dev.broadsheet.content.Language;
import dev.broadsheet.content.Site;
import dev.broadsheet.io.Parallel;
import dev.broadsheet.render.OutputSink;
import dev.broadsheet.render.Urls;

import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;


/**
 * Writes the search index of every language of a site, as {@code docs/search.md} specifies it:
 * {@code search-index/<lang>/meta.json}, the shards {@code s/<n>.json.gz} and the document blocks
 * {@code d/<b>.json.gz}.
 *
 * <pre>{@code
 * SearchIndex.write(site, sink);
 * }</pre>
 *
 * One language after the other, each step on all cores: documents are analysed in chunks, the chunks
 * merged, terms scored in batches, files compressed in batches. The same site always gives the same bytes.
 */
public final class SearchIndex {

    /**
     * The JSON a shard holds on average at most: about 5 KB once compressed, so that a query of five terms at
     * 100,000 articles reads about 30 KB of shards.
     */
    static final int SHARD_BYTES = 12 * 1024;
    /** The deflate level of the index's files: the fastest, about a tenth larger than the default and five times quicker. */
    static final int LEVEL = 1;

    private SearchIndex() {
    }

    /** Writes the index of every language of {@code site} into {@code sink}, from many threads at once. */
    public static void write(Site site, OutputSink sink) {
        write(site, sink, SHARD_BYTES);
    }

    /** {@link #write(Site, OutputSink)} with shards of {@code shardBytes} of JSON on average at most. */
    static void write(Site site, OutputSink sink, int shardBytes) {
        Urls urls = new Urls(site.config());
        // as many analyzers as threads at work, each used by one thread at a time and kept for the next chunk
        Queue<ChunkAnalyzer> analyzers = new ConcurrentLinkedQueue<>();
        // one language after the other: each step runs on all cores already, and only one language's
        // postings are held at a time
        for (Language language : site.languages()) {
            LanguageIndex index = new LanguageIndex(site, language, urls, shardBytes, LEVEL);
            Parallel.forEach(index.chunks(), chunk -> {
                ChunkAnalyzer analyzer = analyzers.poll();
                (analyzer == null ? analyzer = new ChunkAnalyzer() : analyzer).analyse(chunk);
                analyzers.add(analyzer);
            });
            index.merge();
            Parallel.forEach(index.scoring(), Runnable::run);
            index.scored();
            index.shard();
            Parallel.forEach(index.writing(sink), Runnable::run);
        }
    }
}
