package nl.wmoscorecards.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.wmoscorecards.core.concurrent.DaemonThreads;

/**
 * Runs independent renderings (each writing its own files) on a thread per core: the pages of a national
 * site are thousands of small, CPU-bound jobs. The first failure is rethrown once every job has stopped,
 * so no file is still being written when the caller sees the error.
 */
final class ParallelRendering implements AutoCloseable {
    /** One rendering; it writes only its own paths. */
    interface Job {
        void render() throws IOException;
    }

    private final ExecutorService pool;

    ParallelRendering(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, DaemonThreads.named("site-renderer"));
    }

    static ParallelRendering perCore() {
        return new ParallelRendering(Runtime.getRuntime().availableProcessors());
    }

    void runAll(List<Job> jobs) throws IOException {
        AtomicBoolean failed = new AtomicBoolean();
        List<Future<?>> running = new ArrayList<>(jobs.size());
        for (Job job : jobs) {
            running.add(pool.submit(() -> {
                if (failed.get()) {
                    return; // an earlier page failed: the generation is lost, skip the rest
                }
                try {
                    job.render();
                } catch (IOException e) {
                    failed.set(true);
                    throw new UncheckedIOException(e);
                } catch (RuntimeException | Error e) {
                    failed.set(true);
                    throw e;
                }
            }));
        }
        Throwable failure = null;
        for (Future<?> job : running) {
            try {
                job.get();
            } catch (ExecutionException e) {
                failure = failure == null ? e.getCause() : failure;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while rendering the site", e);
            }
        }
        if (failure instanceof UncheckedIOException io) {
            throw io.getCause();
        } else if (failure instanceof RuntimeException runtime) {
            throw runtime;
        } else if (failure instanceof Error error) {
            throw error;
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
