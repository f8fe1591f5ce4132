package nl.wmoscorecards.embedded;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** The S3-compatible server keeps uploaded objects in its folder: the next command's server serves them. */
@Tag("integration")
class EmbeddedS3Test {
    private static final String BUCKET = "scorecards-incoming";
    @TempDir
    Path data;

    @Test
    void anObjectSurvivesTheNextCommand() throws Exception {
        String key = "incoming/12345678/cto/2025/u1.csv";
        try (EmbeddedS3 first = EmbeddedS3.start(data.resolve("s3"), BUCKET)) {
            first.client().putObject(b -> b.bucket(first.bucket()).key(key).contentType("text/csv"),
                    RequestBody.fromString("gemeente;datum;cijfer\n", StandardCharsets.UTF_8));
        }

        try (EmbeddedS3 second = EmbeddedS3.start(data.resolve("s3"), BUCKET)) {
            byte[] stored = second.client()
                    .getObjectAsBytes(b -> b.bucket(second.bucket()).key(key)).asByteArray();
            assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo("gemeente;datum;cijfer\n");
        }
        assertThat(data.resolve("s3").resolve(BUCKET)).isDirectory();
    }
}
