package nl.wmoscorecards.functions.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.time.Instant;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.fixtures.InMemoryStores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** report-ingest fed the S3 event of a provider's upload landing under incoming/, against the in-memory stores. */
class S3ReportIngestHandlerTest {
    private static final String BUCKET = "scorecards-incoming-dev";
    private static final String UPLOAD_ID = "0b7e2a58-1c53-4d0e-9a77-3f1f6c2d9e10";
    private static final String KEY = "incoming/73730123/personeel/2027/" + UPLOAD_ID + ".csv";
    private static final String REPORT = "reports/73730123/" + UPLOAD_ID + ".json";
    private final InMemoryStores fakes = new InMemoryStores();
    private final InMemoryObjects bucket = new InMemoryObjects();
    private final S3ReportIngestHandler handler = new S3ReportIngestHandler(
            S3ReportIngestHandler.wire(ConfigLoader.fromClasspath(), FakeStores.of(fakes)), bucket, bucket);

    @BeforeEach
    void aUrlWasIssued() {
        fakes.uploads().create(Upload.pending(UPLOAD_ID, "73730123", "personeel", "2027", "Personeel 2027.csv",
                "text/csv", KEY, Instant.parse("2028-01-10T09:00:00Z")));
    }

    private JsonNode ingest() {
        return LambdaJson.answer(handler.handleRequest(LambdaJson.event("s3-report-created.json", S3Event.class), null));
    }

    private JsonNode providerReport() {
        return JsonMapper.builder().build().readTree(bucket.get(BUCKET, REPORT));
    }

    @Test
    void aValidReportIsAcceptedWithItsRowsAndTheProviderFindsTheOutcomeBesideIt() {
        bucket.putResource(BUCKET, KEY, "personeel-2027.csv");

        JsonNode outcome = ingest().get(0);

        assertThat(outcome.path("object").asString()).isEqualTo(KEY);
        assertThat(outcome.path("status").asString()).isEqualTo("accepted");
        assertThat(outcome.path("rows").asInt()).isEqualTo(1);
        assertThat(fakes.uploads().find(UPLOAD_ID)).hasValueSatisfying(u -> {
            assertThat(u.status()).isEqualTo(UploadStatus.ACCEPTED);
            assertThat(u.rowCount()).isEqualTo(1);
        });
        assertThat(fakes.reportRows().rowCount()).isEqualTo(1);
        assertThat(providerReport().path("status").asString()).isEqualTo("accepted");
        assertThat(providerReport().path("fileName").asString()).isEqualTo("Personeel 2027.csv");
    }

    @Test
    void aFileThatDoesNotFitItsTemplateIsRefusedWithDutchReasonsAndStoresNoRow() {
        bucket.putResource(BUCKET, KEY, "personeel-refused.csv");

        JsonNode outcome = ingest().get(0);

        assertThat(outcome.path("status").asString()).isEqualTo("rejected");
        assertThat(outcome.path("errors").asInt()).isPositive();
        assertThat(fakes.reportRows().rowCount()).isZero();
        JsonNode report = providerReport();
        assertThat(report.path("status").asString()).isEqualTo("rejected");
        assertThat(report.path("errors").get(0).path("message").asString()).containsAnyOf("kolom", "Kolom");
    }

    @Test
    void aRedeliveredEventLeavesTheOutcomeAsItWas() {
        bucket.putResource(BUCKET, KEY, "personeel-2027.csv");
        ingest();
        Upload first = fakes.uploads().find(UPLOAD_ID).orElseThrow();

        JsonNode again = ingest().get(0);

        assertThat(fakes.uploads().find(UPLOAD_ID)).contains(first);
        assertThat(fakes.reportRows().rowCount()).isEqualTo(1);
        assertThat(again.path("status").asString()).isNotEqualTo("pending");
    }
}
