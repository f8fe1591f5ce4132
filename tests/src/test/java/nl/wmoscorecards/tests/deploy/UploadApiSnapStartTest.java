package nl.wmoscorecards.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStore;
import nl.wmoscorecards.functions.handler.ApiUploadsHandler;
import org.crac.Resource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The upload API runs with SnapStart and primes itself before the snapshot: the priming goes through the
 * handler's read and refusal paths, and writes nothing (a snapshot per published version must not leave an
 * upload behind).
 */
class UploadApiSnapStartTest {

    @Test
    void theUploadApiIsSnapshottedAndItsHandlerIsACracResource() {
        Template template = Template.load();
        assertThat(template.properties("UploadApiFunction").get("SnapStart"))
                .isEqualTo(Map.of("ApplyOn", "PublishedVersions"));
        assertThat(Resource.class).isAssignableFrom(ApiUploadsHandler.class);
    }

    @Test
    void primingReadsButWritesNothing() throws Exception {
        RecordingStore store = new RecordingStore();
        try (S3Presigner presigner = S3Presigner.builder().region(Region.EU_CENTRAL_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"))).build()) {
            ApiUploadsHandler handler = new ApiUploadsHandler(store, ConfigLoader.reportTypesFromEnvironment(), presigner,
                    "bucket", Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC), () -> "id-1");

            handler.beforeCheckpoint(null);

            assertThat(store.reads).as("the GET went through the store").isEqualTo(1);
            assertThat(store.created).as("nothing written").isEmpty();
            assertThat(store.completions).as("the write path ran as a completion of an upload that does not exist,"
                    + " which the store refuses").containsExactly("snapstart-priming");
        }
    }

    private static final class RecordingStore implements UploadStore {
        private final List<Upload> created = new ArrayList<>();
        private final List<String> completions = new ArrayList<>();
        private int reads;

        @Override
        public void create(Upload upload) {
            created.add(upload);
        }

        @Override
        public Optional<Upload> find(String uploadId) {
            reads++;
            return Optional.empty();
        }

        @Override
        public boolean complete(Upload completed) {
            completions.add(completed.uploadId());
            return false; // no such upload: DynamoDB's condition (status pending) fails, nothing is stored
        }

        @Override
        public List<Upload> uploadsOf(String provider) {
            return List.of();
        }
    }
}
