package nl.wmoscorecards.local.runtime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import nl.wmoscorecards.core.concurrent.DaemonThreads;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.core.upload.UploadStore;
import nl.wmoscorecards.embedded.EmbeddedDynamoDb;
import nl.wmoscorecards.embedded.EmbeddedS3;
import nl.wmoscorecards.embedded.ProjectHome;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.PseudonymKey;
import nl.wmoscorecards.functions.handler.ApiReportDutiesHandler;
import nl.wmoscorecards.functions.handler.ApiUploadsHandler;
import nl.wmoscorecards.functions.handler.S3ReportIngestHandler;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.functions.store.Tables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Everything the commands need on one laptop: the DynamoDB-compatible server on a data folder (or in
 * memory), the same table layout and adapters the Lambda functions use, config and the pseudonym key,
 * an S3-compatible server for pre-signed uploads, provider API keys and the upload API.
 */
public final class LocalRuntime implements AutoCloseable {
    public static final String KEY_FILE = "pseudonym.key";
    public static final String DEFAULT_BUCKET = "scorecards-incoming";
    static final String REPORT_DUTIES_PATH = "/report-duties";
    private static final Logger LOG = LoggerFactory.getLogger(LocalRuntime.class);
    private final EmbeddedDynamoDb server;
    private final DynamoDbClient dynamoDb;
    private final ScorecardsConfig config;
    private final Stores stores;
    private final Pseudonymizer pseudonymizer;
    private final Path dataFolder;
    private final EmbeddedS3 s3;
    private final ProviderKeys providerKeys;
    private final List<LocalApiServer> apis = new ArrayList<>();
    private final String siteOrigin;
    private ScheduledExecutorService uploadWatch;
    private DataFolderLock lock;

    private LocalRuntime(EmbeddedDynamoDb server, URI endpoint, Path dataFolder, byte[] key, EmbeddedS3 s3,
                         String siteOrigin) {
        this.server = server;
        this.siteOrigin = siteOrigin;
        this.dataFolder = dataFolder;
        this.s3 = s3;
        TableNames names = TableNames.fromEnvironment();
        if (endpoint == null) {
            // The deployed stack's tables, with the caller's AWS profile; the stack created them.
            this.dynamoDb = AwsClients.dynamoDb();
        } else {
            this.dynamoDb = DynamoDbClient.builder()
                    .endpointOverride(endpoint)
                    .region(Region.EU_WEST_1)
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")))
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .build();
            Tables.createIfMissing(dynamoDb, names);
        }
        this.config = ConfigLoader.fromEnvironment();
        this.stores = Stores.dynamo(dynamoDb, names);
        this.pseudonymizer = new Pseudonymizer(key);
        this.providerKeys = new ProviderKeys(dataFolder, clock());
    }

    /**
     * State in {@code dataFolder}, kept between commands. SCORECARDS_DYNAMODB_ENDPOINT=URL uses another
     * DynamoDB-compatible server; SCORECARDS_DYNAMODB_ENDPOINT=aws the deployed stack's tables (names from
     * the *_TABLE variables, credentials and region from the AWS profile), e.g. for the escalation commands.
     * One command at a time holds the folder: a second gets {@link DataFolderLock.DataFolderBusy} at once.
     */
    public static LocalRuntime open(Path dataFolder) throws IOException {
        return open(dataFolder, null);
    }

