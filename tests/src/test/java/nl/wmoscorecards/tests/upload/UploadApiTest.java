package nl.wmoscorecards.tests.upload;

import static nl.wmoscorecards.tests.upload.TwoProviders.AGB_A;
import static nl.wmoscorecards.tests.upload.TwoProviders.AGB_B;
import static nl.wmoscorecards.tests.upload.TwoProviders.CSV;
import static nl.wmoscorecards.tests.upload.TwoProviders.CTO_FILE;
import static nl.wmoscorecards.tests.upload.TwoProviders.keyForA;
import static nl.wmoscorecards.tests.upload.TwoProviders.keyForB;
import static nl.wmoscorecards.tests.upload.UploadApiClient.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.functions.handler.ApiUploadsHandler;
import nl.wmoscorecards.local.runtime.LocalApiServer;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.tests.upload.UploadApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The upload API end to end over HTTP on loopback: API keys, the same handler as in AWS, pre-signed PUTs
 * to S3Proxy, which checks signatures as S3 does.
 */
@Tag("integration")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UploadApiTest {
    @TempDir
    static Path work; // static: created before @BeforeAll
    private LocalRuntime runtime;
    private URI endpoint;
    private UploadApiClient api;
    private String keyA;
    private String keyB;

    @BeforeAll
    void start() throws IOException {
        runtime = LocalRuntime.inMemory(work.resolve("data"), "k".repeat(32).getBytes(StandardCharsets.US_ASCII));
        keyA = keyForA(runtime.providerKeys());
        keyB = keyForB(runtime.providerKeys());
        endpoint = runtime.startApi().endpoint();
        api = new UploadApiClient(endpoint);
    }

    @AfterAll
    void stop() {
        runtime.close();
    }

    private Answer askUrl(String key) throws Exception {
        Answer answer = api.post(key, request("cto", "2025", "cto 2025.csv", CSV));
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer;
    }

    private String expectedKey(String agb, Answer issued) {
        return "incoming/" + agb + "/cto/2025/" + issued.text("uploadId") + ".csv";
    }

    private byte[] object(String key) {
        return runtime.s3().client().getObjectAsBytes(b -> b.bucket(runtime.s3().bucket()).key(key)).asByteArray();
    }

    private boolean exists(String key) {
        try {
            object(key);
            return true;
        } catch (NoSuchKeyException e) {
            return false;
        }
    }

    @Test
    void aProviderPutsItsFileThroughTheUrlItIsGivenUnderAKeyTheServerChose() throws Exception {
        Answer issued = askUrl(keyA);
        assertThat(issued.body().path("headers").path("Content-Type").asString()).isEqualTo(CSV);
        String key = expectedKey(AGB_A, issued);
        assertThat(URI.create(issued.text("url")).getPath()).isEqualTo("/" + runtime.s3().bucket() + "/" + key);

        int status = api.put(issued.text("url"), CSV, CTO_FILE);

        assertThat(status).isEqualTo(200);
        assertThat(object(key)).isEqualTo(CTO_FILE);
        Upload recorded = runtime.uploadStore().find(issued.text("uploadId")).orElseThrow();
        assertThat(recorded.provider()).isEqualTo(AGB_A);
        assertThat(recorded.objectKey()).isEqualTo(key);
        assertThat(recorded.fileName()).isEqualTo("cto 2025.csv");
        assertThat(recorded.status()).isEqualTo(UploadStatus.PENDING);
    }

    @Test
    void theUrlExpiresFifteenMinutesAfterItIsIssued() throws Exception {
        Instant before = Instant.now();
        Answer issued = askUrl(keyA);
        Instant after = Instant.now();

        assertThat(URI.create(issued.text("url")).getRawQuery()).contains("X-Amz-Expires=900");
        Instant expiresAt = Instant.parse(issued.text("expiresAt"));
        assertThat(expiresAt).isBetween(before.plus(Duration.ofMinutes(15)).truncatedTo(ChronoUnit.SECONDS),
                after.plus(Duration.ofMinutes(15)).plusSeconds(1));
    }

    @Test
    void aPutWithAnotherContentTypeIsRefused() throws Exception {
        Answer issued = askUrl(keyA);

        assertThat(api.put(issued.text("url"), "application/pdf", CTO_FILE)).isEqualTo(403);
        assertThat(exists(expectedKey(AGB_A, issued))).isFalse();
    }

    @Test
    void aUrlWithAnotherKeyIsRefused() throws Exception {
        Answer issued = askUrl(keyB);
        String url = issued.text("url");
        String otherUpload = url.replace(issued.text("uploadId"), UUID.randomUUID().toString());
        String intoA = url.replace("/incoming/" + AGB_B + "/", "/incoming/" + AGB_A + "/");

        assertThat(api.put(otherUpload, CSV, CTO_FILE)).isEqualTo(403);
        assertThat(api.put(intoA, CSV, CTO_FILE)).isEqualTo(403);
        assertThat(exists(expectedKey(AGB_A, issued))).isFalse();
    }

    @Test
    void anExpiredUrlIsRefused() throws Exception {
        ApiUploadsHandler shortLived = new ApiUploadsHandler(runtime.uploadStore(), runtime.config().reportTypes(),
                runtime.s3().presigner(), runtime.s3().bucket(), Clock.systemUTC(), () -> UUID.randomUUID().toString(),
                Duration.ofSeconds(1));
        try (LocalApiServer server = LocalApiServer.start(shortLived, runtime.providerKeys(), 0)) {
            Answer issued = new UploadApiClient(server.endpoint()).post(keyA, request("cto", "2025", "cto.csv", CSV));
            assertThat(issued.status()).isEqualTo(201);
            Thread.sleep(2_500);

            assertThat(api.put(issued.text("url"), CSV, CTO_FILE)).isEqualTo(403);
            assertThat(exists(expectedKey(AGB_A, issued))).isFalse();
        }
    }

    @Test
    void theKeyAlwaysCarriesTheCallersOwnAgbWhateverTheBodySays() throws Exception {
        Map<String, String> body = new HashMap<>(request("cto", "2025", "cto.csv", CSV));
        body.put("agb", AGB_A);
        body.put("provider", AGB_A);
        body.put("objectKey", "incoming/" + AGB_A + "/cto/2025/mine.csv");

        Answer issued = api.post(keyB, body);

        assertThat(issued.status()).isEqualTo(201);
        assertThat(URI.create(issued.text("url")).getPath()).endsWith("/" + expectedKey(AGB_B, issued));
        assertThat(runtime.uploadStore().find(issued.text("uploadId")).orElseThrow().provider()).isEqualTo(AGB_B);
    }

    @Test
    void onlyTheOwnerSeesAnUploadsStatusAndOthersCannotTellItExists() throws Exception {
        String uploadId = askUrl(keyA).text("uploadId");

        Answer owner = api.get(keyA, "/uploads/" + uploadId);
        Answer other = api.get(keyB, "/uploads/" + uploadId);
        Answer unknown = api.get(keyB, "/uploads/" + UUID.randomUUID());

        assertThat(owner.status()).isEqualTo(200);
        assertThat(owner.text("status")).isEqualTo("pending");
        assertThat(owner.text("fileName")).isEqualTo("cto 2025.csv");
        assertThat(owner.body().path("errors").isArray()).isTrue();
        assertThat(other.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(other.body()).isEqualTo(unknown.body());
    }

    @Test
    void aRejectedUploadShowsItsProblemsInDutch() throws Exception {
        String uploadId = askUrl(keyA).text("uploadId");
        Upload pending = runtime.uploadStore().find(uploadId).orElseThrow();
        ReportProblem problem = new ReportProblem(3, "cijfer", "11", "Het cijfer moet tussen 1 en 10 liggen.",
                "grade must be between 1 and 10");
        runtime.uploadStore().complete(pending.completed(UploadStatus.REJECTED, List.of(problem), 2, "abc",
                Instant.parse("2026-03-01T10:00:00Z"), null));

        Answer status = api.get(keyA, "/uploads/" + uploadId);

        assertThat(status.text("status")).isEqualTo("rejected");
        assertThat(status.body().path("rowCount").asInt()).isEqualTo(2);
        assertThat(status.text("completedAt")).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(status.body().path("errors").get(0).path("row").asInt()).isEqualTo(3);
        assertThat(status.body().path("errors").get(0).path("column").asString()).isEqualTo("cijfer");
        assertThat(status.body().path("errors").get(0).path("value").asString()).isEqualTo("11");
        assertThat(status.body().path("errors").get(0).path("message").asString())
                .isEqualTo("Het cijfer moet tussen 1 en 10 liggen.");
    }

    @Test
    void withoutAValidKeyTheApiAnswers401() throws Exception {
        char last = keyA.charAt(keyA.length() - 1);
        String forged = keyA.substring(0, keyA.length() - 1) + (last == 'A' ? 'B' : 'A');
        String unknown = "wsk_" + "A".repeat(43);

        for (String key : new String[] {null, unknown, forged, "", AGB_A}) {
            Answer answer = api.post(key, request("cto", "2025", "cto.csv", CSV));
            assertThat(answer.status()).as("key %s", key).isEqualTo(401);
            assertThat(answer.text("error")).contains("Niet aangemeld");
        }
        Answer basic = api.send(null, HttpRequest.newBuilder(endpoint.resolve("/uploads/x"))
                .header("Authorization", "Basic " + keyA).GET());
        assertThat(basic.status()).isEqualTo(401);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            unknown report type         | jaarverslag  | 2025 | a.csv | text/csv        | reportType  | Onbekend rapporttype
            period not a year           | cto          | 20xx | a.csv | text/csv        | period      | geen jaartal
            period before 2000          | cto          | 1999 | a.csv | text/csv        | period      | geen jaartal
            period after 2100           | cto          | 2101 | a.csv | text/csv        | period      | geen jaartal
            extension not for a table   | cto          | 2025 | a.pdf | application/pdf | fileName    | moet de bestandsnaam eindigen op .csv of .xlsx
            extension not for a document| verbeterplan | 2025 | a.csv | text/csv        | fileName    | eindigen op .pdf
            content type not extension  | cto          | 2025 | a.csv | application/pdf | contentType | past niet bij de extensie .csv
            xlsx as csv                 | cto          | 2025 | a.xlsx| text/csv        | contentType | past niet bij de extensie .xlsx
            folder in the file name     | cto          | 2025 | ../a.csv | text/csv     | fileName    | zonder mapnamen
            """)
    void aWrongFieldIsNamedWithADutchMessage(String why, String type, String period, String fileName, String contentType,
                                             String field, String message) throws Exception {
        Answer answer = api.post(keyA, request(type, period, fileName, contentType));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.text("field")).isEqualTo(field);
        assertThat(answer.text("error")).contains(message);
    }

    @Test
    void aMissingFieldOrABodyThatIsNoJsonObjectIs400() throws Exception {
        Map<String, String> noPeriod = new HashMap<>(request("cto", "2025", "a.csv", CSV));
        noPeriod.remove("period");
        Answer missing = api.post(keyA, noPeriod);
        Answer notJson = api.send(keyA, HttpRequest.newBuilder(endpoint.resolve("/uploads"))
                .POST(HttpRequest.BodyPublishers.ofString("reportType=cto")));

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text("field")).isEqualTo("period");
        assertThat(missing.text("error")).contains("Vul de periode in");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.text("error")).contains("JSON-object");
    }

    @Test
    void aDocumentTypeTakesAPdf() throws Exception {
        Answer issued = api.post(keyA, request("verbeterplan", "2026", "Verbeterplan.pdf", "application/pdf"));

        assertThat(issued.status()).isEqualTo(201);
        assertThat(api.put(issued.text("url"), "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(200);
        assertThat(exists("incoming/" + AGB_A + "/verbeterplan/2026/" + issued.text("uploadId") + ".pdf")).isTrue();
    }

    @Test
    void otherRoutesAre404AndOtherMethods405() throws Exception {
        // GET /uploads lists the provider's own uploads (the upload page); DELETE is no route.
        assertThat(api.send(keyA, HttpRequest.newBuilder(endpoint.resolve("/uploads")).DELETE()).status()).isEqualTo(405);
        assertThat(api.send(keyA, HttpRequest.newBuilder(endpoint.resolve("/uploads/x"))
                .DELETE()).status()).isEqualTo(405);
        assertThat(api.get(keyA, "/reports").status()).isEqualTo(404);
    }
}
