package nl.wmoscorecards.functions.handler;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A bucket in memory for the ingest handlers: what they read (ObjectSource) and the reports they write. */
final class InMemoryObjects implements ObjectSource, S3ReportIngestHandler.ReportWriter {
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();

    InMemoryObjects put(String bucket, String key, byte[] bytes) {
        objects.put(bucket + "/" + key, bytes);
        return this;
    }

    /** Puts a test resource (src/test/resources/objects/...) under the key. */
    InMemoryObjects putResource(String bucket, String key, String resource) {
        try (InputStream in = InMemoryObjects.class.getResourceAsStream("/objects/" + resource)) {
            return put(bucket, key, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] get(String bucket, String key) {
        return objects.get(bucket + "/" + key);
    }

    @Override
    public InputStream open(String bucket, String key) {
        byte[] bytes = get(bucket, key);
        if (bytes == null) {
            throw new IllegalStateException("NoSuchKey: s3://" + bucket + "/" + key);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public void write(String bucket, String key, byte[] json) {
        put(bucket, key, json);
    }
}
