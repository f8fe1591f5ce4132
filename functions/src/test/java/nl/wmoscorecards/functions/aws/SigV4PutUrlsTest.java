package nl.wmoscorecards.functions.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmoscorecards.functions.upload.UploadUrls;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The upload function signs its URLs with the SDK's SigV4 signer alone (cold start); the URL is the one the SDK's
 * S3Presigner signs for the same PutObject at the same second, character for character, signature included.
 */
class SigV4PutUrlsTest {
    private static final Pattern SIGNED_AT = Pattern.compile("X-Amz-Date=(\\d{8}T\\d{6}Z)");
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssX");
    private static final String KEY = "incoming/73730123/cto/2025/f47ac10b-58cc-4372-a567-0e02b2c3d479.csv";

    @ParameterizedTest
    @CsvSource({
            "eu-west-1, scorecards-incoming-prod, , false",
            "eu-central-1, scorecards-incoming-dev, , true",
            "us-east-1, scorecards-incoming-dev, , false",
            "eu-west-1, incoming.scorecards.example, , false",
            "cn-north-1, scorecards-incoming, , false",
            "eusc-de-east-1, scorecards-incoming, , false",
            "us-gov-west-1, scorecards-incoming, , false",
            "us-east-1, scorecards-incoming, http://127.0.0.1:4566, true",
            "eu-west-1, scorecards-incoming, https://s3.local.example:9000/store/, false"})
    void signsTheUrlS3PresignerSigns(String region, String bucket, String endpoint, boolean session) {
        AwsCredentialsProvider credentials = StaticCredentialsProvider.create(session
                ? AwsSessionCredentials.create("ASIAEXAMPLE", "secret/key+1", "token/with+chars==")
                : AwsBasicCredentials.create("AKIAEXAMPLE", "secret/key+1"));
        S3Presigner.Builder builder = S3Presigner.builder().region(Region.of(region)).credentialsProvider(credentials);
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint))
                    .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build());
        }
        UploadUrls.Signed reference;
        try (S3Presigner presigner = builder.build()) {
            reference = UploadUrls.presigning(presigner).putObject(bucket, KEY, "text/csv", "*", Duration.ofMinutes(15));
        }
        Instant signedAt = signedAt(reference.url().toString());

        UploadUrls.Signed signed = new SigV4PutUrls(Region.of(region), credentials,
                endpoint == null ? null : URI.create(endpoint), Clock.fixed(signedAt, ZoneOffset.UTC))
                .putObject(bucket, KEY, "text/csv", "*", Duration.ofMinutes(15));

        assertThat(signed.url().toString()).isEqualTo(reference.url().toString());
        assertThat(signed.expiresAt()).isEqualTo(signedAt.plus(Duration.ofMinutes(15)))
                .isEqualTo(reference.expiresAt().truncatedTo(ChronoUnit.SECONDS));
    }

    private static Instant signedAt(String url) {
        Matcher date = SIGNED_AT.matcher(url);
        assertThat(date.find()).as(url).isTrue();
        return AMZ_DATE.parse(date.group(1), Instant::from);
    }
}
