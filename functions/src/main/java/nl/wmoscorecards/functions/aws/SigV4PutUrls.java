package nl.wmoscorecards.functions.aws;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import nl.wmoscorecards.functions.upload.UploadUrls;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.http.SdkHttpMethod;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4FamilyHttpSigner.AuthLocation;
import software.amazon.awssdk.http.auth.aws.signer.AwsV4HttpSigner;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * Pre-signed S3 PutObject URLs from the SDK's SigV4 signer (the {@code http-auth-aws} module) with S3's signing
 * rules, where {@code S3Presigner} would also build S3's endpoint rules, auth-scheme resolution and PutObject
 * model: some 500 classes at the upload API's cold start, for a URL the function can build itself (the bucket's
 * regional virtual-hosted address, or path-style on an endpoint override). The URL is the one S3Presigner signs
 * for the same request at the same second (SigV4PutUrlsTest). Not covered, because the function does not use
 * them: FIPS and dual-stack endpoints, S3 Express directory buckets, access points.
 */
public final class SigV4PutUrls implements UploadUrls.Signer {
    private static final AwsV4HttpSigner SIGNER = AwsV4HttpSigner.create();
    private final String region;
    private final AwsCredentialsProvider credentials;
    private final URI endpointOverride;
    private final Clock clock;

    /** @param endpointOverride an S3-compatible server addressed path-style (LocalStack), or null for AWS */
    public SigV4PutUrls(Region region, AwsCredentialsProvider credentials, URI endpointOverride, Clock clock) {
        this.region = region.id();
        this.credentials = credentials;
        this.endpointOverride = endpointOverride;
        this.clock = clock;
    }

    @Override
    public UploadUrls.Signed putObject(String bucket, String key, String contentType, String ifNoneMatch,
                                       Duration validity) {
        Instant now = clock.instant();
        SdkHttpRequest request = address(bucket, SdkHttpUtils.urlEncodeIgnoreSlashes(key))
                .method(SdkHttpMethod.PUT)
                .putHeader("Content-Type", contentType)
                .putHeader("If-None-Match", ifNoneMatch)
                .build();
        SdkHttpRequest signed = SIGNER.sign(r -> r
                .identity(credentials.resolveCredentials())
                .request(request)
                .putProperty(AwsV4HttpSigner.SERVICE_SIGNING_NAME, "s3")
                .putProperty(AwsV4HttpSigner.REGION_NAME, region)
                .putProperty(AwsV4HttpSigner.AUTH_LOCATION, AuthLocation.QUERY_STRING)
                .putProperty(AwsV4HttpSigner.EXPIRATION_DURATION, validity)
                // S3's rules: the body is not part of a pre-signed URL's signature, the path is signed as sent
                .putProperty(AwsV4HttpSigner.PAYLOAD_SIGNING_ENABLED, false)
                .putProperty(AwsV4HttpSigner.DOUBLE_URL_ENCODE, false)
                .putProperty(AwsV4HttpSigner.NORMALIZE_PATH, false)
                .putProperty(AwsV4HttpSigner.SIGNING_CLOCK, Clock.fixed(now, ZoneOffset.UTC))).request();
        try {
            return new UploadUrls.Signed(signed.getUri().toURL(), now.plus(validity));
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where S3 takes the object: path-style on an endpoint override; in AWS the bucket's virtual-hosted address in
     * its region, or path-style for a bucket name with dots (a virtual host would not match S3's TLS certificate).
     */
    private SdkHttpRequest.Builder address(String bucket, String encodedKey) {
        if (endpointOverride != null) {
            return SdkHttpRequest.builder().uri(endpointOverride)
                    .encodedPath(trimSlash(endpointOverride.getRawPath()) + "/" + bucket + "/" + encodedKey);
        }
        // us-east-1: the global endpoint, as S3Presigner signs by default (AWS_S3_US_EAST_1_REGIONAL_ENDPOINT unset)
        String s3 = region.equals("us-east-1") ? "s3.amazonaws.com" : "s3." + region + "." + dnsSuffix(region);
        return bucket.contains(".")
                ? SdkHttpRequest.builder().protocol("https").host(s3).encodedPath("/" + bucket + "/" + encodedKey)
                : SdkHttpRequest.builder().protocol("https").host(bucket + "." + s3).encodedPath("/" + encodedKey);
    }

    /**
     * The partition's domain, by the region's name: SDK's PartitionMetadata would load its metadata of every region
     * and service (some 360 classes). The isolated partitions are not the function's, so they are refused.
     */
    static String dnsSuffix(String region) {
        if (region.contains("-iso")) {
            throw new IllegalArgumentException("upload URLs are not signed for the isolated region " + region);
        }
        return region.startsWith("cn-") ? "amazonaws.com.cn" : region.startsWith("eusc-") ? "amazonaws.eu" : "amazonaws.com";
    }

    private static String trimSlash(String path) {
        return path == null ? "" : path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }
}
