package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.events.S3Event;
import java.util.List;

/** An object an S3 ObjectCreated event names, as both ingest functions read their events: one per record. */
record CreatedObject(String bucket, String key, long size) {

    static List<CreatedObject> of(S3Event event) {
        return event.getRecords().stream()
                .map(r -> new CreatedObject(r.getS3().getBucket().getName(), ObjectSource.keyOf(r),
                        r.getS3().getObject().getSizeAsLong()))
                .toList();
    }

    /** For messages: s3://bucket/key. */
    String uri() {
        return "s3://" + bucket + "/" + key;
    }
}
