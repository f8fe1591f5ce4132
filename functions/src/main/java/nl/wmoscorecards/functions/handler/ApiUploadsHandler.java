package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.report.ReportType;
import nl.wmoscorecards.core.report.ReportTypeCatalog;
import nl.wmoscorecards.core.upload.ObjectKey;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.core.upload.UploadStatus;
import nl.wmoscorecards.core.upload.UploadStore;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.store.DynamoUploadStore;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.functions.upload.ApiResponses;
import nl.wmoscorecards.functions.upload.UploadFormat;
import nl.wmoscorecards.functions.upload.InvalidUploadRequest;
import nl.wmoscorecards.functions.upload.ProviderClaims;
import nl.wmoscorecards.functions.upload.UploadRequest;
import nl.wmoscorecards.functions.upload.UploadRequestRules;
import nl.wmoscorecards.functions.upload.UploadUrls;
import nl.wmoscorecards.functions.upload.UploadView;
import org.crac.Core;
import org.crac.Resource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * upload-api (HTTP API, payload 2.0): POST /uploads hands an authenticated provider a pre-signed PUT URL
 * under a key the server chooses; GET /uploads/{uploadId} shows the provider the outcome of its upload, and
 * GET /uploads its own uploads, newest first.
 * The provider is who the authorizer says it is (the custom:agb claim), never what the request says.
 * With SnapStart it primes itself before the snapshot ({@link #beforeCheckpoint}), so a restored instance
 * answers its first request with warm classes and an SDK pipeline that has run.
 */
public final class ApiUploadsHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, Resource {
    private static final Logger LOG = LoggerFactory.getLogger(ApiUploadsHandler.class);
    private static final Pattern UPLOAD_PATH = Pattern.compile("/uploads/([^/]+)");
    /** GET /uploads lists this many, newest first: a year's reports of a provider with room to spare. */
    static final int LISTED_UPLOADS = 100;
    private static final String NOT_FOUND = "Deze upload bestaat niet of is niet van uw organisatie.";
    private final UploadStore uploads;
    private final ReportTypeCatalog catalog;
    private final UploadRequestRules rules;
    private final UploadUrls urls;
    private final Clock clock;
    private final Supplier<String> ids;

    public ApiUploadsHandler() {
        // Only the report types: the regions and KPI catalogues are not this function's (cold-start time).
        this(new DynamoUploadStore(AwsClients.dynamoDb(), TableNames.fromEnvironment().uploads()),
                ConfigLoader.reportTypesFromEnvironment(), UploadUrls.signerFromEnvironment(),
                System.getenv("INCOMING_BUCKET"), Clock.systemUTC(), () -> UUID.randomUUID().toString(), UploadUrls.VALIDITY);
        Core.getGlobalContext().register(this); // the runtime holds the handler, so the context's reference stays valid
    }

    /** URLs signed by an S3 pre-signer: the local runtime and tests, against their own S3 server. */
    public ApiUploadsHandler(UploadStore uploads, ReportTypeCatalog catalog, S3Presigner presigner, String bucket,
                             Clock clock, Supplier<String> ids) {
        this(uploads, catalog, UploadUrls.presigning(presigner), bucket, clock, ids, UploadUrls.VALIDITY);
    }

    /** With another URL validity: for tests of expiry. */
    public ApiUploadsHandler(UploadStore uploads, ReportTypeCatalog catalog, S3Presigner presigner, String bucket,
                             Clock clock, Supplier<String> ids, Duration urlValidity) {
        this(uploads, catalog, UploadUrls.presigning(presigner), bucket, clock, ids, urlValidity);
    }

    public ApiUploadsHandler(UploadStore uploads, ReportTypeCatalog catalog, UploadUrls.Signer signer, String bucket,
                             Clock clock, Supplier<String> ids, Duration urlValidity) {
        if (bucket == null || bucket.isBlank()) {
            throw new IllegalStateException("INCOMING_BUCKET is not set");
        }
        this.uploads = uploads;
        this.catalog = catalog;
        this.rules = new UploadRequestRules(catalog);
        this.urls = new UploadUrls(signer, bucket, urlValidity);
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Telemetry.invocation(context, () -> handle(event));
    }

    /**
     * SnapStart: before the snapshot, requests that write nothing go the whole way: a GET /uploads/{id} of an id
     * that does not exist (claims, routing, a GetItem through the SDK's DynamoDB pipeline, the JSON answer) and
     * a POST /uploads of an unknown report type (body parsing, the rules, the refusal), the write path without a
     * write ({@link #primeWritePath}), and one URL is signed locally. No metric is counted. Upload ids stay unique after a restore: they come from UUID.randomUUID
     * (SecureRandom), which Lambda's Java runtimes keep unique across restores (AWS's SnapStart uniqueness guide).
     */
    @Override
    public void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        prime();
    }

    @Override
    public void afterRestore(org.crac.Context<? extends Resource> context) {
        // nothing to renew: no connection is kept, credentials are fetched again when they expire
    }

    /** The priming requests; public for the cold-start bench, which times a restored instance. */
    public void prime() {
        int[] answers = Telemetry.priming(() -> new int[] {
                handle(primingEvent("GET", "/uploads/snapstart-priming", null)).getStatusCode(),
                handle(primingEvent("POST", "/uploads", "{\"reportType\":\"snapstart-priming\",\"period\":\"2025\","
                        + "\"fileName\":\"priming.csv\",\"contentType\":\"text/csv\"}")).getStatusCode()});
        boolean written = Telemetry.priming(this::primeWritePath);
        urls.put("incoming/snapstart-priming.csv", "text/csv"); // signed locally, never used
        LOG.info("primed for the snapshot: GET answered {}, POST {}, priming write {}", answers[0], answers[1],
                written ? "stored (unexpected)" : "refused, nothing stored");
    }

    /**
     * The write path of a POST without a write: the rules accept a real report type's request, and the completion of
     * an upload that does not exist goes out as a conditional PutItem whose condition fails (DynamoDB stores nothing),
     * so the item mapping and the SDK's PutItem marshalling have run before the snapshot.
     */
    private boolean primeWritePath() {
        catalog.types().stream().findFirst().map(ReportType::id).ifPresent(type -> {
            try {
                rules.check(UploadRequest.parse("{\"reportType\":\"" + type + "\",\"period\":\"2025\","
                        + "\"fileName\":\"priming.csv\",\"contentType\":\"text/csv\"}"));
            } catch (InvalidUploadRequest refused) {
                // a type that takes no CSV: the rules ran all the same
            }
        });
        Upload absent = Upload.pending("snapstart-priming", "00000000", "snapstart-priming", "2025", "priming.csv",
                "text/csv", "incoming/snapstart-priming.csv", clock.instant());
        return uploads.complete(absent.completed(UploadStatus.REJECTED, java.util.List.of(), 0, null, clock.instant(), null));
    }

    private static APIGatewayV2HTTPEvent primingEvent(String method, String path, String body) {
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath(path)
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withStage("$default")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(Map.of(ProviderClaims.AGB_CLAIM, "00000000")).build())
                                .build())
                        .build())
                .build();
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        Optional<String> agb = ProviderClaims.agb(event);
        if (agb.isEmpty()) {
            return ApiResponses.error(401, "Niet aangemeld: dit verzoek hoort bij geen bekende zorgaanbieder (AGB-code).");
        }
        String method = method(event);
        String path = path(event);
        if (path.equals("/uploads")) {
            return switch (method) {
                case "POST" -> create(agb.get(), body(event));
                case "GET" -> list(agb.get());
                default -> notAllowed("GET, POST");
            };
        }
        Matcher upload = UPLOAD_PATH.matcher(path);
        if (upload.matches()) {
            return method.equals("GET") ? status(agb.get(), upload.group(1)) : notAllowed("GET");
        }
        return ApiResponses.error(404, "Dit adres bestaat niet in de upload-API.");
    }

    private APIGatewayV2HTTPResponse create(String agb, String body) {
        UploadRequest request;
        UploadFormat format;
        try {
            request = UploadRequest.parse(body);
            format = rules.check(request);
        } catch (InvalidUploadRequest invalid) {
            Telemetry.count("UploadRequestsRefused", 1);
            return ApiResponses.error(400, invalid.messageNl(), invalid.field());
        }
        String uploadId = ids.get();
        // The server builds the whole key from the caller's own AGB code, checked fields and a random id: a
        // provider cannot write into another's key space, and its own file name never becomes part of a key.
        String key = new ObjectKey(agb, request.reportType(), request.period(), uploadId, format.extension()).toString();
        uploads.create(Upload.pending(uploadId, agb, request.reportType(), request.period(), request.fileName(),
                format.contentType(), key, clock.instant()));
        UploadUrls.SignedPut put = urls.put(key, format.contentType());
        Telemetry.count("UploadUrlsIssued", 1);
        LOG.info("upload {} of {} for provider {}: URL issued for {}", uploadId, request.reportType(), agb, key);
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("uploadId", uploadId);
        response.put("url", put.url());
        response.put("expiresAt", put.expiresAt().toString());
        response.put("headers", put.headers());
        return ApiResponses.json(201, response);
    }

    private APIGatewayV2HTTPResponse status(String agb, String uploadId) {
        // Someone else's upload answers exactly like a missing one, so ids cannot be probed.
        return uploads.find(uploadId)
                .filter(u -> u.provider().equals(agb))
                .map(u -> ApiResponses.json(200, UploadView.of(u)))
                .orElseGet(() -> ApiResponses.error(404, NOT_FOUND));
    }

    /** The caller's own uploads, newest first, without their problems (GET /uploads/{id} has those). */
    private APIGatewayV2HTTPResponse list(String agb) {
        List<Map<String, Object>> own = uploads.uploadsOf(agb).stream().limit(LISTED_UPLOADS).map(UploadView::summary).toList();
        return ApiResponses.json(200, Map.of("uploads", own));
    }

    private static APIGatewayV2HTTPResponse notAllowed(String allowed) {
        return ApiResponses.json(405, Map.of("error", "Deze methode is hier niet toegestaan; gebruik " + allowed + "."),
                Map.of("Allow", allowed));
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        return context == null || context.getHttp() == null || context.getHttp().getMethod() == null ? ""
                : context.getHttp().getMethod().toUpperCase(java.util.Locale.ROOT);
    }

    /** The path without a named stage's prefix, which HTTP APIs keep in rawPath; without a trailing slash. */
    private static String path(APIGatewayV2HTTPEvent event) {
        String path = event.getRawPath() == null ? "" : event.getRawPath();
        String stage = event.getRequestContext() == null ? null : event.getRequestContext().getStage();
        if (stage != null && !stage.equals("$default") && path.startsWith("/" + stage + "/")) {
            path = path.substring(stage.length() + 1);
        }
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        return body != null && event.getIsBase64Encoded()
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
    }
}
