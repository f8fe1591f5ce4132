package nl.wmoscorecards.functions.aws;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/** Something built on a daemon thread of its own during a function's init; its user waits for it at first use. */
public final class InBackground<T> {
    private final CompletableFuture<T> value = new CompletableFuture<>();

    private InBackground(String name, Supplier<T> build) {
        Thread builder = new Thread(() -> {
            try {
                value.complete(build.get());
            } catch (RuntimeException | Error e) {
                value.completeExceptionally(e);
            }
        }, name);
        builder.setDaemon(true);
        builder.start();
    }

    public static <T> InBackground<T> build(String name, Supplier<T> build) {
        return new InBackground<>(name, build);
    }

    /** The value, once built; a failure to build it is thrown here, as it was thrown. */
    public T get() {
        try {
            return value.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }
}
