package nl.wmoscorecards.tests.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.site.KpiRunJson;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.embedded.EmbeddedDynamoDb;
import nl.wmoscorecards.embedded.EmbeddedS3;
import nl.wmoscorecards.embedded.ProjectHome;
import nl.wmoscorecards.functions.handler.ObjectSource;
import nl.wmoscorecards.functions.handler.S3AllocationIngestHandler;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.functions.store.Tables;
import nl.wmoscorecards.local.demo.DemoData;
import nl.wmoscorecards.local.demo.DemoDataGenerator;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The embedded DynamoDB-compatible server and S3 server for the reliability suites, with SDK clients built
 * as the runtime builds them (URL-connection HTTP client, the SDK's default retry policy: neither the
 * Lambda functions nor the CLI configure one) plus test interceptors. Each scenario gets its own set of
 * tables on the one server, so a clean run and a faulty run never share state.
 */
final class Rig implements AutoCloseable {
    // The demo year: every region has figures (Zaanstreek-Waterland from the start of its contract phase, 1 July 2026).
    static final int YEAR = 2026;
    static final LocalDate AS_OF = LocalDate.of(YEAR + 1, 3, 1);
    static final Clock CLOCK = Clock.fixed(AS_OF.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final byte[] PSEUDONYM_KEY = "reliability-suite-pseudonym-key!".getBytes(StandardCharsets.US_ASCII);
    private static final AtomicInteger TABLE_SETS = new AtomicInteger();

    final EmbeddedDynamoDb dynamo;
    final EmbeddedS3 s3;
    final ScorecardsConfig config = ConfigLoader.fromEnvironment();
    private final DynamoDbClient admin;

    private Rig(EmbeddedDynamoDb dynamo, EmbeddedS3 s3) {
        this.dynamo = dynamo;
        this.s3 = s3;
        this.admin = dynamoClient();
    }

    static Rig start() throws IOException {
        EmbeddedDynamoDb dynamo = EmbeddedDynamoDb.start(ProjectHome.locate(), null);
        try {
            return new Rig(dynamo, EmbeddedS3.start(null, "scorecards-exports"));
        } catch (IOException | RuntimeException e) {
            dynamo.close();
            throw e;
        }
    }

    /** A synthetic year from the demo generator (seed 2026): every seeded region, the mess real traffic has. */
    DemoData demoYear(Path folder) throws IOException {
        return new DemoDataGenerator(config, YEAR, 2026).generate(folder);
    }

    DynamoDbClient dynamoClient(ExecutionInterceptor... interceptors) {
        return DynamoDbClient.builder()
                .endpointOverride(dynamo.endpoint())
                .region(Region.EU_WEST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> List.of(interceptors).forEach(o::addExecutionInterceptor))
                .build();
    }

    S3Client s3Client(ExecutionInterceptor... interceptors) {
        return S3Client.builder()
                .endpointOverride(s3.endpoint())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(EmbeddedS3.ACCESS_KEY, EmbeddedS3.SECRET_KEY)))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(o -> List.of(interceptors).forEach(o::addExecutionInterceptor))
                .build();
    }

    /** A fresh, empty set of tables. */
    TableNames freshTables(String scenario) {
        String suffix = "-" + scenario + "-" + TABLE_SETS.incrementAndGet();
        TableNames names = new TableNames("allocations" + suffix, "survey" + suffix, "results" + suffix, "runs" + suffix,
                "uploads" + suffix, "rows" + suffix, "escalations" + suffix, "contract-management" + suffix);
        Tables.createIfMissing(admin, names);
        return names;
    }

    AllocationIngest ingest(Stores stores) {
        return new AllocationIngest(stores.allocations(), config.regions(), new Pseudonymizer(PSEUDONYM_KEY));
    }

    /** The allocation-ingest function as Lambda runs it, reading objects through {@code s3}. */
    S3AllocationIngestHandler ingestHandler(Stores stores, S3Client s3client) {
        return new S3AllocationIngestHandler(ingest(stores), ObjectSource.s3(s3client));
    }

    /** Puts the files into the bucket under exports/ and returns their keys. */
    List<String> upload(List<Path> files) throws IOException {
        S3Client client = s3.client();
        for (Path file : files) {
            client.putObject(b -> b.bucket(s3.bucket()).key(key(file)), RequestBody.fromBytes(Files.readAllBytes(file)));
        }
        return files.stream().map(Rig::key).toList();
    }

    static String key(Path file) {
        return "exports/" + file.getFileName();
    }

    /** The yearly run as the scheduled function runs it, as of 1 March; the results as the KPI JSON file has them. */
    String kpiJson(Stores stores) {
        return KpiRunJson.toJson(UseCases.yearlyRun(config, stores, CLOCK).run(YEAR, AS_OF).run());
    }

    /**
     * Every stored allocation, per municipality of the config, read through the store's port (not its item
     * layout): a lost or doubled message that no KPI happens to show still shows here.
     */
    Map<String, Set<Allocation>> allocations(Stores stores) {
        Map<String, Set<Allocation>> all = new TreeMap<>();
        for (MeasurementRegion region : config.regions().measurementRegions()) {
            for (String municipality : region.municipalities().keySet()) {
                all.put(municipality, new HashSet<>(stores.allocations().allocationsOf(municipality)));
            }
        }
        return all;
    }

    @Override
    public void close() {
        admin.close();
        s3.close();
        dynamo.close();
    }
}
