package dev.broadsheet.search;

import dev.broadsheet.content.Author;
import dev.broadsheet.content.Document;

import java.util.Arrays;
import java.util.List;

/**
 * A run of consecutive documents of one language, analysed by one thread with its own {@link TermTable}:
 * for each document, the distinct terms with their weighted counts and first slots, its weighted length, and
 * its excerpt.
 */
final class Chunk implements Analyzer.TokenSink {

    /** The field weights of {@code docs/search.md}, in the order fields are analysed. */
    static final int[] WEIGHTS = {6, 3, 3, 2, 2, 2, 1, 1, 1};
    /** Slots between the last token of a field and the first of the next. */
    static final int FIELD_GAP = 8;
    /** Code points of body text in an excerpt when there is no summary. */
    static final int EXCERPT = 160;
    /** The largest weighted count kept; far past any text the body limits let through. */
    private static final int MAX_TF = 0x7FFFFF;

    private final List<IndexedDocument> docs;
    private final int firstId;
    private final TermTable terms = new TermTable();
    private long[] entries = new long[1 << 12];
    private int entryCount;
    private final int[] ends;
    private final int[] lengths;
    private final String[] excerpts;
    // the document being analysed: the terms seen in it, and for each term its count and first slot
    /** For each term, side by side: the last document it was seen in, its count and first slot there. */
    private int[] state = new int[3 << 10];
    private int[] seen = new int[1 << 10];
    private int seenCount;
    private int doc;
    private int weight;
    private int length;

    Chunk(List<IndexedDocument> docs, int firstId) {
        this.docs = docs;
        this.firstId = firstId;
        this.ends = new int[docs.size()];
        this.lengths = new int[docs.size()];
        this.excerpts = new String[docs.size()];
    }

    /** Analyses every document of the chunk. */
    void analyse() {
        Analyzer analyzer = new Analyzer();
        for (int i = 0; i < state.length; i += 3) state[i] = -1;
        for (doc = 0; doc < docs.size(); doc++) {
            IndexedDocument indexed = docs.get(doc);
            Document d = indexed.document();
            String body = BodyText.of(d.body().html());
            String[] fields = {d.title(), d.subtitle(), String.join("\n", indexed.tags()), d.kicker(), d.summary(),
                    authors(d.authors()), indexed.section(), indexed.date(), body};
            seenCount = 0;
            length = 0;
            int last = -1;
            for (int f = 0; f < fields.length; f++) {
                if (fields[f].isEmpty()) continue;
                weight = WEIGHTS[f];
                int start = last < 0 ? 0 : last + FIELD_GAP;
                int end = analyzer.analyse(fields[f], start, this);
                if (end >= start) last = end;
            }
            for (int i = 0; i < seenCount; i++) {
                int term = seen[i];
                add((long) term << 32 | (long) Math.min(state[3 * term + 1], MAX_TF) << 8 | state[3 * term + 2] & 0xFF);
            }
            ends[doc] = entryCount;
            lengths[doc] = length;
            excerpts[doc] = d.summary().isEmpty() ? BodyText.excerpt(body, EXCERPT) : d.summary();
        }
    }

    @Override
    public void token(char[] chars, int start, int length, int slot, int kind) {
        int term = terms.intern(chars, start, length);
        int at = 3 * term;
        if (at >= state.length) growTerms();
        int[] s = state;
        if (s[at] != doc) {
            s[at] = doc;
            s[at + 1] = 0;
            s[at + 2] = slot;
            if (seenCount == seen.length) seen = Arrays.copyOf(seen, seenCount * 2);
            seen[seenCount++] = term;
        }
        s[at + 1] += weight;
        this.length += weight;
    }

    private static String authors(List<Author> authors) {
        if (authors.isEmpty()) return "";
        StringBuilder names = new StringBuilder();
        for (Author author : authors) {
            if (!names.isEmpty()) names.append('\n');
            names.append(author.name());
        }
        return names.toString();
    }

    private void add(long entry) {
        if (entryCount == entries.length) entries = Arrays.copyOf(entries, entryCount * 2);
        entries[entryCount++] = entry;
    }

    private void growTerms() {
        int old = state.length;
        state = Arrays.copyOf(state, old * 2);
        for (int i = old; i < state.length; i += 3) state[i] = -1;
    }

    // what the merge reads

    TermTable terms() {
        return terms;
    }

    int firstId() {
        return firstId;
    }

    int size() {
        return docs.size();
    }

    /** The entries of all documents: term number (high 32 bits), weighted count (next 24), first slot (low 8). */
    long[] entries() {
        return entries;
    }

    int entryCount() {
        return entryCount;
    }

    /** Where the entries of document {@code d} of the chunk end; they start where those of {@code d - 1} end. */
    int end(int d) {
        return ends[d];
    }

    /** The weighted length {@code dl} of document {@code d} of the chunk. */
    int length(int d) {
        return lengths[d];
    }

    String excerpt(int d) {
        return excerpts[d];
    }

    /** Lets go of the entries once they are merged. */
    void release() {
        entries = null;
    }
}
