package dev.broadsheet.io;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class Hash128Test {

    /** The definition: a string is its length, then its chars four to a long, the last long padded. */
    private static Hash128 byDefinition(Hash128 hash, String text) {
        hash.add(text.length());
        for (int i = 0; i < text.length(); i += 4) {
            long value = 0;
            for (int j = 0; j < 4 && i + j < text.length(); j++) value |= (long) text.charAt(i + j) << (16 * j);
            hash.add(value);
        }
        return hash;
    }

    @Test
    void stringsHashAsTheirCharsFourToALongWhateverCameBefore() {
        // long enough for the chunked path (64 chars and more) and for a chunk boundary (4,096)
        String text = "河西区 news, 2025年11月20日 — a longer text to cross several blocks of eight characters";
        text = text.repeat(60);
        for (int length = 0; length <= text.length(); length += length < 300 ? 1 : 97) {
            String part = text.substring(0, length);
            for (int before = 0; before < 3; before++) {
                Hash128 fast = new Hash128();
                Hash128 slow = new Hash128();
                for (int k = 0; k < before; k++) {
                    fast.add(k);
                    slow.add(k);
                }
                fast.add(part);
                assertEquals(byDefinition(slow, part).sum(), fast.sum(), "length " + length + ", before " + before);
            }
        }
    }

    @Test
    void hexIsThirtyTwoDigitsOfBothHalves() {
        assertEquals("0123456789abcdeffedcba9876543210",
                new Hash128.Sum(0x0123456789abcdefL, 0xfedcba9876543210L).hex());
        Hash128 a = new Hash128();
        a.add("a");
        Hash128 b = new Hash128();
        b.add("b");
        assertNotEquals(a.sum(), b.sum());
    }
}
