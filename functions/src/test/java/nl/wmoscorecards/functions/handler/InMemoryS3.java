package nl.wmoscorecards.functions.handler;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.DeleteObjectsRequest;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectResponse;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * One bucket in memory behind the S3 client calls the site publish makes (get, list, put, delete), with S3's ETag of a
 * single-part upload (the MD5 of its bytes); any other call fails as the SDK's default does.
 */
final class InMemoryS3 implements S3Client {
    record StoredObject(byte[] bytes, String contentType, String cacheControl) {
    }

    private final Map<String, StoredObject> objects = new TreeMap<>();
    private final List<String> written = new ArrayList<>();

    Map<String, StoredObject> objects() {
        return objects;
    }

    /** The keys put, in order. */
    List<String> written() {
        return written;
    }

    void put(String key, String text) {
        objects.put(key, new StoredObject(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain", null));
    }

    @Override
    public PutObjectResponse putObject(PutObjectRequest request, RequestBody body) {
        try (var in = body.contentStreamProvider().newStream()) {
            byte[] bytes = in.readAllBytes();
            objects.put(request.key(), new StoredObject(bytes, request.contentType(), request.cacheControl()));
            written.add(request.key());
            return PutObjectResponse.builder().eTag('"' + md5(bytes) + '"').build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The previous publish, as the revision log reads it; S3's NoSuchKey for a key the bucket does not hold. */
    @Override
    public ResponseBytes<GetObjectResponse> getObjectAsBytes(GetObjectRequest request) {
        StoredObject object = objects.get(request.key());
        if (object == null) {
            throw NoSuchKeyException.builder().message("no such key: " + request.key()).build();
        }
        return ResponseBytes.fromByteArray(GetObjectResponse.builder().contentType(object.contentType()).build(),
                object.bytes().clone());
    }

    @Override
    public ListObjectsV2Response listObjectsV2(ListObjectsV2Request request) {
        String prefix = request.prefix() == null ? "" : request.prefix();
        return ListObjectsV2Response.builder().isTruncated(false)
                .contents(objects.entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                        .map(e -> S3Object.builder().key(e.getKey()).eTag('"' + md5(e.getValue().bytes()) + '"').build())
                        .toList())
                .build();
    }

    @Override
    public DeleteObjectsResponse deleteObjects(DeleteObjectsRequest request) {
        request.delete().objects().forEach(o -> objects.remove(o.key()));
        return DeleteObjectsResponse.builder().build();
    }

    @Override
    public String serviceName() {
        return "s3";
    }

    @Override
    public void close() {
    }

    private static String md5(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
