package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.PseudonymKeySecret;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * allocation-ingest: an export of allocation messages lands in S3; fold it into the allocations table.
 * Returns, per object, the counts and errors; a redelivered event changes nothing.
 */
public final class S3AllocationIngestHandler implements RequestHandler<S3Event, List<Map<String, Object>>> {
    private static final Logger LOG = LoggerFactory.getLogger(S3AllocationIngestHandler.class);
    private final AllocationIngest ingest;
    private final ObjectSource objects;

    /** For Lambda: clients and configuration from the environment. */
    public S3AllocationIngestHandler() {
        this(new AllocationIngest(Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()).allocations(),
                        ConfigLoader.fromEnvironment().regions(), new Pseudonymizer(PseudonymKeySecret.resolve())),
                ObjectSource.s3(AwsClients.s3()));
    }

    public S3AllocationIngestHandler(AllocationIngest ingest, ObjectSource objects) {
        this.ingest = ingest;
        this.objects = objects;
    }

    @Override
    public List<Map<String, Object>> handleRequest(S3Event event, Context context) {
        return Telemetry.invocation(context, () -> CreatedObject.of(event).stream().map(this::ingest).toList());
    }

    private Map<String, Object> ingest(CreatedObject object) {
        IngestReport report;
        try (InputStream in = objects.open(object.bucket(), object.key())) {
            report = ingest.ingest(object.key(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + object.uri(), e);
        }
        Telemetry.count("AllocationEventsAccepted", report.accepted());
        Telemetry.count("AllocationEventsRefused", report.errorCount());
        LOG.info("Ingested {}: {} events accepted, {} errors", object.uri(), report.accepted(), report.errorCount());
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("object", object.key());
        outcome.put("accepted", report.accepted());
        outcome.put("errorCount", report.errorCount());
        outcome.put("errors", report.errors().stream().map(e -> e.describe()).toList());
        return outcome;
    }
}
