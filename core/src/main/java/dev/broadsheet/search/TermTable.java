package dev.broadsheet.search;

import java.util.Arrays;

/**
 * Terms by number: an open-addressing hash table over the terms' chars, kept in one char pool, so that a
 * token found again costs a hash and a compare and makes no string. Numbers are given from 0 in the order
 * terms are first added. Not thread-safe: each thread analysing documents has its own, and clears it for
 * each chunk.
 */
final class TermTable {

    private int[] slots = new int[1 << 12];
    private char[] pool = new char[1 << 14];
    private int poolSize;
    private int[] starts = new int[1 << 10];
    private int[] lengths = new int[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int size;

    /** Forgets every term, keeping the arrays for the next terms. */
    void clear() {
        Arrays.fill(slots, 0);
        size = 0;
        poolSize = 0;
    }

    /**
     * The terms, numbered as here, in arrays of their exact sizes: what a chunk keeps of its table once analysed.
     *
     * @param pool    the chars of every term, one after the other
     * @param starts  where each term starts in the pool
     * @param lengths each term's length in chars
     * @param hashes  each term's {@link #hash}
     */
    record Frozen(char[] pool, int[] starts, int[] lengths, int[] hashes) {
        int size() {
            return starts.length;
        }
    }

    /** A copy of the terms as they stand. */
    Frozen freeze() {
        return new Frozen(Arrays.copyOf(pool, poolSize), Arrays.copyOf(starts, size), Arrays.copyOf(lengths, size),
                Arrays.copyOf(hashes, size));
    }

    /** How many terms the table holds. */
    int size() {
        return size;
    }

    /** The number of the term {@code chars[start, start + length)}, added if new. */
    int intern(char[] chars, int start, int length) {
        return intern(chars, start, length, hash(chars, start, length));
    }

    /** Like {@link #intern(char[], int, int)}, with the term's {@link #hash} already known. */
    int intern(char[] chars, int start, int length, int hash) {
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                int term = add(chars, start, length, hash);
                slots[i] = term + 1;
                if (size * 2 > slots.length) grow();
                return term;
            }
            int term = slot - 1;
            if (hashes[term] == hash && lengths[term] == length && same(starts[term], chars, start, length)) {
                return term;
            }
        }
    }

    /** Whether the term at {@code pool[at]} is {@code chars[start, start + length)}: terms are short, a loop beats {@code Arrays.equals}. */
    private boolean same(int at, char[] chars, int start, int length) {
        char[] p = pool;
        for (int i = 0; i < length; i++) {
            if (p[at + i] != chars[start + i]) return false;
        }
        return true;
    }

    /** The chars of every term, one after the other; term {@code t} is at {@link #start}, {@link #length}. */
    char[] pool() {
        return pool;
    }

    int start(int term) {
        return starts[term];
    }

    int length(int term) {
        return lengths[term];
    }

    int hash(int term) {
        return hashes[term];
    }

    /** The term as a string. */
    String term(int term) {
        return new String(pool, starts[term], lengths[term]);
    }

    /** The in-memory hash of a term's chars (not the shard hash, which is over UTF-8 bytes). */
    static int hash(char[] chars, int start, int length) {
        int h = 0;
        for (int i = start, end = start + length; i < end; i++) h = 31 * h + chars[i];
        h *= 0x9E3779B9;
        return h ^ (h >>> 15);
    }

    private int add(char[] chars, int start, int length, int hash) {
        if (size == starts.length) {
            int capacity = size * 2;
            starts = Arrays.copyOf(starts, capacity);
            lengths = Arrays.copyOf(lengths, capacity);
            hashes = Arrays.copyOf(hashes, capacity);
        }
        if (poolSize + length > pool.length) pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolSize + length));
        System.arraycopy(chars, start, pool, poolSize, length);
        starts[size] = poolSize;
        lengths[size] = length;
        hashes[size] = hash;
        poolSize += length;
        return size++;
    }

    private void grow() {
        int[] bigger = new int[slots.length * 2];
        int mask = bigger.length - 1;
        for (int slot : slots) {
            if (slot == 0) continue;
            int i = hashes[slot - 1] & mask;
            while (bigger[i] != 0) i = (i + 1) & mask;
            bigger[i] = slot;
        }
        slots = bigger;
    }
}
