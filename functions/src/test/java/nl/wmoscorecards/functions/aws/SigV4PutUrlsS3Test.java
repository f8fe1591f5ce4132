package nl.wmoscorecards.functions.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import nl.wmoscorecards.embedded.EmbeddedS3;
import nl.wmoscorecards.functions.upload.UploadUrls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;

/** A URL the upload function signs is accepted by an S3 server once, for the signed content type only. */
@Tag("integration")
class SigV4PutUrlsS3Test {
    private static final String BUCKET = "scorecards-incoming";
    private static EmbeddedS3 s3;

    @BeforeAll
    static void start() throws IOException {
        s3 = EmbeddedS3.start(null, BUCKET);
    }

    @AfterAll
    static void stop() {
        s3.close();
    }

    @Test
    void theSignedPutCreatesTheObjectOnceAndOnlyWithItsContentType() throws Exception {
        UploadUrls urls = new UploadUrls(new SigV4PutUrls(Region.US_EAST_1,
                StaticCredentialsProvider.create(AwsBasicCredentials.create(EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY)),
                s3.endpoint(), Clock.systemUTC()), BUCKET, Duration.ofMinutes(15));
        UploadUrls.SignedPut put = urls.put("incoming/73730123/cto/2025/upload-1.csv", "text/csv");

        assertThat(put(put.url(), "application/pdf", "*")).isEqualTo(403);
        assertThat(put(put.url(), "text/csv", null)).isEqualTo(403);
        assertThat(put(put.url(), "text/csv", "*")).isEqualTo(200);
        assertThat(put(put.url(), "text/csv", "*")).isEqualTo(412);
        assertThat(s3.client().getObjectAsBytes(r -> r.bucket(BUCKET).key("incoming/73730123/cto/2025/upload-1.csv"))
                .asString(StandardCharsets.UTF_8)).isEqualTo("gemeente;datum;cijfer\n");
    }

    private int put(String url, String contentType, String ifNoneMatch) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .PUT(HttpRequest.BodyPublishers.ofString("gemeente;datum;cijfer\n"));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        // A client of its own per PUT: S3Proxy may refuse before reading the body and close the connection, and a
        // shared client could send the next request on that closed connection ("header parser received no bytes").
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
