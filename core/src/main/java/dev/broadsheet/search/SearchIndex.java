package dev.broadsheet.search;

import dev.broadsheet.content.Language;
import dev.broadsheet.content.Site;
import dev.broadsheet.io.Parallel;
import dev.broadsheet.render.OutputSink;
import dev.broadsheet.render.Urls;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the search index of every language of a site, as {@code docs/search.md} specifies it:
 * {@code search-index/<lang>/meta.json}, the shards {@code s/<n>.json.gz} and the document blocks
 * {@code d/<b>.json.gz}.
 *
 * <pre>{@code
 * SearchIndex.write(site, sink);
 * }</pre>
 *
 * The work runs on all cores, across languages and documents: documents are analysed in chunks, each
 * language's chunks merged, terms scored in batches, files compressed in batches. The same site always gives
 * the same bytes.
 */
public final class SearchIndex {

    /** The JSON a shard holds on average at most: about 10 KB once compressed. */
    static final int SHARD_BYTES = 24 * 1024;
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
        List<LanguageIndex> indexes = new ArrayList<>();
        for (Language language : site.languages()) {
            indexes.add(new LanguageIndex(site, language, urls, shardBytes, LEVEL));
        }
        List<Chunk> chunks = new ArrayList<>();
        indexes.forEach(index -> chunks.addAll(index.chunks()));
        Parallel.forEach(chunks, Chunk::analyse);
        Parallel.forEach(indexes, LanguageIndex::merge);
        List<Runnable> scoring = new ArrayList<>();
        indexes.forEach(index -> scoring.addAll(index.scoring()));
        Parallel.forEach(scoring, Runnable::run);
        indexes.forEach(LanguageIndex::shard);
        List<Runnable> writing = new ArrayList<>();
        indexes.forEach(index -> writing.addAll(index.writing(sink)));
        Parallel.forEach(writing, Runnable::run);
    }
}
