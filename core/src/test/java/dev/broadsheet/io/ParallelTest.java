package dev.broadsheet.io;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelTest {

    private static final List<Integer> NUMBERS = IntStream.range(0, 10_000).boxed().toList();

    @Test
    void mapKeepsTheItemsOrder() {
        List<String> mapped = Parallel.map(NUMBERS, n -> "#" + n);
        assertEquals(NUMBERS.stream().map(n -> "#" + n).toList(), mapped);
        assertEquals(List.of(), Parallel.map(List.<Integer>of(), n -> n));
    }

    @Test
    void forEachVisitsEveryItemOnce() {
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        Parallel.forEach(NUMBERS, n -> {
            seen.add(n);
            calls.incrementAndGet();
        });
        assertEquals(NUMBERS.size(), calls.get());
        assertEquals(NUMBERS.size(), seen.size());
    }

    @Test
    void theFirstFailureIsRethrownAsItWas() {
        IllegalArgumentException failure = new IllegalArgumentException("item 7,777");
        IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class,
                () -> Parallel.forEach(NUMBERS, n -> {
                    if (n == 7_777) throw failure;
                }));
        assertSame(failure, thrown);
        AssertionError error = new AssertionError("an error");
        assertSame(error, assertThrows(AssertionError.class, () -> Parallel.map(NUMBERS, n -> {
            if (n == 0) throw error;
            return n;
        })));
    }

    @Test
    void aFailureStopsTheRemainingItems() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> Parallel.forEach(NUMBERS, n -> {
            calls.incrementAndGet();
            throw new IllegalStateException("stop");
        }));
        // each thread stops after the batch it was in: far fewer calls than items
        assertTrue(calls.get() < NUMBERS.size() / 2, calls + " calls");
    }
}
