package nl.wmoscorecards.functions.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStore;
import nl.wmoscorecards.fixtures.InMemoryUploadStore;
import org.junit.jupiter.api.Test;

/** The upload API's store, built while init goes on: calls wait for it, and a failed build fails the call. */
class DeferredUploadStoreTest {
    private static final Upload PENDING = Upload.pending("u-1", "73730123", "cto", "2025", "cto.csv", "text/csv",
            "incoming/73730123/cto/2025/u-1.csv", Instant.parse("2026-12-02T01:00:00Z"));

    @Test
    void aCallWaitsForTheStoreAndReachesIt() {
        CountDownLatch release = new CountDownLatch(1);
        InMemoryUploadStore backing = new InMemoryUploadStore();
        UploadStore store = DeferredUploadStore.buildInBackground(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return backing;
        });
        release.countDown();

        store.create(PENDING);

        assertThat(backing.find("u-1")).contains(PENDING);
        assertThat(store.uploadsOf("73730123")).containsExactly(PENDING);
    }

    @Test
    void aStoreThatCouldNotBeBuiltFailsTheCallWithItsOwnError() {
        UploadStore store = DeferredUploadStore.buildInBackground(() -> {
            throw new IllegalStateException("UPLOADS_TABLE is not set");
        });

        assertThatThrownBy(() -> store.find("u-1")).isInstanceOf(IllegalStateException.class)
                .hasMessage("UPLOADS_TABLE is not set");
    }
}
