package dev.broadsheet.io;

/**
 * A 128-bit hash of a stream of longs, with MurmurHash3's x64 128-bit mixing: fast in every JIT tier (a
 * build's short-lived JVM runs without the optimizing compiler, where SHA-256 has no intrinsic and cost a
 * fifth of the build), and with collisions as unlikely as any two random 128-bit numbers being equal, which
 * is what a page digest or an input fingerprint needs: no one chooses a site's text to collide on purpose
 * with another page's.
 */
public final class Hash128 {

    private static final long C1 = 0x87c37b91114253d5L;
    private static final long C2 = 0x4cf5ad432745937fL;

    /** Per thread, the chunk a long string is copied into; its length is a multiple of 8. */
    private static final ThreadLocal<char[]> CHARS = ThreadLocal.withInitial(() -> new char[4096]);

    private long h1 = 0x9368e53c2f6af274L;
    private long h2 = 0x586dcd208f7cd3fdL;
    private long pending;
    private boolean hasPending;
    private long count;

    /** Adds one value. */
    public void add(long value) {
        count++;
        if (!hasPending) {
            pending = value;
            hasPending = true;
            return;
        }
        block(pending, value);
        hasPending = false;
    }

    /** Adds a string: its length, then its chars, four to a long. */
    public void add(String text) {
        int length = text.length();
        add(length);
        int i = 0;
        if (hasPending && length >= 4) {
            add(four(text, 0));
            i = 4;
        }
        if (length - i >= 64) {
            // a long string (an article's body) is copied out a chunk at a time: one bulk copy instead of a
            // bounds- and encoding-checked charAt per char, which the build's JIT tier does not fold away
            char[] chars = CHARS.get();
            while (length - i >= 8) {
                int n = Math.min(chars.length, (length - i) & ~7);
                text.getChars(i, i + n, chars, 0);
                for (int j = 0; j < n; j += 8) block(four(chars, j), four(chars, j + 4));
                count += n / 4;
                i += n;
            }
        }
        // the same longs as add(four(...)) one by one, two to a block without the pending bookkeeping
        for (; i + 8 <= length; i += 8) {
            block(four(text, i), four(text, i + 4));
            count += 2;
        }
        for (; i + 4 <= length; i += 4) add(four(text, i));
        long last = 0;
        for (int shift = 0; i < length; i++, shift += 16) last |= (long) text.charAt(i) << shift;
        if (length % 4 != 0) add(last);
    }

    private static long four(char[] chars, int i) {
        return chars[i] | (long) chars[i + 1] << 16 | (long) chars[i + 2] << 32 | (long) chars[i + 3] << 48;
    }

    private static long four(String text, int i) {
        return text.charAt(i) | (long) text.charAt(i + 1) << 16 | (long) text.charAt(i + 2) << 32
                | (long) text.charAt(i + 3) << 48;
    }

    /** Adds a finished hash. */
    public void add(Sum sum) {
        add(sum.high());
        add(sum.low());
    }

    private void block(long k1, long k2) {
        h1 ^= Long.rotateLeft(k1 * C1, 31) * C2;
        h1 = Long.rotateLeft(h1, 27) + h2;
        h1 = h1 * 5 + 0x52dce729;
        h2 ^= Long.rotateLeft(k2 * C2, 33) * C1;
        h2 = Long.rotateLeft(h2, 31) + h1;
        h2 = h2 * 5 + 0x38495ab5;
    }

    /** The hash so far. */
    public Sum sum() {
        long a = h1;
        long b = h2;
        if (hasPending) a ^= Long.rotateLeft(pending * C1, 31) * C2;
        a ^= count;
        b ^= count;
        a += b;
        b += a;
        a = mix(a);
        b = mix(b);
        a += b;
        b += a;
        return new Sum(a, b);
    }

    /** A finished 128-bit hash. */
    public record Sum(long high, long low) {

        private static final char[] DIGITS = "0123456789abcdef".toCharArray();

        /** As 32 lower-case hex digits. */
        public String hex() {
            char[] out = new char[32];
            for (int i = 0; i < 16; i++) {
                out[i] = DIGITS[(int) (high >>> (60 - 4 * i)) & 0xF];
                out[16 + i] = DIGITS[(int) (low >>> (60 - 4 * i)) & 0xF];
            }
            return new String(out);
        }
    }

    private static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }
}
