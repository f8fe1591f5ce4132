package nl.wmoscorecards.functions.upload;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStore;
import nl.wmoscorecards.functions.aws.InBackground;

/**
 * An upload store built on a thread of its own while the function goes on with its init: building the SDK's
 * DynamoDB client (TLS context, client, protocol) is the largest step of the upload API's cold start, and the
 * report types, the handler and the first request's own work up to its PutItem do not need it. Where more than one
 * core's worth of CPU is free (the cold-start bench; Lambda above 1,769 MB) the two overlap; with less (the upload
 * API's 1,024 MB) it costs a thread start. The first call waits for the store; a failure to build it is thrown there.
 */
public final class DeferredUploadStore implements UploadStore {
    private final InBackground<UploadStore> store;

    private DeferredUploadStore(InBackground<UploadStore> store) {
        this.store = store;
    }

    public static UploadStore buildInBackground(Supplier<UploadStore> build) {
        return new DeferredUploadStore(InBackground.build("upload-store-init", build));
    }

    @Override
    public void create(Upload upload) {
        store.get().create(upload);
    }

    @Override
    public Optional<Upload> find(String uploadId) {
        return store.get().find(uploadId);
    }

    @Override
    public boolean complete(Upload completed) {
        return store.get().complete(completed);
    }

    @Override
    public List<Upload> uploadsOf(String provider) {
        return store.get().uploadsOf(provider);
    }
}
