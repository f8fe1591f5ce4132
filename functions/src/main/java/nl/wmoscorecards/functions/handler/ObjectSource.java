package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.events.models.s3.S3EventNotification.S3EventNotificationRecord;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.services.s3.S3Client;

/** Opens an object named in an S3 event. In AWS: S3 GetObject; the local runtime reads its own bucket. */
@FunctionalInterface
public interface ObjectSource {
    InputStream open(String bucket, String key);

    /** The object key an S3 event names; keys arrive URL-encoded (a space as '+'). */
    static String keyOf(S3EventNotificationRecord record) {
        return URLDecoder.decode(record.getS3().getObject().getKey(), StandardCharsets.UTF_8);
    }

    /** S3 GetObject: how both ingest functions read the object their event names. */
    static ObjectSource s3(S3Client s3) {
        return (bucket, key) -> s3.getObject(b -> b.bucket(bucket).key(key));
    }
}
