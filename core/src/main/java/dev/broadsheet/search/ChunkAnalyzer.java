package dev.broadsheet.search;

import dev.broadsheet.content.Author;
import dev.broadsheet.content.Document;

import java.util.Arrays;
import java.util.List;

/**
 * Analyses chunks one after the other on one thread, keeping its buffers and term table from one chunk to the
 * next so that a site's analysis allocates little more than what the chunks keep. For each document: the
 * distinct terms with their weighted counts and first slots, its weighted length and its excerpt; for the
 * chunk, those postings by term, packed as {@link Chunk} describes.
 */
final class ChunkAnalyzer implements Analyzer.TokenSink {

    /** The field weights of {@code docs/search.md}, in the order fields are analysed. */
    static final int[] WEIGHTS = {6, 3, 3, 2, 2, 2, 1, 1, 1};
    /** Slots between the last token of a field and the first of the next. */
    static final int FIELD_GAP = 8;
    /** Code points of body text in an excerpt when there is no summary. */
    static final int EXCERPT = 100;
    /** The largest weighted count kept; far past any text the body limits let through. */
    private static final int MAX_TF = 0x7FFFFF;

    private final Analyzer analyzer = new Analyzer();
    private final BodyText body = new BodyText();
    private final TermTable terms = new TermTable();
    /**
     * Fast paths of CJK text to the numbers of {@link #terms}: the number + 1 of each one-char term, by char;
     * of each two-char term, by both chars as one int key, in an open-addressing table of key and number + 1
     * side by side (0 for an empty slot; no key of two chars is below 0x10000, so none is a one-char key).
     */
    private final int[] singles = new int[Character.MAX_VALUE + 1];
    private int[] pairs = new int[2 << 13];
    private int pairCount;
    /** The postings of the chunk in document order: term number (high 32 bits), count (next 24), first slot (low 8). */
    private long[] entries = new long[1 << 16];
    private int entryCount;
    /** For each term, side by side: the last document it was seen in, its count and first slot there. */
    private int[] state = new int[3 << 12];
    private int[] seen = new int[1 << 10];
    private int seenCount;
    /** For each term while the postings are written: where its next one goes. */
    private int[] position = new int[1 << 12];
    private int doc;
    private int weight;
    private int length;

    /** Analyses every document of {@code chunk} and hands it the result. */
    void analyse(Chunk chunk) {
        List<IndexedDocument> docs = chunk.documents();
        terms.clear();
        Arrays.fill(singles, 0);
        Arrays.fill(pairs, 0);
        pairCount = 0;
        entryCount = 0;
        Arrays.fill(state, -1);
        int[] ends = new int[docs.size()];
        int[] lengths = new int[docs.size()];
        String[] excerpts = new String[docs.size()];
        for (doc = 0; doc < docs.size(); doc++) {
            IndexedDocument indexed = docs.get(doc);
            Document d = indexed.document();
            String[] fields = {d.title(), d.subtitle(), String.join("\n", indexed.tags()), d.kicker(), d.summary(),
                    authors(d.authors()), indexed.section(), indexed.date()};
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
            body.read(d.body().html());
            if (body.length() > 0) {
                weight = WEIGHTS[fields.length];
                analyzer.analyse(body.chars(), body.length(), last < 0 ? 0 : last + FIELD_GAP, this);
            }
            for (int i = 0; i < seenCount; i++) {
                int term = seen[i];
                add((long) term << 32 | (long) Math.min(state[3 * term + 1], MAX_TF) << 8 | state[3 * term + 2] & 0xFF);
            }
            ends[doc] = entryCount;
            lengths[doc] = length;
            excerpts[doc] = d.summary().isEmpty() ? BodyText.excerpt(body.chars(), body.length(), EXCERPT) : d.summary();
        }
        int[] offsets = new int[terms.size() + 1];
        chunk.analysed(terms.freeze(), offsets, postings(ends, offsets), lengths, excerpts);
    }

