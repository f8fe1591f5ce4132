package nl.wmoscorecards.functions.site;

import java.util.Optional;
import nl.wmoscorecards.application.RegionalInternalEdition;
import nl.wmoscorecards.application.SiteContentTypes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;

/** The internal bucket with one prefix per contracting region ({@code REGION/}), each region's own edition. */
public final class S3RegionalEditions implements RegionalInternalEdition.Target {
    private final S3Client s3;
    private final String bucket;

    public S3RegionalEditions(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    public static String prefix(String region) {
        return region + "/";
    }

    @Override
    public Optional<byte[]> read(String region, String sitePath) {
        try {
            return Optional.of(s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix(region) + sitePath)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        }
    }

    @Override
    public void write(String region, String sitePath, byte[] bytes) {
        s3.putObject(b -> b.bucket(bucket).key(prefix(region) + sitePath).contentType(SiteContentTypes.contentType(sitePath))
                .cacheControl("no-cache"), RequestBody.fromBytes(bytes));
    }
}
