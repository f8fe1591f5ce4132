package nl.wmoscorecards.functions.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.wmoscorecards.functions.aws.AwsClients;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.s3.presigner.model.PresignedPutObjectRequest;

/**
 * Pre-signed PUT URLs for the incoming bucket. The content type is part of the signature, so the
 * provider can only send the kind of file that was checked; the URL holds for {@link #VALIDITY}.
 * {@code If-None-Match: *} is signed too: the URL can create its object once, and a second PUT (other
 * bytes after the report was accepted) gets 412 Precondition Failed, so the bytes scored stay the bytes
 * that were checked. Leaving the header out breaks the signature (403).
 */
public final class UploadUrls {
    public static final Duration VALIDITY = Duration.ofMinutes(15);
    /** The conditional-write value that lets a PUT create an object but never replace one. */
    public static final String CREATE_ONLY = "*";
    private final S3Presigner presigner;
    private final String bucket;
    private final Duration validity;

    public UploadUrls(S3Presigner presigner, String bucket, Duration validity) {
        this.presigner = presigner;
        this.bucket = bucket;
        this.validity = validity;
    }

    /** A URL to PUT one object, and the headers the PUT must carry. */
    public record SignedPut(String url, Instant expiresAt, Map<String, String> headers) {
    }

    public SignedPut put(String key, String contentType) {
        PresignedPutObjectRequest signed = presigner.presignPutObject(p -> p
                .signatureDuration(validity)
                .putObjectRequest(o -> o.bucket(bucket).key(key).contentType(contentType).ifNoneMatch(CREATE_ONLY)));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("If-None-Match", CREATE_ONLY);
        return new SignedPut(signed.url().toString(), signed.expiration(), headers);
    }

    /** The presigner as a Lambda function builds it: {@link AwsClients#s3Presigner()}. */
    public static S3Presigner presignerFromEnvironment() {
        return AwsClients.s3Presigner();
    }
}
