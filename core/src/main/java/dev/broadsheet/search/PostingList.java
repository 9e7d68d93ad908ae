package dev.broadsheet.search;

import java.util.Arrays;

/**
 * The postings of one term gathered from every chunk, in ascending id order: a scratch list that a scoring
 * thread fills term after term, keeping its arrays.
 */
final class PostingList {

    private int size;
    private int[] ids = new int[1024];
    private int[] counts = new int[1024];
    private int[] firsts = new int[1024];

    void clear() {
        size = 0;
    }

    void add(int id, int count, int first) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
            firsts = Arrays.copyOf(firsts, size * 2);
        }
        ids[size] = id;
        counts[size] = count;
        firsts[size] = first;
        size++;
    }

    /** The number of documents holding the term: its {@code df}. */
    int size() {
        return size;
    }

    int id(int i) {
        return ids[i];
    }

    /** The weighted count of the term in the {@code i}th document. */
    int count(int i) {
        return counts[i];
    }

    /** The first slot of the term in the {@code i}th document, modulo 256. */
    int first(int i) {
        return firsts[i];
    }
}
