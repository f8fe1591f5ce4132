package nl.wmoscorecards.tests.upload;

import static nl.wmoscorecards.tests.upload.UploadApiClient.request;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import nl.wmoscorecards.core.ingest.ReportIngest;
import nl.wmoscorecards.core.privacy.Bsn;
import nl.wmoscorecards.core.report.ColumnType;
import nl.wmoscorecards.core.report.Frequency;
import nl.wmoscorecards.core.report.ReportColumn;
import nl.wmoscorecards.core.report.ReportFileReader;
import nl.wmoscorecards.core.report.ReportProblem;
import nl.wmoscorecards.core.report.ReportRow;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.core.report.ReportTypeCatalog;
import nl.wmoscorecards.core.upload.ObjectKey;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.local.runtime.S3Notifications;
import nl.wmoscorecards.tests.upload.UploadApiClient.Answer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;

/**
 * Report uploads on the real embedded store and S3 server: a BSN in a file name or in any cell is found
 * nowhere the system keeps or shows (uploads table, GET /uploads/{id}, the report kept in the bucket, API
 * refusals); long cells and failing stores end the upload in a final state with a Dutch message.
 */
@Tag("integration")
class UploadPrivacyTest extends OneProviderUploadApi {
    private static final String BSN = testBsn(5);

    /** Asks a URL for the file name, PUTs the bytes, delivers the event; returns the upload's id. */
    private String upload(String type, String fileName, byte[] bytes) throws Exception {
        Answer issued = api.post(key, request(type, "2025", fileName, CSV));
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
        assertThat(api.put(issued.text("url"), CSV, bytes)).isEqualTo(200);
        Upload pending = runtime.uploadStore().find(issued.text("uploadId")).orElseThrow();
        runtime.reportIngestHandler().handleRequest(
                S3Notifications.objectCreated(runtime.s3().bucket(), pending.objectKey(), bytes.length), null);
        return pending.uploadId();
    }

    private String everythingKept(String uploadId) throws Exception {
        StringBuilder all = new StringBuilder(api.get(key, "/uploads/" + uploadId).body().toString());
        all.append(new String(runtime.s3().client().getObjectAsBytes(b -> b.bucket(runtime.s3().bucket())
                .key("reports/" + AGB + "/" + uploadId + ".json")).asByteArray(), StandardCharsets.UTF_8));
        for (String table : runtime.dynamoDb().listTables().tableNames()) {
            runtime.dynamoDb().scanPaginator(ScanRequest.builder().tableName(table).build()).items()
                    .forEach(item -> all.append(item).append('\n'));
        }
        return all.toString();
    }

