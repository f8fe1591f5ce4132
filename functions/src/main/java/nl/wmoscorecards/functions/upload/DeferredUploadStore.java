package nl.wmoscorecards.functions.upload;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStore;

/**
 * An upload store built on a thread of its own while the function goes on with its init: building the SDK's
 * DynamoDB client (TLS context, client, protocol) is the largest step of the upload API's cold start, and the
 * report types, the handler and the first request's own work up to its PutItem do not need it. Where more than one
 * core's worth of CPU is free (the cold-start bench; Lambda above 1,769 MB) the two overlap; with less (the upload
 * API's 1,024 MB) it costs a thread start. The first call waits for the store; a failure to build it is thrown there.
 */
public final class DeferredUploadStore implements UploadStore {
    private final CompletableFuture<UploadStore> store;

    private DeferredUploadStore(CompletableFuture<UploadStore> store) {
        this.store = store;
    }

    public static UploadStore buildInBackground(Supplier<UploadStore> build) {
        CompletableFuture<UploadStore> store = new CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                store.complete(build.get());
            } catch (RuntimeException | Error e) {
                store.completeExceptionally(e);
            }
        }, "upload-store-init");
        builder.setDaemon(true);
        builder.start();
        return new DeferredUploadStore(store);
    }

    private UploadStore store() {
        try {
            return store.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void create(Upload upload) {
        store().create(upload);
    }

    @Override
    public Optional<Upload> find(String uploadId) {
        return store().find(uploadId);
    }

    @Override
    public boolean complete(Upload completed) {
        return store().complete(completed);
    }

    @Override
    public List<Upload> uploadsOf(String provider) {
        return store().uploadsOf(provider);
    }
}
