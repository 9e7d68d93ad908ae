package dev.broadsheet.search;

import java.util.Arrays;

/**
 * Terms by number: an open-addressing hash table over the terms' chars, kept in one char pool, so that a
 * token found again costs a hash and a compare and makes no string. Numbers are given from 0 in the order
 * terms are first added. Not thread-safe: each chunk of documents has its own.
 */
final class TermTable {

    private int[] slots = new int[1 << 12];
    private char[] pool = new char[1 << 14];
    private int poolSize;
    private int[] starts = new int[1 << 10];
    private int[] lengths = new int[1 << 10];
    private int[] hashes = new int[1 << 10];
    private int size;
    /** Fast paths of CJK text: the number + 1 of each one-char term, by char; of each two-char term, by both. */
    private int[] singles;
    private int[] pairKeys = new int[1 << 12];
    private int[] pairNumbers = new int[1 << 12];
    private int pairs;

    /** How many terms the table holds. */
    int size() {
        return size;
    }

    /** The number of the term {@code chars[start, start + length)}, added if new. */
    int intern(char[] chars, int start, int length) {
        if (length == 1) {
            if (singles == null) singles = new int[Character.MAX_VALUE + 1];
            int number = singles[chars[start]] - 1;
            if (number < 0) {
                number = intern(chars, start, 1, hash(chars, start, 1));
                singles[chars[start]] = number + 1;
            }
            return number;
        }
        if (length == 2) return pair(chars, start);
        return intern(chars, start, length, hash(chars, start, length));
    }

    /** The number of a two-char term, looked up by its chars as one int (0 stands for an empty slot). */
    private int pair(char[] chars, int start) {
        int key = chars[start] << 16 | chars[start + 1];
        int mask = pairKeys.length - 1;
        int i = (key * 0x9E3779B9) >>> 7 & mask;
        for (; ; i = (i + 1) & mask) {
            int number = pairNumbers[i];
            if (number == 0) break;
            if (pairKeys[i] == key) return number - 1;
        }
        int number = intern(chars, start, 2, hash(chars, start, 2));
        pairKeys[i] = key;
        pairNumbers[i] = number + 1;
        if (++pairs * 2 > pairKeys.length) growPairs();
        return number;
    }

    private void growPairs() {
        int[] keys = new int[pairKeys.length * 2];
        int[] numbers = new int[keys.length];
        int mask = keys.length - 1;
        for (int j = 0; j < pairKeys.length; j++) {
            if (pairNumbers[j] == 0) continue;
            int i = (pairKeys[j] * 0x9E3779B9) >>> 7 & mask;
            while (numbers[i] != 0) i = (i + 1) & mask;
            keys[i] = pairKeys[j];
            numbers[i] = pairNumbers[j];
        }
        pairKeys = keys;
        pairNumbers = numbers;
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
            if (hashes[term] == hash && lengths[term] == length
                    && Arrays.equals(pool, starts[term], starts[term] + length, chars, start, start + length)) {
                return term;
            }
        }
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
