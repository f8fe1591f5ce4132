package nl.wmoscorecards.tests.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/** The runtime's S3-compatible server keeps uploaded objects in the data folder between commands. */
@Tag("integration")
class EmbeddedS3Test {
    @TempDir
    Path data;

    @Test
    void anObjectSurvivesTheNextCommand() throws Exception {
        String key = "incoming/12345678/cto/2025/u1.csv";
        try (LocalRuntime first = LocalRuntime.open(data)) {
            first.s3().client().putObject(b -> b.bucket(first.s3().bucket()).key(key).contentType("text/csv"),
                    RequestBody.fromString("gemeente;datum;cijfer\n", StandardCharsets.UTF_8));
        }

        try (LocalRuntime second = LocalRuntime.open(data)) {
            byte[] stored = second.s3().client()
                    .getObjectAsBytes(b -> b.bucket(second.s3().bucket()).key(key)).asByteArray();
            assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo("gemeente;datum;cijfer\n");
        }
        assertThat(data.resolve("s3").resolve(LocalRuntime.DEFAULT_BUCKET)).isDirectory();
    }
}
