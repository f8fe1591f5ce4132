package nl.wmoscorecards.tests.reliability;

import static nl.wmoscorecards.tests.upload.TwoProviders.AGB_A;
import static nl.wmoscorecards.tests.upload.TwoProviders.AGB_B;
import static nl.wmoscorecards.tests.upload.TwoProviders.CSV;
import static nl.wmoscorecards.tests.upload.TwoProviders.CTO_FILE;
import static nl.wmoscorecards.tests.upload.TwoProviders.keyForA;
import static nl.wmoscorecards.tests.upload.TwoProviders.keyForB;
import static nl.wmoscorecards.tests.upload.UploadApiClient.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.wmoscorecards.functions.handler.ApiUploadsHandler;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.tests.upload.UploadApiClient;
import nl.wmoscorecards.tests.upload.UploadApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Every route of the upload API (docs/openapi.yaml: POST /uploads, GET /uploads/{uploadId}) for every
 * caller: provider A on its own and on provider B's uploads, B on A's, and callers with no credential, a
 * revoked (the local stand-in for expired) one, forged ones and the right key in the wrong scheme. Every
 * cross access is refused, and a refused request leaves nothing behind. Locally over HTTP with API keys
 * (LocalApiServer); for AWS at the handler with the HTTP API events the JWT authorizer passes on.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessMatrixTest {
    private static final String UNKNOWN = UUID.randomUUID().toString();

    @TempDir
    static Path work;
    private LocalRuntime runtime;
    private URI endpoint;
    private UploadApiClient api;
    private final HttpClient http = HttpClient.newHttpClient();
    private String keyA;
    private String revokedKeyA;
    private String keyB;
    private String uploadA;
    private String uploadB;

    @BeforeAll
    void start() throws Exception {
        runtime = LocalRuntime.inMemory(work.resolve("data"), Rig.PSEUDONYM_KEY);
        revokedKeyA = keyForA(runtime.providerKeys());
        keyA = keyForA(runtime.providerKeys()); // a new key revokes the old one
        keyB = keyForB(runtime.providerKeys());
        endpoint = runtime.startApi().endpoint();
        api = new UploadApiClient(endpoint);
        uploadA = uploaded(keyA);
        uploadB = uploaded(keyB);
    }

    @AfterAll
    void stop() {
        runtime.close();
    }

    private String uploaded(String key) throws Exception {
        Answer issued = api.post(key, request("cto", "2025", "cto.csv", CSV));
        assertThat(issued.status()).isEqualTo(201);
        assertThat(api.put(issued.text("url"), CSV, CTO_FILE)).isEqualTo(200);
        return issued.text("uploadId");
    }

    /** Who calls, and with which Authorization header (null: none). */
    private Map<String, String> callers() {
        char last = keyA.charAt(keyA.length() - 1);
        Map<String, String> callers = new LinkedHashMap<>();
        callers.put("A", "Bearer " + keyA);
        callers.put("B", "Bearer " + keyB);
        callers.put("no credential", null);
        callers.put("A's revoked key", "Bearer " + revokedKeyA);
        callers.put("A's key with one character changed", "Bearer " + keyA.substring(0, keyA.length() - 1) + (last == 'x' ? 'y' : 'x'));
        callers.put("a made-up key", "Bearer wsk_" + "Q".repeat(43));
        callers.put("an unsigned JWT claiming A", "Bearer " + unsignedJwt(AGB_A));
        callers.put("A's AGB code as key", "Bearer " + AGB_A);
        callers.put("A's key as Basic", "Basic " + keyA);
        callers.put("an empty bearer", "Bearer ");
        return callers;
    }

    /** What each caller must get on each route: only A on its own and B on its own get through. */
    private static int expected(String caller, String route) {
        return switch (caller) {
            case "A" -> route.equals("POST /uploads") ? 201 : route.equals("GET A's upload") ? 200 : 404;
            case "B" -> route.equals("POST /uploads") ? 201 : route.equals("GET B's upload") ? 200 : 404;
            default -> 401;
        };
    }

    @Test
    void everyRouteForEveryCallerAnswersOnlyTheOwner() throws Exception {
        Map<String, HttpRequest.Builder> routes = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        int cells = 0;
        int before = runtime.uploadStore().uploadsOf(AGB_A).size() + runtime.uploadStore().uploadsOf(AGB_B).size();
        int created = 0;
        for (Map.Entry<String, String> caller : callers().entrySet()) {
            routes.clear();
            routes.put("POST /uploads", HttpRequest.newBuilder(endpoint.resolve("/uploads"))
                    .header("Content-Type", "application/json")
                    // The body names the other provider everywhere it could: never the key space it gets.
                    .POST(HttpRequest.BodyPublishers.ofString("{\"reportType\":\"cto\",\"period\":\"2025\",\"fileName\":\"cto.csv\","
                            + "\"contentType\":\"text/csv\",\"agb\":\"" + AGB_B + "\",\"provider\":\"" + AGB_B + "\"}")));
            routes.put("GET A's upload", HttpRequest.newBuilder(endpoint.resolve("/uploads/" + uploadA)).GET());
            routes.put("GET B's upload", HttpRequest.newBuilder(endpoint.resolve("/uploads/" + uploadB)).GET());
            routes.put("GET an unknown upload", HttpRequest.newBuilder(endpoint.resolve("/uploads/" + UNKNOWN)).GET());
            for (Map.Entry<String, HttpRequest.Builder> route : routes.entrySet()) {
                HttpRequest.Builder request = route.getValue();
                if (caller.getValue() != null) {
                    request.header("Authorization", caller.getValue());
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                int want = expected(caller.getKey(), route.getKey());
                cells++;
                assertThat(response.statusCode()).as("%s on %s: %s", caller.getKey(), route.getKey(), response.body())
                        .isEqualTo(want);
                if (want == 201) {
                    created++;
                    String agb = caller.getKey().equals("A") ? AGB_A : AGB_B;
                    assertThat(response.body()).contains("/incoming/" + agb + "/cto/2025/");
                }
                if (want == 404) {
                    // Someone else's upload answers exactly like one that does not exist.
                    assertThat(response.body()).doesNotContain(uploadA).doesNotContain(uploadB).doesNotContain("cto.csv");
                }
                if (want >= 400) {
                    refused.add(caller.getKey() + " / " + route.getKey());
                }
            }
        }
        int after = runtime.uploadStore().uploadsOf(AGB_A).size() + runtime.uploadStore().uploadsOf(AGB_B).size();
        assertThat(after).as("only the owners' own POSTs recorded an upload").isEqualTo(before + created);
        Figures.record("AccessMatrixTest", cells + " caller/route cells over HTTP, " + refused.size()
                + " refused as expected (401 without a valid key, 404 on another provider's upload), "
                + created + " allowed (each owner's own POST), " + (cells - refused.size() - created) + " owner reads");
    }

    @Test
    void aPreSignedUrlOnlyPutsItsOwnKeyWithItsContentTypeBeforeItExpires() throws Exception {
        Answer issued = api.post(keyA, request("cto", "2025", "cto.csv", CSV));
        String url = issued.text("url");
        String key = "incoming/" + AGB_A + "/cto/2025/" + issued.text("uploadId") + ".csv";
        assertThat(URI.create(url).getRawQuery()).contains("X-Amz-Expires=900");

        // Not extended, not turned into a read or a delete, not without its content type.
        String stretched = url.replace("X-Amz-Expires=900", "X-Amz-Expires=604800");
        assertThat(put(stretched, CSV)).as("expiry stretched to a week").isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(URI.create(url)).GET())).as("GET with the PUT URL").isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(URI.create(url)).DELETE())).as("DELETE with the PUT URL").isEqualTo(403);
        assertThat(send(HttpRequest.newBuilder(URI.create(url)).PUT(HttpRequest.BodyPublishers.ofByteArray(CTO_FILE))))
                .as("PUT without a content type").isEqualTo(403);
        assertThat(put(url.replace("/cto/2025/", "/cto/2024/"), CSV)).as("another period in the key").isEqualTo(403);
        assertThat(put(url.replace(".csv?", ".xlsx?"), CSV)).as("another extension").isEqualTo(403);
        assertThat(exists(key)).isFalse();

        assertThat(put(url, CSV)).isEqualTo(200);
        assertThat(exists(key)).isTrue();
        // B's own URL, even used at once, never reaches A's object.
        Answer issuedB = api.post(keyB, request("cto", "2025", "cto.csv", CSV));
        String overA = issuedB.text("url").replace("/incoming/" + AGB_B + "/", "/incoming/" + AGB_A + "/")
                .replace(issuedB.text("uploadId"), issued.text("uploadId"));
        assertThat(put(overA, CSV)).isEqualTo(403);
    }

    @Test
    void inAwsTheHandlerTakesTheProviderOnlyFromTheAuthorizersClaim() {
        ApiUploadsHandler handler = new ApiUploadsHandler(runtime.uploadStore(), runtime.config().reportTypes(),
                runtime.s3().presigner(), runtime.s3().bucket(), Clock.systemUTC(), () -> UUID.randomUUID().toString());
        Map<String, APIGatewayV2HTTPEvent> refused = new LinkedHashMap<>();
        refused.put("no authorizer context (forged token in the header only)", event(null, "POST", "/uploads"));
        refused.put("claims without custom:agb", event(Map.of("sub", "x", "cognito:username", AGB_A), "POST", "/uploads"));
        for (String bad : List.of("", "1234567", "123456789", "1234567X", " 12345678", "12345678\n", "١٢٣٤٥٦٧٨", "12345678' OR '1'='1")) {
            refused.put("custom:agb '" + bad + "'", event(Map.of("custom:agb", bad), "POST", "/uploads"));
        }
        refused.put("GET without custom:agb", event(Map.of("sub", "x"), "GET", "/uploads/" + uploadA));
        for (Map.Entry<String, APIGatewayV2HTTPEvent> e : refused.entrySet()) {
            assertThat(handler.handleRequest(e.getValue(), null).getStatusCode()).as(e.getKey()).isEqualTo(401);
        }

        APIGatewayV2HTTPResponse bOnA = handler.handleRequest(event(Map.of("custom:agb", AGB_B), "GET", "/uploads/" + uploadA), null);
        APIGatewayV2HTTPResponse bOnUnknown = handler.handleRequest(event(Map.of("custom:agb", AGB_B), "GET", "/uploads/" + UNKNOWN), null);
        APIGatewayV2HTTPResponse aOnA = handler.handleRequest(event(Map.of("custom:agb", AGB_A), "GET", "/uploads/" + uploadA), null);
        assertThat(bOnA.getStatusCode()).isEqualTo(404);
        assertThat(bOnA.getBody()).isEqualTo(bOnUnknown.getBody());
        assertThat(aOnA.getStatusCode()).isEqualTo(200);

        // Headers, query and body naming A do not make B's request A's.
        APIGatewayV2HTTPEvent bPosingAsA = event(Map.of("custom:agb", AGB_B), "POST", "/uploads");
        bPosingAsA.getHeaders().put("x-agb", AGB_A);
        bPosingAsA.setQueryStringParameters(Map.of("agb", AGB_A));
        bPosingAsA.setBody("{\"reportType\":\"cto\",\"period\":\"2025\",\"fileName\":\"cto.csv\",\"contentType\":\"text/csv\",\"agb\":\"" + AGB_A + "\"}");
        APIGatewayV2HTTPResponse posed = handler.handleRequest(bPosingAsA, null);
        assertThat(posed.getStatusCode()).isEqualTo(201);
        assertThat(posed.getBody()).contains("/incoming/" + AGB_B + "/").doesNotContain("/incoming/" + AGB_A + "/");
    }

    /**
     * The routes the providers' upload page reads (GET /uploads, GET /report-duties) for every caller: A and B each
     * get their own list and nothing of the other's; every bad credential gets 401 and no list.
     */
    @Test
    void theUploadPageRoutesAnswerEachProviderItsOwnOnly() throws Exception {
        for (Map.Entry<String, String> caller : callers().entrySet()) {
            for (String route : List.of("/uploads", "/report-duties")) {
                HttpRequest.Builder request = HttpRequest.newBuilder(endpoint.resolve(route)).GET();
                if (caller.getValue() != null) {
                    request.header("Authorization", caller.getValue());
                }
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                boolean owner = caller.getKey().equals("A") || caller.getKey().equals("B");
                assertThat(response.statusCode()).as("%s on GET %s: %s", caller.getKey(), route, response.body())
                        .isEqualTo(owner ? 200 : 401);
                if (!route.equals("/uploads")) {
                    continue;
                }
                String own = caller.getKey().equals("A") ? uploadA : uploadB;
                String other = caller.getKey().equals("A") ? uploadB : uploadA;
                if (owner) {
                    assertThat(response.body()).contains(own).doesNotContain(other);
                } else {
                    assertThat(response.body()).doesNotContain(uploadA).doesNotContain(uploadB);
                }
            }
        }
    }

    /** Browsers: only a page of the configured site origin may call the API (CORS), as the HTTP API's CorsConfiguration. */
    @Test
    void onlyTheSitesOriginMayCallTheApiFromABrowser() throws Exception {
        String site = "http://localhost:8080";
        try (LocalRuntime served = LocalRuntime.inMemory(work.resolve("cors"), Rig.PSEUDONYM_KEY, site)) {
            URI api = served.startApi().endpoint();
            for (String origin : List.of(site, "http://evil.example", "http://127.0.0.1:8080", "null")) {
                HttpResponse<String> preflight = http.send(HttpRequest.newBuilder(api.resolve("/uploads"))
                        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                        .header("Access-Control-Request-Method", "POST")
                        .header("Access-Control-Request-Headers", "authorization,content-type").build(),
                        HttpResponse.BodyHandlers.ofString());
                if (origin.equals(site)) {
                    assertThat(preflight.statusCode()).isEqualTo(204);
                    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).contains(site);
                    assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(""))
                            .contains("authorization");
                } else {
                    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as("origin %s", origin).isEmpty();
                }
            }
        }
    }

    /**
     * What the handler cannot decide: a token's signature, issuer, audience and expiry are checked by the HTTP
     * API's JWT authorizer before the function runs. The template puts that authorizer in front of every route.
     */
    @Test
    @SuppressWarnings("unchecked")
    void inAwsEveryRouteIsBehindTheJwtAuthorizerOfTheProviderUserPool() throws IOException {
        Map<String, Object> template = readTemplate();
        Map<String, Object> resources = (Map<String, Object>) template.get("Resources");
        Map<String, Object> api = (Map<String, Object>) ((Map<String, Object>) resources.get("UploadApi")).get("Properties");
        Map<String, Object> auth = (Map<String, Object>) api.get("Auth");
        String authorizer = (String) auth.get("DefaultAuthorizer");
        Map<String, Object> jwt = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) auth.get("Authorizers"))
                .get(authorizer)).get("JwtConfiguration");
        assertThat(jwt.get("issuer").toString()).contains("cognito-idp").contains("ProviderUserPool");
        assertThat(jwt.get("audience").toString()).contains("ProviderUserPoolClient");

        List<String> routes = new ArrayList<>();
        for (Object resource : resources.values()) {
            Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) resource).get("Properties");
            Map<String, Object> events = properties == null ? null : (Map<String, Object>) properties.get("Events");
            if (events == null) {
                continue;
            }
            for (Object e : events.values()) {
                Map<String, Object> event = (Map<String, Object>) e;
                if ("HttpApi".equals(event.get("Type"))) {
                    Map<String, Object> p = (Map<String, Object>) event.get("Properties");
                    if (p.get("ApiId").toString().contains("ContractManagerApi")) {
                        continue; // the contract managers' API, behind its own authorizer: ContractManagerAccessMatrixTest
                    }
                    routes.add(p.get("Method") + " " + p.get("Path"));
                    assertThat(p).as("route %s keeps the default authorizer", p.get("Path")).doesNotContainKey("Auth");
                    assertThat(p.get("ApiId").toString()).contains("UploadApi");
                }
            }
        }
        assertThat(routes).containsExactlyInAnyOrder("POST /uploads", "GET /uploads/{uploadId}", "GET /uploads",
                "GET /report-duties");
        String openApi = Files.readString(Path.of(System.getProperty("scorecards.home", "..")).resolve("docs/openapi.yaml"));
        assertThat(openApi).contains("  /uploads:\n    post:").contains("  /uploads/{uploadId}:\n    get:")
                .contains("\n    get:\n      operationId: listUploads").contains("  /report-duties:\n    get:");
    }

    static Map<String, Object> readTemplate() throws IOException {
        SafeConstructor constructor = new SafeConstructor(new LoaderOptions()) {
            {
                // CloudFormation's short-form tags (!Ref, !Sub, !GetAtt ...) kept as "Tag value" text.
                this.yamlMultiConstructors.put("!", new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        String value = node instanceof ScalarNode scalar ? scalar.getValue() : node.toString();
                        return node.getTag().getValue() + " " + value;
                    }
                });
            }
        };
        return new Yaml(constructor).load(Files.readString(Path.of(System.getProperty("scorecards.home", ".."))
                .resolve("template.yaml")));
    }

    private static APIGatewayV2HTTPEvent event(Map<String, String> claims, String method, String path) {
        APIGatewayV2HTTPEvent event = EventLoader.loadApiGatewayHttpEvent("events/api-post-upload.json");
        event.setHeaders(new HashMap<>(event.getHeaders()));
        event.getRequestContext().getHttp().setMethod(method);
        event.setRawPath(path);
        event.setRouteKey(method + " " + (path.startsWith("/uploads/") ? "/uploads/{uploadId}" : path));
        if (claims == null) {
            event.getRequestContext().setAuthorizer(null);
        } else {
            event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        }
        if (method.equals("GET")) {
            event.setBody(null);
        }
        return event;
    }

    private static String unsignedJwt(String agb) {
        java.util.Base64.Encoder b64 = java.util.Base64.getUrlEncoder().withoutPadding();
        return b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"custom:agb\":\"" + agb + "\"}").getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** A PUT with the headers the API hands out: the content type and the create-only condition. */
    private int put(String url, String contentType) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
                .header("If-None-Match", "*")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(CTO_FILE)));
    }

    private int send(HttpRequest.Builder request) throws Exception {
        // A client of its own per request to S3: S3Proxy may refuse before reading the body and close the connection, and a
        // shared client would send the next request on that closed connection ("header parser received no bytes").
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private boolean exists(String key) {
        try {
            runtime.s3().client().headObject(b -> b.bucket(runtime.s3().bucket()).key(key));
            return true;
        } catch (software.amazon.awssdk.services.s3.model.NoSuchKeyException e) {
            return false;
        } catch (software.amazon.awssdk.services.s3.model.S3Exception e) {
            if (e.statusCode() == 404) {
                return false;
            }
            throw e;
        }
    }
}