    @Test
    void aBsnInTheFileNameAndInTheCellsIsKeptAndShownNowhere() throws Exception {
        // The BSN in a date, a municipality, a choice and the free text, and an address in the free text.
        String file = "datum;gemeente;soort;gemeld bij toezichthouder;omschrijving\n"
                + BSN + ";0479;calamiteit;ja;Client met BSN " + BSN + " (Dorpsstraat 1, 1234 AB Ons Dorp)\n"
                + "12-03-2025;" + BSN + ";" + BSN + ";ja;val\n";

        String uploadId = upload("calamiteiten", "client-" + BSN + ".csv", file.getBytes(StandardCharsets.UTF_8));

        Upload done = runtime.uploadStore().find(uploadId).orElseThrow();
        assertThat(done.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(done.fileName()).isEqualTo("client-*******" + BSN.substring(7) + ".csv");
        assertThat(done.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.column()).isEqualTo("omschrijving");
            assertThat(p.value()).isNull();
            assertThat(p.messageNl()).contains("Rij 2, kolom 'omschrijving'").contains("BSN");
        });
        String kept = everythingKept(uploadId);
        assertThat(kept).contains("client-*******").doesNotContain(BSN).doesNotContain("Dorpsstraat");
        assertThat(runtime.stores().reportRows().rows(done, runtime.config().reportTypes().type("calamiteiten").orElseThrow()))
                .isEmpty();
    }

    @Test
    void anApiRefusalDoesNotRepeatABsnTheCallerSent() throws Exception {
        Answer type = api.post(key, request(BSN, "2025", "a.csv", CSV));
        Answer contentType = api.post(key, request("cto", "2025", "a.csv", "text/" + BSN));

        assertThat(type.status()).isEqualTo(400);
        assertThat(contentType.status()).isEqualTo(400);
        assertThat(type.body().toString() + contentType.body()).doesNotContain(BSN).contains("*******");
    }

    @Test
    void tenCellsOfSixtyThousandCharactersEndTheUploadRejectedWithShortProblems() throws Exception {
        StringBuilder file = new StringBuilder("datum;gemeente;soort;gemeld bij toezichthouder;omschrijving\n");
        for (int i = 0; i < 10; i++) {
            file.append("12-03-2025;0479;incident;nee;").append("x".repeat(60_000)).append('\n');
        }

        String uploadId = upload("calamiteiten", "lang.csv", file.toString().getBytes(StandardCharsets.UTF_8));

        Upload done = runtime.uploadStore().find(uploadId).orElseThrow();
        assertThat(done.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(done.problems()).hasSize(10).allSatisfy(p -> assertThat(p.value()).hasSizeLessThanOrEqualTo(80));
        assertThat(api.get(key, "/uploads/" + uploadId).body().toString()).hasSizeLessThan(20_000);
    }

    @Test
    void aRowLargerThanAStoredItemMayBeIsRefusedNamingTheRowAndNothingIsStored() throws Exception {
        List<ReportColumn> columns = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            columns.add(new ReportColumn("t" + i, "tekst" + i, ColumnType.TEXT, true, null, null, null, null, null, "vrij"));
        }
        ReportType wide = new ReportType("cto", "Breed", "test", Frequency.YEARLY, false, false, columns);
        Upload pending = pendingUpload("breed.xlsx");
        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook workbook = new org.dhatim.fastexcel.Workbook(xlsx, "test", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = workbook.newWorksheet("Blad1");
        for (int c = 0; c < 15; c++) {
            sheet.value(0, c, "tekst" + c);
            sheet.value(1, c, "kort");
            sheet.value(2, c, "y".repeat(30_000)); // each cell within Excel's limit, the row not within an item's
        }
        workbook.finish();
        byte[] file = xlsx.toByteArray();

        Upload done = ingest(new ReportTypeCatalog(List.of(wide)), runtime.stores().reportRows(), pending, file);

        assertThat(done.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(done.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.messageNl()).startsWith("Rij 3 is te groot om op te slaan");
        });
        assertThat(runtime.stores().reportRows().rows(done, wide)).isEmpty();
    }

    @Test
    void aStoreThatFailsEndsTheUploadRejectedWithADutchMessageAndNoRows() throws Exception {
        ReportRowStore real = runtime.stores().reportRows();
        ReportRowStore failing = new ReportRowStore() {
            @Override
            public void save(Upload upload, List<ReportRow> rows) {
                real.save(upload, rows.subList(0, 1)); // half written, then the store gives out
                throw new IllegalStateException("Unable to execute HTTP request: Connection refused");
            }

            @Override
            public List<ReportRow> rows(Upload upload, ReportType type) {
                return real.rows(upload, type);
            }

            @Override
            public void delete(Upload upload) {
                real.delete(upload);
            }
        };
        Upload pending = pendingUpload("cto.csv");
        byte[] file = "gemeente;datum;cijfer\n0479;12-03-2025;8\n0479;13-03-2025;9\n".getBytes(StandardCharsets.UTF_8);

        Upload done = ingest(runtime.config().reportTypes(), failing, pending, file);

        assertThat(done.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(runtime.uploadStore().find(pending.uploadId()).orElseThrow().status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(done.problems()).singleElement().satisfies(p -> assertThat(p.messageNl())
                .contains("door een storing bij ons niet worden verwerkt").contains(pending.uploadId()));
        assertThat(real.rows(done, runtime.config().reportTypes().type("cto").orElseThrow())).isEmpty();
        assertThat(runtime.stores().surveyResponses().responsesOf("0479", 2025)).isEmpty();
    }

    @Test
    void anOutcomeWithMoreProblemsThanAnItemHoldsIsStillRecorded() {
        Upload pending = pendingUpload("veel.csv");
        List<ReportProblem> problems = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            problems.add(new ReportProblem(i + 2, "omschrijving", "v".repeat(500), "m".repeat(5_000), "e".repeat(5_000)));
        }

        boolean recorded = runtime.uploadStore().complete(pending.completed(UploadStatus.REJECTED, problems, 0, "h",
                java.time.Instant.now(), null));

        Upload stored = runtime.uploadStore().find(pending.uploadId()).orElseThrow();
        assertThat(recorded).isTrue();
        assertThat(stored.status()).isEqualTo(UploadStatus.REJECTED);
        assertThat(stored.problems().get(stored.problems().size() - 1).messageNl()).startsWith("En nog ");
    }

    private Upload pendingUpload(String fileName) {
        String uploadId = java.util.UUID.randomUUID().toString();
        String objectKey = new ObjectKey(AGB, "cto", "2025", uploadId, ".csv").toString();
        Upload pending = Upload.pending(uploadId, AGB, "cto", "2025", fileName, CSV, objectKey, java.time.Instant.now());
        runtime.uploadStore().create(pending);
        return pending;
    }

    private Upload ingest(ReportTypeCatalog types, ReportRowStore rows, Upload pending, byte[] file) throws Exception {
        ReportIngest ingest = new ReportIngest(types, new ReportFileReader(runtime.config().regions()), runtime.uploadStore(),
                rows, runtime.stores().surveyResponses(), Clock.systemUTC(), ReportIngest.DEFAULT_MAX_BYTES);
        return ingest.ingest(pending.objectKey(), file.length, () -> new java.io.ByteArrayInputStream(file)).orElseThrow();
    }

    /** An elfproef-valid number from the test range 999900006-999999990. */
    private static String testBsn(int index) {
        int seen = 0;
        for (long n = 999_900_006L; ; n++) {
            if (Bsn.isValid(Long.toString(n)) && seen++ == index) {
                return Long.toString(n);
            }
        }
    }
}
