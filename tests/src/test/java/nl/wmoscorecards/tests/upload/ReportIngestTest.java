package nl.wmoscorecards.tests.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.ingest.ReportIngest;
import nl.wmoscorecards.core.report.ReportFileReader;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.local.runtime.LocalApiServer;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.local.runtime.S3Notifications;
import nl.wmoscorecards.local.upload.UploadClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Report ingest after a real pre-signed upload: all or nothing, idempotent on redelivery and on the same
 * bytes, a later upload for the same period replaces the earlier one, and an oversized file is refused
 * without being read.
 */
@Tag("integration")
class ReportIngestTest {
    private static final String AGB = "12345678";
    @TempDir
    Path work;
    private LocalRuntime runtime;
    private UploadClient client;

    @BeforeEach
    void start() throws Exception {
        runtime = LocalRuntime.inMemory(work.resolve("data"), "k".repeat(32).getBytes());
        String key = runtime.providerKeys().add(AGB, "Zorg & Co");
        LocalApiServer api = runtime.startApi();
        client = new UploadClient(api.endpoint(), key);
    }

    @AfterEach
    void stop() {
        runtime.close();
    }

    /** Asks a URL, PUTs the CSV, and delivers the ObjectCreated event; returns the upload's record. */
    private Upload upload(String csv) throws Exception {
        Path file = work.resolve("cto-" + System.nanoTime() + ".csv");
        java.nio.file.Files.writeString(file, csv, StandardCharsets.UTF_8);
        UploadClient.Answer asked = client.requestUrl("cto", "2025", "cto.csv", "text/csv");
        assertThat(asked.status()).isEqualTo(201);
        assertThat(client.put(asked.text("url"), asked.body().path("headers"), file)).isEqualTo(200);
        Upload pending = runtime.uploadStore().find(asked.text("uploadId")).orElseThrow();
        deliver(pending, file.toFile().length());
        return runtime.uploadStore().find(pending.uploadId()).orElseThrow();
    }

    private void deliver(Upload upload, long size) {
        runtime.reportIngestHandler().handleRequest(
                S3Notifications.objectCreated(runtime.s3().bucket(), upload.objectKey(), size), null);
    }

    private List<SurveyResponse> responses() {
        return runtime.stores().surveyResponses().responsesOf("0479", 2025);
    }

    @Test
    void anAcceptedUploadStoresItsRowsAndARedeliveryOrTheSameBytesChangeNothing() throws Exception {
        String csv = "gemeente;datum;cijfer\n0479;12-03-2025;8\n479;2025-03-13;9\n";
        Upload first = upload(csv);
        assertThat(first.status()).isEqualTo(UploadStatus.ACCEPTED);
        assertThat(first.rowCount()).isEqualTo(2);
        assertThat(responses()).extracting(SurveyResponse::date)
                .containsExactlyInAnyOrder(LocalDate.of(2025, 3, 12), LocalDate.of(2025, 3, 13));

        deliver(first, csv.length());
        Upload again = upload(csv);

        assertThat(runtime.uploadStore().find(first.uploadId()).orElseThrow()).isEqualTo(first);
        assertThat(again.status()).isEqualTo(UploadStatus.ACCEPTED);
        assertThat(again.duplicateOf()).isEqualTo(first.uploadId());
        assertThat(responses()).hasSize(2);
    }

    @Test
    void aRefusedUploadWritesNoRowsAndKeepsTheEarlierReport() throws Exception {
        upload("gemeente;datum;cijfer\n0479;12-03-2025;8\n");
        Upload refused = upload("gemeente;datum;cijfer\n0479;12-03-2025;7\n0479;12-03-2025;11\n");
        assertThat(refused.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.column()).isEqualTo("cijfer");
            assertThat(p.value()).isEqualTo("11");
            assertThat(p.messageNl()).contains("0 tot en met 10");
        });
        assertThat(responses()).extracting(r -> r.grade().intValue()).containsExactly(8);
        String report = new String(runtime.s3().client().getObjectAsBytes(b -> b.bucket(runtime.s3().bucket())
                .key("reports/" + AGB + "/" + refused.uploadId() + ".json")).asByteArray(), StandardCharsets.UTF_8);
        assertThat(report).contains("\"status\" : \"rejected\"").contains("0 tot en met 10");
    }

    @Test
    void aLaterUploadForTheSamePeriodReplacesTheEarlierRows() throws Exception {
        upload("gemeente;datum;cijfer\n0479;12-03-2025;8\n0479;13-03-2025;8\n");
        upload("gemeente;datum;cijfer\n0479;14-03-2025;10\n");
        assertThat(responses()).extracting(r -> r.grade().intValue()).containsExactly(10);
    }

    @Test
    void aFileOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
        UploadClient.Answer asked = client.requestUrl("cto", "2025", "groot.csv", "text/csv");
        Upload pending = runtime.uploadStore().find(asked.text("uploadId")).orElseThrow();
        ReportIngest ingest = new ReportIngest(runtime.config().reportTypes(), new ReportFileReader(runtime.config().regions()),
                runtime.uploadStore(), runtime.stores().reportRows(), runtime.stores().surveyResponses(), Clock.systemUTC(),
                ReportIngest.DEFAULT_MAX_BYTES);

        Upload refused = ingest.ingest(pending.objectKey(), ReportIngest.DEFAULT_MAX_BYTES + 1, () -> {
            throw new AssertionError("an oversized object must not be opened");
        }).orElseThrow();

        assertThat(refused.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(refused.problems().get(0).messageNl()).contains("groter dan 20 MB");
    }

    @Test
    void anObjectNoUploadWasHandedOutForIsIgnored() throws Exception {
        Map<String, Object> outcome = runtime.reportIngestHandler().handleRequest(S3Notifications.objectCreated(
                runtime.s3().bucket(), "incoming/" + AGB + "/cto/2025/00000000-0000-0000-0000-000000000000.csv", 10), null).get(0);
        assertThat(outcome).containsEntry("status", "ignored");
    }
}
