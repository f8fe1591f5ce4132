package nl.wmoscorecards.functions.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.wmoscorecards.application.SiteContentTypes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Makes bucket/prefix equal to a generated site folder: uploads new and changed files with their content
 * type and cache header, skips unchanged ones (same MD5 as the object's ETag), and deletes objects the
 * site no longer has. Uploads come first, deletes last, so readers never follow a link into a gap.
 */
public final class S3SiteSync {
    private static final int DELETE_BATCH = 1000;
    private final S3Client s3;

    public S3SiteSync(S3Client s3) {
        this.s3 = s3;
    }

    public record Outcome(int uploaded, int unchanged, int deleted) {
    }

    public Outcome sync(Path siteFolder, String bucket, String prefix) throws IOException {
        String base = prefix == null || prefix.isBlank() ? "" : prefix.replaceAll("/+$", "") + "/";
        Map<String, String> existing = existingETags(bucket, base);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(siteFolder)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
        int uploaded = 0;
        int unchanged = 0;
        for (Path file : files) {
            String key = base + siteFolder.relativize(file).toString().replace('\\', '/');
            byte[] bytes = Files.readAllBytes(file);
            if (md5(bytes).equals(existing.remove(key))) {
                unchanged++;
                continue;
            }
            s3.putObject(b -> b.bucket(bucket).key(key).contentType(SiteContentTypes.contentType(key))
                    .cacheControl(SiteContentTypes.cacheControl(key)), RequestBody.fromBytes(bytes));
            uploaded++;
        }
        List<String> stale = new ArrayList<>(existing.keySet());
        for (int from = 0; from < stale.size(); from += DELETE_BATCH) {
            List<ObjectIdentifier> batch = stale.subList(from, Math.min(stale.size(), from + DELETE_BATCH)).stream()
                    .map(k -> ObjectIdentifier.builder().key(k).build()).toList();
            s3.deleteObjects(b -> b.bucket(bucket).delete(Delete.builder().objects(batch).quiet(true).build()));
        }
        return new Outcome(uploaded, unchanged, stale.size());
    }

    private Map<String, String> existingETags(String bucket, String base) {
        Map<String, String> etags = new HashMap<>();
        for (S3Object object : s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(base)).contents()) {
            etags.put(object.key(), object.eTag() == null ? "" : object.eTag().replace("\"", ""));
        }
        return etags;
    }

    private static String md5(byte[] bytes) {
        try {
            // The ETag of a single-part upload is the MD5 of its bytes: a cheap "unchanged" test, not security.
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("MD5 unavailable", e));
        }
    }
}
