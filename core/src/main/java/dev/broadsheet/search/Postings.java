package dev.broadsheet.search;

import java.util.List;

/**
 * The postings of one language, merged from its chunks: every term once, and for each term the ids of the
 * documents holding it in ascending order, with its weighted count and first slot in each.
 */
final class Postings {

    private final TermTable terms = new TermTable();
    /** Where each term's postings start in {@link #docs} and {@link #values}; one more for the end. */
    private final int[] offsets;
    private final int[] docs;
    /** Weighted count (above the low 8 bits) and first slot modulo 256 (the low 8 bits). */
    private final int[] values;
    private final int[] lengths;

    /** Merges {@code chunks}, in id order, and lets go of their entries. */
    Postings(List<Chunk> chunks, int documents) {
        int[][] numbers = new int[chunks.size()][];
        for (int c = 0; c < chunks.size(); c++) {
            TermTable local = chunks.get(c).terms();
            int[] number = new int[local.size()];
            for (int t = 0; t < number.length; t++) {
                number[t] = terms.intern(local.pool(), local.start(t), local.length(t), local.hash(t));
            }
            numbers[c] = number;
        }
        offsets = new int[terms.size() + 1];
        for (int c = 0; c < chunks.size(); c++) {
            long[] entries = chunks.get(c).entries();
            int[] number = numbers[c];
            for (int i = 0, n = chunks.get(c).entryCount(); i < n; i++) offsets[number[(int) (entries[i] >>> 32)] + 1]++;
        }
        for (int t = 0; t < terms.size(); t++) offsets[t + 1] += offsets[t];
        int[] next = java.util.Arrays.copyOf(offsets, terms.size());
        docs = new int[offsets[terms.size()]];
        values = new int[docs.length];
        lengths = new int[documents];
        for (int c = 0; c < chunks.size(); c++) {
            Chunk chunk = chunks.get(c);
            long[] entries = chunk.entries();
            int[] number = numbers[c];
            int i = 0;
            for (int d = 0; d < chunk.size(); d++) {
                int id = chunk.firstId() + d;
                lengths[id] = chunk.length(d);
                for (int end = chunk.end(d); i < end; i++) {
                    int at = next[number[(int) (entries[i] >>> 32)]]++;
                    docs[at] = id;
                    values[at] = (int) entries[i];
                }
            }
            chunk.release();
        }
    }

    TermTable terms() {
        return terms;
    }

    /** The number of documents holding term {@code t}. */
    int df(int t) {
        return offsets[t + 1] - offsets[t];
    }

    int start(int t) {
        return offsets[t];
    }

    int doc(int posting) {
        return docs[posting];
    }

    int count(int posting) {
        return values[posting] >>> 8;
    }

    int first(int posting) {
        return values[posting] & 0xFF;
    }

    /** The weighted length {@code dl} of each document, by id. */
    int[] lengths() {
        return lengths;
    }
}
