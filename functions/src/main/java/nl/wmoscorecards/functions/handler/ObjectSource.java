package nl.wmoscorecards.functions.handler;

import java.io.InputStream;
import software.amazon.awssdk.services.s3.S3Client;

/** Opens an object named in an S3 event. In AWS: S3 GetObject; the local runtime reads its own bucket. */
@FunctionalInterface
public interface ObjectSource {
    InputStream open(String bucket, String key);

    /** S3 GetObject: how both ingest functions read the object their event names. */
    static ObjectSource s3(S3Client s3) {
        return (bucket, key) -> s3.getObject(b -> b.bucket(bucket).key(key));
    }
}
