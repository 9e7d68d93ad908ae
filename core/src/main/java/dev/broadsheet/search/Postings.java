package dev.broadsheet.search;

import java.util.List;

/**
 * The postings of one language, merged from its chunks: every term once, numbered for the whole language,
 * and for each term the chunks that hold it, in id order. The postings stay compressed in their chunks and are
 * gathered a term at a time ({@link #gather}), so that the merge copies none of them.
 */
final class Postings {

    private final TermTable terms = new TermTable();
    private final List<Chunk> chunks;
    /** Where each term's chunks start in {@link #chunkOf} and {@link #localTerm}; one more for the end. */
    private final int[] starts;
    /** For each term, the chunks holding it in ascending order, and its number in each. */
    private final int[] chunkOf;
    private final int[] localTerm;
    private final int[] lengths;
    /** The bytes of each term's postings in all chunks: about three times its number of postings, the cost of scoring it. */
    private final long[] sizes;

    /** Numbers the terms of {@code chunks}, in id order, and lets go of the chunks' own term lists. */
    Postings(List<Chunk> chunks, int documents) {
        this.chunks = chunks;
        int[][] numbers = new int[chunks.size()][];
        int pairs = 0;
        for (int c = 0; c < chunks.size(); c++) {
            TermTable.Frozen local = chunks.get(c).terms();
            int[] number = new int[local.size()];
            char[] pool = local.pool();
            for (int t = 0; t < number.length; t++) {
                number[t] = terms.intern(pool, local.starts()[t], local.lengths()[t], local.hashes()[t]);
            }
            numbers[c] = number;
            pairs += number.length;
            chunks.get(c).releaseTerms();
        }
        starts = new int[terms.size() + 1];
        sizes = new long[terms.size()];
        for (int c = 0; c < numbers.length; c++) {
            Chunk chunk = chunks.get(c);
            int[] number = numbers[c];
            for (int t = 0; t < number.length; t++) {
                starts[number[t] + 1]++;
                sizes[number[t]] += chunk.postingSize(t);
            }
        }
        for (int t = 0; t < terms.size(); t++) starts[t + 1] += starts[t];
        int[] next = java.util.Arrays.copyOf(starts, terms.size());
        chunkOf = new int[pairs];
        localTerm = new int[pairs];
        for (int c = 0; c < numbers.length; c++) {
            int[] number = numbers[c];
            for (int t = 0; t < number.length; t++) {
                int at = next[number[t]]++;
                chunkOf[at] = c;
                localTerm[at] = t;
            }
        }
        lengths = new int[documents];
        for (Chunk chunk : chunks) {
            for (int d = 0; d < chunk.size(); d++) lengths[chunk.firstId() + d] = chunk.length(d);
        }
    }

    TermTable terms() {
        return terms;
    }

    /** Replaces the contents of {@code list} with the postings of term {@code t}, in ascending id order. */
    void gather(int t, PostingList list) {
        list.clear();
        for (int i = starts[t]; i < starts[t + 1]; i++) chunks.get(chunkOf[i]).postings(localTerm[i], list);
    }

    /** Lets go of the postings once every term is gathered. */
    void release() {
        chunks.forEach(Chunk::releasePostings);
    }

    /** About three times the number of postings of term {@code t}. */
    long size(int t) {
        return sizes[t];
    }

    /** The weighted length {@code dl} of each document, by id. */
    int[] lengths() {
        return lengths;
    }
}
