package nl.wmoscorecards.tests.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.local.upload.UploadClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command killed after the PUT but before the report ingest finished (kill -9 during `demo` or `upload`) leaves
 * the upload pending, perhaps with part of its rows written. As S3 redelivers its event in AWS, the next command on
 * the data folder ingests it again: the upload ends accepted and its survey responses count once, also when the
 * provider then uploads the same report again. Real S3Proxy and dynalite, over real HTTP.
 */
class PendingUploadRedeliveryTest {
    private static final String PROVIDER = "12345678";

    @Test
    void theNextCommandFinishesAnUploadLeftPendingAndItsResponsesCountOnce(@TempDir Path work) throws Exception {
        Path data = work.resolve("data");
        StringBuilder csv = new StringBuilder("gemeente;datum;cijfer\r\n");
        for (int i = 1; i <= 12; i++) {
            csv.append("0479;").append(String.format("%02d-06-2026", i)).append(";8\r\n");
        }
        Path file = Files.writeString(work.resolve("cto.csv"), csv, StandardCharsets.UTF_8);
        String uploadId;
        String key;
        try (LocalRuntime runtime = LocalRuntime.open(data)) {
            key = runtime.providerKeys().add(PROVIDER, "Zorg Noord");
            UploadClient client = new UploadClient(runtime.api().endpoint(), key);
            UploadClient.Answer asked = client.requestUrl("cto", "2026", "cto.csv", "text/csv");
            assertThat(client.put(asked.text("url"), asked.body().path("headers"), file)).isEqualTo(200);
            uploadId = asked.text("uploadId");
            // The command dies here: the object is in the bucket, its ingest never ran.
            assertThat(runtime.uploadStore().find(uploadId).orElseThrow().status()).isEqualTo(UploadStatus.PENDING);
        }

        try (LocalRuntime runtime = LocalRuntime.open(data)) {
            Upload redelivered = runtime.uploadStore().find(uploadId).orElseThrow();
            assertThat(redelivered.status()).isEqualTo(UploadStatus.ACCEPTED);
            assertThat(redelivered.rowCount()).isEqualTo(12);
            assertThat(runtime.stores().surveyResponses().responsesOf("0479", 2026)).hasSize(12);

            // The provider (or a rerun demo) sends the same report again: still 12 responses, not 24.
            UploadClient client = new UploadClient(runtime.api().endpoint(), key);
            UploadClient.Answer again = client.requestUrl("cto", "2026", "cto.csv", "text/csv");
            assertThat(client.put(again.text("url"), again.body().path("headers"), file)).isEqualTo(200);
        }
        try (LocalRuntime runtime = LocalRuntime.open(data)) {
            assertThat(runtime.stores().surveyResponses().responsesOf("0479", 2026)).hasSize(12);
        }
    }
}
