package org.perfgrade.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Starts jobs at the same instant (threads released by one barrier) and collects how each ended, so that a test can
 * check that of two runs that must not overlap one completed and the other waited or was refused with a clear
 * message. Any pair of job starts fits: {@code together(() -> nightly.run(day, inbox, false),
 * () -> filing.run(...))}.
 */
final class ConcurrentRuns {

    /** How one run ended: its value, or what it threw. */
    record Outcome<T>(T value, Throwable failure) {

        boolean succeeded() {
            return failure == null;
        }
    }

    private ConcurrentRuns() {
    }

    @SafeVarargs
    static <T> List<Outcome<T>> together(Callable<? extends T>... runs) {
        CyclicBarrier start = new CyclicBarrier(runs.length);
        ExecutorService pool = Executors.newFixedThreadPool(runs.length);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<? extends T> run : runs) {
                futures.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return run.call();
                }));
            }
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    outcomes.add(new Outcome<>(future.get(5, TimeUnit.MINUTES), null));
                }
                catch (java.util.concurrent.ExecutionException ex) {
                    outcomes.add(new Outcome<>(null, ex.getCause()));
                }
            }
            return outcomes;
        }
        catch (InterruptedException | java.util.concurrent.TimeoutException ex) {
            throw new AssertionError("the runs did not end: " + ex, ex);
        }
        finally {
            pool.shutdownNow();
        }
    }
}
