package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.ReportIngest;
import nl.wmoscorecards.core.report.ReportFileReader;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.functions.upload.UploadView;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * report-ingest: a provider's upload landed under incoming/; validate it and record the outcome, and put
 * the provider's error report next to it under reports/. A redelivered event changes nothing.
 */
public final class S3ReportIngestHandler implements RequestHandler<S3Event, List<Map<String, Object>>> {
    /** Where the upload's report goes: the provider fetches it through GET /uploads/{id}, and it is kept. */
    @FunctionalInterface
    public interface ReportWriter {
        void write(String bucket, String key, byte[] json);
    }

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final ReportIngest ingest;
    private final ObjectSource objects;
    private final ReportWriter reports;

    public S3ReportIngestHandler() {
        this(wire(ConfigLoader.fromEnvironment(), Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment())),
                AwsClients.s3());
    }

    private S3ReportIngestHandler(ReportIngest ingest, S3Client s3) {
        this(ingest, ObjectSource.s3(s3),
                (bucket, key, json) -> s3.putObject(b -> b.bucket(bucket).key(key).contentType("application/json"),
                        RequestBody.fromBytes(json)));
    }

    public S3ReportIngestHandler(ReportIngest ingest, ObjectSource objects, ReportWriter reports) {
        this.ingest = ingest;
        this.objects = objects;
        this.reports = reports;
    }

    public static ReportIngest wire(ScorecardsConfig config, Stores stores) {
        long maxBytes = Optional.ofNullable(System.getenv("MAX_UPLOAD_BYTES")).map(Long::parseLong)
                .orElse(ReportIngest.DEFAULT_MAX_BYTES);
        return new ReportIngest(config.reportTypes(), new ReportFileReader(config.regions()), stores.uploads(),
                stores.reportRows(), stores.surveyResponses(), Clock.systemUTC(), maxBytes);
    }

    @Override
    public List<Map<String, Object>> handleRequest(S3Event event, Context context) {
        return Telemetry.invocation(context, () -> CreatedObject.of(event).stream().map(this::ingest).toList());
    }

    private Map<String, Object> ingest(CreatedObject object) {
        Optional<Upload> upload;
        try {
            upload = ingest.ingest(object.key(), object.size(), () -> objects.open(object.bucket(), object.key()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + object.uri(), e);
        }
        upload.ifPresent(u -> reports.write(object.bucket(), "reports/" + u.provider() + "/" + u.uploadId() + ".json",
                JSON.writeValueAsBytes(UploadView.of(u))));
        upload.ifPresent(u -> {
            Telemetry.count(u.status() == UploadStatus.ACCEPTED ? "ReportUploadsAccepted" : "ReportUploadsRefused", 1);
            Telemetry.count("ReportRowsStored", u.rowCount());
        });
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("object", object.key());
        outcome.put("status", upload.map(u -> u.status().name().toLowerCase(java.util.Locale.ROOT)).orElse("ignored"));
        outcome.put("rows", upload.map(Upload::rowCount).orElse(0));
        outcome.put("errors", upload.map(u -> u.problems().size()).orElse(0));
        return outcome;
    }
}
