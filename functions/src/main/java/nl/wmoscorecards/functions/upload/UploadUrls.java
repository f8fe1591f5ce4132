package nl.wmoscorecards.functions.upload;

import java.net.URL;
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
    private final Signer signer;
    private final String bucket;
    private final Duration validity;

    /**
     * Signs a PutObject with its Content-Type and If-None-Match headers: in Lambda the SDK's SigV4 signer alone
     * ({@link AwsClients#uploadUrlSigner()}), elsewhere also an {@link S3Presigner} ({@link #presigning}); both
     * give the same URL (SigV4PutUrlsTest).
     */
    @FunctionalInterface
    public interface Signer {
        /** The URL, and when it stops working. */
        Signed putObject(String bucket, String key, String contentType, String ifNoneMatch, Duration validity);
    }

    /** A signed request's URL and its expiry. */
    public record Signed(URL url, Instant expiresAt) {
    }

    public UploadUrls(Signer signer, String bucket, Duration validity) {
        this.signer = signer;
        this.bucket = bucket;
        this.validity = validity;
    }

    /** A URL to PUT one object, and the headers the PUT must carry. */
    public record SignedPut(String url, Instant expiresAt, Map<String, String> headers) {
    }

    public SignedPut put(String key, String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        headers.put("If-None-Match", CREATE_ONLY);
        Signed signed = signer.putObject(bucket, key, contentType, CREATE_ONLY, validity);
        return new SignedPut(signed.url().toString(), signed.expiresAt(), headers);
    }

    /** Signing by an S3 pre-signer (the local runtime and tests, which sign for their own S3 server). */
    public static Signer presigning(S3Presigner presigner) {
        return (bucket, key, contentType, ifNoneMatch, validity) -> {
            PresignedPutObjectRequest signed = presigner.presignPutObject(p -> p
                    .signatureDuration(validity)
                    .putObjectRequest(o -> o.bucket(bucket).key(key).contentType(contentType).ifNoneMatch(ifNoneMatch)));
            return new Signed(signed.url(), signed.expiration());
        };
    }

    /** The signer as a Lambda function builds it: {@link AwsClients#uploadUrlSigner()}. */
    public static Signer signerFromEnvironment() {
        return AwsClients.uploadUrlSigner();
    }
}
