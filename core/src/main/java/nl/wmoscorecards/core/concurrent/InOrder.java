package nl.wmoscorecards.core.concurrent;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Independent units of work on a few threads, their answers kept in the order of the input, whatever finishes first. */
public final class InOrder {
    private InOrder() {
    }

    /** The first failure is rethrown as it was (a checked cause wrapped); the other units are then interrupted. */
    public static <T, R> List<R> map(Collection<T> items, int threads, String threadName, Function<? super T, R> unit) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, items.size())),
                DaemonThreads.named(threadName));
        try {
            List<Future<R>> running = new ArrayList<>(items.size());
            for (T item : items) {
                running.add(pool.submit(() -> unit.apply(item)));
            }
            List<R> answers = new ArrayList<>(items.size());
            for (Future<R> answer : running) {
                answers.add(answer.get());
            }
            return answers;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + threadName + " threads", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