    /**
     * The same, for a browser page of {@code siteOrigin} (the served site, e.g. http://localhost:8080): the S3 server
     * and the upload API answer CORS for that origin only, as the bucket's CORS rule and the HTTP API do in AWS.
     */
    public static LocalRuntime open(Path dataFolder, String siteOrigin) throws IOException {
        DataFolderLock lock = DataFolderLock.acquire(dataFolder);
        try {
            LocalRuntime runtime = openLocked(dataFolder, siteOrigin);
            runtime.lock = lock;
            if (!"aws".equalsIgnoreCase(System.getenv("SCORECARDS_DYNAMODB_ENDPOINT"))) {
                runtime.redeliverPendingUploads();
            }
            return runtime;
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static LocalRuntime openLocked(Path dataFolder, String siteOrigin) throws IOException {
        byte[] key = pseudonymKey(dataFolder);
        String external = System.getenv("SCORECARDS_DYNAMODB_ENDPOINT");
        EmbeddedS3 s3 = EmbeddedS3.start(dataFolder.resolve("s3"), incomingBucket(), siteOrigin);
        EmbeddedDynamoDb server = null;
        try {
            if ("aws".equalsIgnoreCase(external)) {
                return new LocalRuntime(null, null, dataFolder, key, s3, siteOrigin);
            }
            if (external != null && !external.isBlank()) {
                return new LocalRuntime(null, URI.create(external), dataFolder, key, s3, siteOrigin);
            }
            server = EmbeddedDynamoDb.start(ProjectHome.locate(), dataFolder.resolve("dynamodb"));
            return new LocalRuntime(server, server.endpoint(), dataFolder, key, s3, siteOrigin);
        } catch (IOException | RuntimeException e) {
            s3.close();
            if (server != null) {
                server.close();
            }
            throw e;
        }
    }

    /**
     * S3 delivers an object-created event again until the report ingest finishes; a command killed during an
     * ingest leaves its upload pending with part of its rows written. The next command on the folder delivers
     * such uploads again (the ingest is idempotent and ends them accepted or refused), so no upload stays pending
     * and no half-written rows count.
     */
    private void redeliverPendingUploads() {
        providerKeys.names().keySet().forEach(this::deliverArrivedUploads);
    }

    /** Delivers the ObjectCreated event of each of the provider's pending uploads whose file is in the bucket. */
    private void deliverArrivedUploads(String provider) {
        for (Upload upload : stores.uploads().uploadsOf(provider)) {
            if (upload.status() != UploadStatus.PENDING) {
                continue;
            }
            try {
                long size = s3.client().headObject(b -> b.bucket(s3.bucket()).key(upload.objectKey())).contentLength();
                reportIngestHandler().handleRequest(
                        S3Notifications.objectCreated(s3.bucket(), upload.objectKey(), size), null);
            } catch (S3Exception e) {
                if (e.statusCode() != 404) {
                    throw e;
                }
                // The provider has not PUT the file (yet): nothing to deliver.
            }
        }
    }

    /**
     * While a browser uploads (serve): S3 sends the ObjectCreated event after a PUT, the local S3 server sends none,
     * so every {@code interval} the runtime delivers it for each pending upload whose file has arrived, looking only
     * at the providers the upload API let in since it started.
     */
    public synchronized void deliverUploadsAsTheyArrive(Duration interval) {
        if (uploadWatch != null) {
            return;
        }
        uploadWatch = Executors.newSingleThreadScheduledExecutor(DaemonThreads.named("upload-notifications"));
        uploadWatch.scheduleWithFixedDelay(() -> {
            try {
                List<LocalApiServer> started;
                synchronized (this) {
                    started = List.copyOf(apis);
                }
                started.stream().flatMap(api -> api.providersSeen().stream()).distinct().forEach(this::deliverArrivedUploads);
            } catch (RuntimeException e) {
                LOG.error("delivering uploaded files to the report ingest failed; trying again", e);
            }
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Everything in memory; for tests. The data folder still receives reports and the site. */
    public static LocalRuntime inMemory(Path dataFolder, byte[] key) throws IOException {
        return inMemory(dataFolder, key, null);
    }

    /** Everything in memory, answering CORS for a browser page of {@code siteOrigin}; for browser tests. */
    public static LocalRuntime inMemory(Path dataFolder, byte[] key, String siteOrigin) throws IOException {
        Files.createDirectories(dataFolder);
        EmbeddedDynamoDb server = EmbeddedDynamoDb.start(ProjectHome.locate(), null);
        try {
            return new LocalRuntime(server, server.endpoint(), dataFolder, key,
                    EmbeddedS3.start(null, incomingBucket(), siteOrigin), siteOrigin);
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** INCOMING_BUCKET, as the functions read it, or the local default. */
    static String incomingBucket() {
        String bucket = System.getenv("INCOMING_BUCKET");
        return bucket == null || bucket.isBlank() ? DEFAULT_BUCKET : bucket;
    }

    /** SCORECARDS_PSEUDONYM_KEY when set; otherwise a key file made in the data folder on first use. */
    static byte[] pseudonymKey(Path dataFolder) throws IOException {
        String fromEnvironment = System.getenv(PseudonymKey.VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return PseudonymKey.decode(fromEnvironment);
        }
        Path file = dataFolder.resolve(KEY_FILE);
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's own permissions apply.
            }
        }
        return PseudonymKey.decode(Files.readString(file, StandardCharsets.US_ASCII));
    }

    public ScorecardsConfig config() {
        return config;
    }

    public Stores stores() {
        return stores;
    }

    public Path dataFolder() {
        return dataFolder;
    }

    public DynamoDbClient dynamoDb() {
        return dynamoDb;
    }

    public AllocationIngest allocationIngest() {
        return new AllocationIngest(stores.allocations(), config.regions(), pseudonymizer);
    }

    public Clock clock() {
        return Clock.systemDefaultZone();
    }

    /** The S3-compatible server holding the incoming bucket. */
    public EmbeddedS3 s3() {
        return s3;
    }

    public UploadStore uploadStore() {
        return stores.uploads();
    }

    /** The report-ingest function as it runs in AWS, reading this runtime's bucket. */
    public S3ReportIngestHandler reportIngestHandler() {
        S3Client client = s3.client();
        return new S3ReportIngestHandler(S3ReportIngestHandler.wire(config, stores),
                (bucket, key) -> client.getObject(b -> b.bucket(bucket).key(key)),
                (bucket, key, json) -> client.putObject(b -> b.bucket(bucket).key(key).contentType("application/json"),
                        software.amazon.awssdk.core.sync.RequestBody.fromBytes(json)));
    }

    public ProviderKeys providerKeys() {
        return providerKeys;
    }

    /** The upload handler as the upload-api function runs it, against this runtime's bucket and tables. */
    public ApiUploadsHandler uploadsHandler() {
        return new ApiUploadsHandler(stores.uploads(), config.reportTypes(), s3.presigner(), s3.bucket(), clock(),
                () -> UUID.randomUUID().toString());
    }

    /** Starts the upload API on a free loopback port; it stops with the runtime. */
    public LocalApiServer startApi() throws IOException {
        return startApi(0);
    }

    /** The runtime's one upload API, started on first use. */
    public synchronized LocalApiServer api() throws IOException {
        if (apis.isEmpty()) {
            startApi();
        }
        return apis.get(0);
    }

    public synchronized LocalApiServer startApi(int port) throws IOException {
        return startApi(uploadsHandler(), port);
    }

    /** The API with another upload handler (a test's, e.g. with short-lived URLs) beside the report-duties route. */
    public synchronized LocalApiServer startApi(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> uploads,
                                                int port) throws IOException {
        return startApi(uploads, BearerAuthorizer.providerKeys(providerKeys), port);
    }

    /**
     * The API with the upload handler as AWS runs it, taking another sign-in's bearer tokens, e.g. a
     * {@link JwtAuthorizer}'s for a hosted (OpenID Connect) sign-in instead of the providers' API keys.
     */
    public synchronized LocalApiServer startApi(BearerAuthorizer authorizer, int port) throws IOException {
        return startApi(uploadsHandler(), authorizer, port);
    }

    private synchronized LocalApiServer startApi(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> uploads,
                                                 BearerAuthorizer authorizer, int port) throws IOException {
        LocalApiServer api = LocalApiServer.start(apiRoutes(uploads), authorizer, port, siteOrigin);
        apis.add(api);
        return api;
    }

    /** The HTTP API's routes as template.yaml wires them: GET /report-duties to its function, the rest to upload-api. */
    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> apiRoutes(
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> uploads) {
        ApiReportDutiesHandler duties = new ApiReportDutiesHandler(config, stores, clock());
        return (event, context) -> REPORT_DUTIES_PATH.equals(event.getRawPath())
                ? duties.handleRequest(event, context) : uploads.handleRequest(event, context);
    }

    @Override
    public void close() {
        try {
            synchronized (this) {
                if (uploadWatch != null) {
                    uploadWatch.shutdownNow();
                }
                apis.forEach(LocalApiServer::close);
            }
            s3.close();
            dynamoDb.close();
            if (server != null) {
                server.close();
            }
        } finally {
            if (lock != null) {
                lock.close(); // last: the next command may start its servers on the folder now
            }
        }
    }

    /** The embedded DynamoDB server's process, when this runtime started one. */
    public java.util.Optional<Long> dynamoDbPid() {
        return server == null ? java.util.Optional.empty() : java.util.Optional.of(server.pid());
    }
}
