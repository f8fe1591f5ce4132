package nl.wmoscorecards.functions.handler;

import java.io.InputStream;

/** Opens an object named in an S3 event. In AWS: S3 GetObject; the local runtime reads its own bucket. */
@FunctionalInterface
public interface ObjectSource {
    InputStream open(String bucket, String key);
}
