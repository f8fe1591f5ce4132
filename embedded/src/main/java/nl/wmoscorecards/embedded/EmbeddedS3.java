package nl.wmoscorecards.embedded;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.List;
import java.util.regex.Pattern;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * An S3-compatible server for the embedded runtime and the tests: S3Proxy (Apache-2.0, Maven Central)
 * in this process on loopback, storing objects in a folder or in memory. It checks AWS signatures (V4),
 * so a pre-signed URL that is expired, altered or used with another content type is refused as in AWS.
 * The credentials are fixed and local: the server is reachable from this machine only.
 */
public final class EmbeddedS3 implements AutoCloseable {
    public static final String ACCESS_KEY = "scorecards-local";
    public static final String SECRET_KEY = "scorecards-local-secret";
    private static final Region REGION = Region.US_EAST_1;
    private static final long STOP_TIMEOUT_MILLIS = 0; // no graceful phase: the runtime closes when its command is done
    private final S3Proxy proxy;
    private final URI endpoint;
    private final String bucket;
    private final S3Client client;
    private final S3Presigner presigner;

    private EmbeddedS3(S3Proxy proxy, URI endpoint, String bucket) {
        this.proxy = proxy;
        this.endpoint = endpoint;
        this.bucket = bucket;
        StaticCredentialsProvider credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
        this.client = S3Client.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(credentials)
                .forcePathStyle(true)
                // Plain PUTs with a Content-MD5-free body: what every S3-compatible server understands.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        this.presigner = S3Presigner.builder()
                .endpointOverride(endpoint)
                .region(REGION)
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .build();
    }

    /** Stores objects under {@code folder} (kept between commands); null keeps them in memory (tests). */
    public static EmbeddedS3 start(Path folder, String bucket) throws IOException {
        return start(folder, bucket, null);
    }

    /**
     * The same, and when {@code browserOrigin} is given, the bucket's CORS rule as template.yaml sets it: a page
     * of that origin (the site) may PUT a file with the signed headers; no other origin may.
     */
    public static EmbeddedS3 start(Path folder, String bucket, String browserOrigin) throws IOException {
        BlobStore store = folder == null ? BlobStores.create("transient-nio2", new Properties()) : filesystem(folder);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .corsRules(browserOrigin == null ? CrossOriginResourceSharing.disabled()
                        : new CrossOriginResourceSharing(List.of(Pattern.quote(browserOrigin)), List.of("PUT"),
                        List.of("content-type", "if-none-match"), List.of("etag"), "false"))
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
                .stopTimeout(STOP_TIMEOUT_MILLIS) // the default (30 s) would wait out idle keep-alive connections
                .build();
        try {
            proxy.start(); // Jetty's start returns once the connector listens
        } catch (Exception e) {
            throw new IOException("S3Proxy did not start", e);
        }
        if (!"STARTED".equals(proxy.getState())) {
            throw new IOException("S3Proxy did not start: " + proxy.getState());
        }
        if (!store.containerExists(bucket)) {
            store.createContainer(bucket);
        }
        return new EmbeddedS3(proxy, URI.create("http://127.0.0.1:" + proxy.getPort()), bucket);
    }

    private static BlobStore filesystem(Path folder) throws IOException {
        Files.createDirectories(folder);
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", folder.toAbsolutePath().toString());
        return BlobStores.create("filesystem-nio2", properties);
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The bucket providers upload into (INCOMING_BUCKET in AWS). */
    public String bucket() {
        return bucket;
    }

    public S3Client client() {
        return client;
    }

    /** Signs URLs for this server, path-style, as the upload function signs them for AWS. */
    public S3Presigner presigner() {
        return presigner;
    }

    @Override
    public void close() {
        presigner.close();
        client.close();
        try {
            proxy.stop();
        } catch (java.util.concurrent.TimeoutException stoppedAfterWaiting) {
            // Jetty stops anyway once the graceful wait is over.
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not stop", e);
        }
    }
}