    /** The chunk's postings by term, packed as {@link Chunk} says; fills in where each term's start. */
    private byte[] postings(int[] ends, int[] offsets) {
        int count = terms.size();
        if (position.length < count) position = new int[Math.max(count, position.length * 2)];
        long[] e = entries;
        int n = entryCount;
        for (int i = 0; i < n; i++) {
            offsets[(int) (e[i] >>> 32) + 1] += (int) e[i] >>> 8 >= Chunk.LARGE_COUNT ? 7 : 3;
        }
        for (int t = 0; t < count; t++) offsets[t + 1] += offsets[t];
        byte[] data = new byte[offsets[count]];
        int[] next = position;
        System.arraycopy(offsets, 0, next, 0, count);
        for (int d = 0, i = 0; d < ends.length; d++) {
            for (; i < ends[d]; i++) {
                long entry = e[i];
                int term = (int) (entry >>> 32);
                int tf = (int) entry >>> 8;
                int at = next[term];
                int posting = d << 15 | Math.min(tf, Chunk.LARGE_COUNT) << 8 | (int) entry & 0xFF;
                data[at] = (byte) (posting >>> 16);
                data[at + 1] = (byte) (posting >>> 8);
                data[at + 2] = (byte) posting;
                if (tf >= Chunk.LARGE_COUNT) {
                    data[at + 3] = (byte) (tf >>> 24);
                    data[at + 4] = (byte) (tf >>> 16);
                    data[at + 5] = (byte) (tf >>> 8);
                    data[at + 6] = (byte) tf;
                    at += 4;
                }
                next[term] = at + 3;
            }
        }
        return data;
    }

    @Override
    public void token(char[] chars, int start, int length, int slot, int kind) {
        int term;
        if (length == 1) {
            term = singles[chars[start]] - 1;
            if (term < 0) term = single(chars, start);
        } else if (length == 2) {
            term = pair(chars, start);
        } else {
            term = terms.intern(chars, start, length);
        }
        count(term, slot);
        this.length += weight;
    }

    /**
     * The whole run at once, the hot path of Chinese text: the same counts as its tokens one by one, with the
     * look-ups of one- and two-char terms written out here rather than called for every char.
     */
    @Override
    public void run(char[] chars, int start, int end, int slot) {
        int[] one = singles;
        int w = weight;
        for (int i = start; i < end; i++, slot++) {
            char a = chars[i];
            int term = one[a] - 1;
            if (term < 0) term = single(chars, i);
            int at = 3 * term;
            if (at < state.length && state[at] == doc) {
                state[at + 1] += w;
            } else {
                count(term, slot);
            }
            if (i + 1 == end) break;
            int key = a << 16 | chars[i + 1];
            int[] p = pairs;
            int mask = (p.length >> 1) - 1;
            term = -1;
            for (int h = (key * 0x9E3779B9) >>> 7 & mask; ; h = (h + 1) & mask) {
                int number = p[2 * h + 1];
                if (number == 0) break;
                if (p[2 * h] == key) {
                    term = number - 1;
                    break;
                }
            }
            if (term < 0) term = pair(chars, i);
            at = 3 * term;
            if (at < state.length && state[at] == doc) {
                state[at + 1] += w;
            } else {
                count(term, slot);
            }
        }
        length += w * (2 * (end - start) - 1);
    }

    /** Adds the weight of the field at hand to the count of {@code term} in the document at hand, found at {@code slot}. */
    private void count(int term, int slot) {
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
    }

    /** The number of the one-char term {@code chars[at]}, first seen in this chunk. */
    private int single(char[] chars, int at) {
        int term = terms.intern(chars, at, 1);
        singles[chars[at]] = term + 1;
        return term;
    }

    /** The number of the two-char term {@code chars[at, at + 2)}, added to the pair table if new. */
    private int pair(char[] chars, int at) {
        int key = chars[at] << 16 | chars[at + 1];
        int mask = (pairs.length >> 1) - 1;
        int h = (key * 0x9E3779B9) >>> 7 & mask;
        for (; ; h = (h + 1) & mask) {
            int number = pairs[2 * h + 1];
            if (number == 0) break;
            if (pairs[2 * h] == key) return number - 1;
        }
        int term = terms.intern(chars, at, 2);
        pairs[2 * h] = key;
        pairs[2 * h + 1] = term + 1;
        if (++pairCount * 2 > pairs.length >> 1) growPairs();
        return term;
    }

    private void growPairs() {
        int[] old = pairs;
        int[] grown = new int[old.length * 2];
        int mask = (grown.length >> 1) - 1;
        for (int j = 0; j < old.length; j += 2) {
            if (old[j + 1] == 0) continue;
            int h = (old[j] * 0x9E3779B9) >>> 7 & mask;
            while (grown[2 * h + 1] != 0) h = (h + 1) & mask;
            grown[2 * h] = old[j];
            grown[2 * h + 1] = old[j + 1];
        }
        pairs = grown;
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
        Arrays.fill(state, old, state.length, -1);
    }
}
