package nl.wmoscorecards.functions.store;

import java.io.IOException;
import java.nio.file.Path;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.upload.UploadStore;
import nl.wmoscorecards.embedded.EmbeddedDynamoDb;
import nl.wmoscorecards.embedded.ProjectHome;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The DynamoDB adapters on the embedded server (dynalite), with the tables created as template.yaml creates them
 * in AWS: what the adapter tests run against. In memory, or persisting in a folder as the CLI's data folder does.
 */
final class EmbeddedTables implements AutoCloseable {
    private final EmbeddedDynamoDb server;
    private final DynamoDbClient client;
    private final Stores stores;

    private EmbeddedTables(EmbeddedDynamoDb server) {
        this.server = server;
        this.client = DynamoDbClient.builder()
                .endpointOverride(server.endpoint())
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build();
        TableNames names = TableNames.from(java.util.Map.of());
        Tables.createIfMissing(client, names);
        this.stores = Stores.dynamo(client, names);
    }

    static EmbeddedTables inMemory() throws IOException {
        return start(null);
    }

    /** Kept in {@code folder}: a second instance on the same folder sees what the first wrote. */
    static EmbeddedTables persistentIn(Path folder) throws IOException {
        return start(folder.resolve("dynamodb"));
    }

    private static EmbeddedTables start(Path folder) throws IOException {
        EmbeddedDynamoDb server = EmbeddedDynamoDb.start(ProjectHome.locate(), folder);
        try {
            return new EmbeddedTables(server);
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    Stores stores() {
        return stores;
    }

    UploadStore uploadStore() {
        return stores.uploads();
    }

    ScorecardsConfig config() {
        return ConfigLoader.fromClasspath();
    }

    @Override
    public void close() {
        client.close();
        server.close();
    }
}
