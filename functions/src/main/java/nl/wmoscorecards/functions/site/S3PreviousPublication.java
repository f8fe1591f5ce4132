package nl.wmoscorecards.functions.site;

import java.util.Optional;
import nl.wmoscorecards.site.PreviousPublication;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/**
 * The previous publish as it is in the site bucket: the files the revision log reads (a year's results and the
 * log itself) are fetched from bucket/prefix before the new site is synced over them.
 */
public final class S3PreviousPublication implements PreviousPublication {
    private final S3Client s3;
    private final String bucket;
    private final String base;

    public S3PreviousPublication(S3Client s3, String bucket, String prefix) {
        this.s3 = s3;
        this.bucket = bucket;
        this.base = prefix == null || prefix.isBlank() ? "" : prefix.replaceAll("/+$", "") + "/";
    }

    @Override
    public Optional<byte[]> read(String sitePath) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(base + sitePath)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }
}
