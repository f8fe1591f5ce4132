package nl.wmoscorecards.functions.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.core.upload.UploadStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upload records on the embedded DynamoDB-compatible server, with the table layout AWS gets. */
@Tag("integration")
class DynamoUploadStoreTest {
    private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
    @TempDir
    Path work;
    private EmbeddedTables runtime;
    private UploadStore store;

    @BeforeEach
    void start() throws IOException {
        runtime = EmbeddedTables.inMemory();
        store = runtime.uploadStore();
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    private static Upload pending(String id, String agb, Instant createdAt) {
        return Upload.pending(id, agb, "cto", "2025", "cto.csv", "text/csv",
                "incoming/" + agb + "/cto/2025/" + id + ".csv", createdAt);
    }

    @Test
    void aPendingUploadIsFoundAsCreatedAndItsIdCannotBeReused() {
        Upload upload = pending("u1", "12345678", T0);
        store.create(upload);

        assertThat(store.find("u1")).contains(upload);
        assertThat(store.find("u2")).isEmpty();
        assertThatThrownBy(() -> store.create(pending("u1", "87654321", T0))).isInstanceOf(IllegalStateException.class);
        assertThat(store.find("u1").orElseThrow().provider()).isEqualTo("12345678");
    }

    @Test
    void anUploadIsCompletedOnceWithItsProblems() {
        Upload upload = pending("u1", "12345678", T0);
        store.create(upload);
        List<ReportProblem> problems = List.of(
                new ReportProblem(2, "cijfer", "0", "Het cijfer moet tussen 1 en 10 liggen.", "grade out of range"),
                new ReportProblem(null, null, null, "Het bestand is leeg.", "empty file"));
        Upload rejected = upload.completed(UploadStatus.REJECTED, problems, 1, "hash", T0.plusSeconds(60), null);
        Upload accepted = upload.completed(UploadStatus.ACCEPTED, List.of(), 5, "hash", T0.plusSeconds(90), null);

        assertThat(store.complete(rejected)).isTrue();
        assertThat(store.complete(accepted)).as("a redelivered event").isFalse();
        assertThat(store.find("u1")).contains(rejected);
        assertThat(store.complete(pending("missing", "12345678", T0)
                .completed(UploadStatus.ACCEPTED, List.of(), 1, "h", T0, null))).isFalse();
        assertThat(store.find("missing")).isEmpty();
    }

    @Test
    void aProvidersUploadsComeNewestFirstAndOnlyItsOwn() {
        store.create(pending("old", "12345678", T0));
        store.create(pending("new", "12345678", T0.plusSeconds(3600)));
        store.create(pending("middle", "12345678", T0.plusSeconds(60)));
        store.create(pending("other", "87654321", T0.plusSeconds(120)));

        assertThat(store.uploadsOf("12345678")).extracting(Upload::uploadId).containsExactly("new", "middle", "old");
        assertThat(store.uploadsOf("87654321")).extracting(Upload::uploadId).containsExactly("other");
        assertThat(store.uploadsOf("11111111")).isEmpty();
    }
}
