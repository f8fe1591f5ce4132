package nl.wmoscorecards.tests.upload;

import static nl.wmoscorecards.tests.upload.UploadApiClient.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.local.runtime.S3Notifications;
import nl.wmoscorecards.tests.upload.UploadApiClient.Answer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A pre-signed URL creates its object once: S3Proxy over real HTTP refuses a second PUT with other bytes
 * (412), a PUT that leaves out the signed If-None-Match (403), and the bytes scored are the bytes accepted.
 */
@Tag("integration")
class CreateOnceUploadTest extends OneProviderUploadApi {
    private static final byte[] ACCEPTED = "gemeente;datum;cijfer\n0479;12-03-2025;8\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] LATER = "gemeente;datum;cijfer\n0479;12-03-2025;1\n0479;12-03-2025;1\n".getBytes(StandardCharsets.UTF_8);

    private Answer issue() throws Exception {
        Answer issued = api.post(key, request("cto", "2025", "cto.csv", CSV));
        assertThat(issued.status()).isEqualTo(201);
        return issued;
    }

    private byte[] object(Upload upload) {
        return runtime.s3().client().getObjectAsBytes(b -> b.bucket(runtime.s3().bucket()).key(upload.objectKey())).asByteArray();
    }

    @Test
    void theUrlSignsIfNoneMatchSoItCanOnlyCreate() throws Exception {
        Answer issued = issue();

        assertThat(issued.body().path("headers").path("If-None-Match").asString()).isEqualTo("*");
        assertThat(URI.create(issued.text("url")).getRawQuery()).containsPattern("X-Amz-SignedHeaders=[^&]*if-none-match");
    }

    @Test
    void aSecondPutWithOtherBytesIsRefusedAndTheAcceptedBytesAreTheOnesScored() throws Exception {
        Answer issued = issue();
        assertThat(api.put(issued.text("url"), CSV, ACCEPTED)).isEqualTo(200);
        Upload pending = runtime.uploadStore().find(issued.text("uploadId")).orElseThrow();
        runtime.reportIngestHandler().handleRequest(
                S3Notifications.objectCreated(runtime.s3().bucket(), pending.objectKey(), ACCEPTED.length), null);
        Upload accepted = runtime.uploadStore().find(pending.uploadId()).orElseThrow();
        assertThat(accepted.status()).isEqualTo(UploadStatus.ACCEPTED);

        int second = api.put(issued.text("url"), CSV, LATER);
        // Whatever arrives next (a stray or replayed event) finds the same bytes and changes nothing.
        runtime.reportIngestHandler().handleRequest(
                S3Notifications.objectCreated(runtime.s3().bucket(), pending.objectKey(), LATER.length), null);

        assertThat(second).isEqualTo(412);
        assertThat(object(accepted)).isEqualTo(ACCEPTED);
        assertThat(sha256(object(accepted))).isEqualTo(accepted.contentHash());
        assertThat(runtime.uploadStore().find(pending.uploadId()).orElseThrow()).isEqualTo(accepted);
        assertThat(runtime.stores().surveyResponses().responsesOf("0479", 2025))
                .extracting(r -> r.grade().intValue()).containsExactly(8);
    }

    @Test
    void aSecondPutBeforeTheIngestIsRefusedToo() throws Exception {
        Answer issued = issue();

        assertThat(api.put(issued.text("url"), CSV, ACCEPTED)).isEqualTo(200);
        assertThat(api.put(issued.text("url"), CSV, ACCEPTED)).as("even the same bytes").isEqualTo(412);
        assertThat(object(runtime.uploadStore().find(issued.text("uploadId")).orElseThrow())).isEqualTo(ACCEPTED);
    }

    @Test
    void aPutThatLeavesOutTheSignedConditionIsRefused() throws Exception {
        Answer issued = issue();

        int withoutCondition = api.put(issued.text("url"), Map.of("Content-Type", CSV), ACCEPTED);
        int otherCondition = api.put(issued.text("url"), Map.of("Content-Type", CSV, "If-None-Match", "\"abc\""), ACCEPTED);

        assertThat(List.of(withoutCondition, otherCondition)).containsOnly(403);
        assertThat(runtime.s3().client().listObjectsV2(b -> b.bucket(runtime.s3().bucket())).contents()).isEmpty();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
