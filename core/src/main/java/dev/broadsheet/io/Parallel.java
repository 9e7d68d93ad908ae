package dev.broadsheet.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Runs work over a list on all cores, handing out a few items at a time to whichever thread is free.
 *
 * <p>A parallel stream cuts a list into four times as many pieces as the common pool has threads, before any
 * runs: on two cores, four pieces. When the items differ in cost (English articles take about twice as long as
 * Chinese ones to render, and a list holds one language after the other), the last piece runs alone while the
 * other core waits, for up to a quarter of the stage. Here each thread takes the next few items as it
 * finishes, so all threads stop within a few items of each other.
 */
public final class Parallel {

    private Parallel() {
    }

    /** {@code function} applied to each item, in the items' order. Rethrows the first exception thrown. */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        run(items.size(), i -> results[i] = function.apply(items.get(i)));
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    /** Calls {@code action} with each item, in no particular order. Rethrows the first exception thrown. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        run(items.size(), i -> action.accept(items.get(i)));
    }

    private interface IndexAction {
        void run(int index);
    }

    private static void run(int count, IndexAction action) {
        if (count == 0) return;
        int threads = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1);
        // small enough that threads finish together, large enough that taking the next batch costs nothing
        int batch = Math.max(1, count / (threads * 64));
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            try {
                for (int start; (start = next.getAndAdd(batch)) < count; ) {
                    for (int i = start, end = Math.min(count, start + batch); i < end; i++) action.run(i);
                }
            } catch (Throwable e) {
                failure.compareAndSet(null, e);
                next.set(count);
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>(threads - 1);
        for (int i = 1; i < threads; i++) helpers.add(ForkJoinPool.commonPool().submit(worker));
        worker.run();
        helpers.forEach(ForkJoinTask::join);
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) throw e;
        if (thrown instanceof Error e) throw e;
        if (thrown != null) throw new IllegalStateException(thrown);
    }
}
