package nl.wmoscorecards.tests.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.handler.ObjectSource;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.functions.store.Tables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The functions' own SDK clients ({@link AwsClients}) against LocalStack, reached only through the SDK's
 * endpoint setting (aws.endpointUrl, the system-property twin of AWS_ENDPOINT_URL): the tables as the code
 * creates them, an upload recorded and read back, an object written and read as the ingest functions read it.
 * Needs a Docker engine; skipped with a message where there is none.
 */
@Tag("integration")
class LocalStackTest {
    private static final DockerImageName IMAGE = DockerImageName.parse("localstack/localstack:4.10");
    private static final String[] SETTINGS = {"aws.endpointUrl", "aws.region", "aws.accessKeyId", "aws.secretAccessKey"};

    @AfterEach
    void forgetEndpoint() {
        for (String setting : SETTINGS) {
            System.clearProperty(setting);
        }
    }

    @Test
    void theFunctionsClientsWorkAgainstLocalStack() throws IOException {
        assumeTrue(DockerClientFactory.instance().isDockerAvailable(),
                "No Docker engine on this machine: LocalStack test skipped (docs/deploy.md, 'LocalStack')");
        try (LocalStackContainer localstack = new LocalStackContainer(IMAGE).withServices("dynamodb", "s3")) {
            localstack.start();
            System.setProperty("aws.endpointUrl", localstack.getEndpoint().toString());
            System.setProperty("aws.region", localstack.getRegion());
            System.setProperty("aws.accessKeyId", localstack.getAccessKey());
            System.setProperty("aws.secretAccessKey", localstack.getSecretKey());

            TableNames names = TableNames.from(Map.of());
            try (DynamoDbClient dynamo = AwsClients.dynamoDb(); S3Client s3 = AwsClients.s3()) {
                Tables.createIfMissing(dynamo, names);
                Stores stores = Stores.dynamo(dynamo, names);
                stores.uploads().create(Upload.pending("u-1", "12345678", "cto", "2025", "cto.csv", "text/csv",
                        "incoming/12345678/cto/2025/u-1.csv", Instant.parse("2026-01-05T10:00:00Z")));
                assertThat(stores.uploads().find("u-1")).get().extracting(Upload::provider).isEqualTo("12345678");

                s3.createBucket(b -> b.bucket("scorecards-incoming"));
                s3.putObject(b -> b.bucket("scorecards-incoming").key("incoming/x.csv"), RequestBody.fromString("a;b\n"));
                try (InputStream in = ObjectSource.s3(s3).open("scorecards-incoming", "incoming/x.csv")) {
                    assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a;b\n");
                }
            }
        }
    }
}
