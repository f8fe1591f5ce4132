package nl.wmoscorecards.local.runtime;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmoscorecards.functions.upload.ProviderClaims;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The upload API on loopback, standing in for API Gateway with its JWT authorizer: it checks the
 * Authorization: Bearer credential (the provider's API key, or a {@link JwtAuthorizer}'s OpenID Connect token), then
 * calls the same handler AWS calls, with the event AWS would build, the claims where the authorizer puts them.
 */
public final class LocalApiServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LocalApiServer.class);
    private static final int MAX_BODY_BYTES = 64 * 1024;
    /** What template.yaml's CorsConfiguration allows the site: the methods and headers the upload page sends. */
    static final String CORS_METHODS = "GET, POST";
    static final String CORS_HEADERS = "authorization, content-type";
    private final LoopbackHttp http;
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final BearerAuthorizer authorizer;
    private final String siteOrigin;
    private final Set<String> providersSeen = ConcurrentHashMap.newKeySet();

    private LocalApiServer(LoopbackHttp http,
                           RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                           BearerAuthorizer authorizer, String siteOrigin) {
        this.http = http;
        this.handler = handler;
        this.authorizer = authorizer;
        this.siteOrigin = siteOrigin;
    }

    /** Listens on 127.0.0.1:{@code port}; 0 picks a free port. No browser page may call it (no CORS). */
    public static LocalApiServer start(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                       ProviderKeys keys, int port) throws IOException {
        return start(handler, keys, port, null);
    }

    /**
     * The same, answering CORS for {@code siteOrigin} only (the provider upload page's origin, as the HTTP API's
     * CorsConfiguration does in AWS); null answers no CORS at all.
     */
    public static LocalApiServer start(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                       ProviderKeys keys, int port, String siteOrigin) throws IOException {
        return start(handler, BearerAuthorizer.providerKeys(keys), port, siteOrigin);
    }

    /** The same with another authorizer, e.g. a {@link JwtAuthorizer} for a hosted sign-in's tokens. */
    public static LocalApiServer start(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                                       BearerAuthorizer authorizer, int port, String siteOrigin) throws IOException {
        LoopbackHttp http = LoopbackHttp.bind(port, 4);
        LocalApiServer api = new LocalApiServer(http, handler, authorizer, siteOrigin);
        http.serve(api::handle);
        return api;
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + http.port());
    }

    /** The providers that were let in since the start: whose uploads a browser may have PUT since. */
    public Set<String> providersSeen() {
        return Set.copyOf(providersSeen);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (allowedOrigin(exchange)) {
                // As API Gateway's CORS: the site's origin may read the answers; a preflight is answered before auth.
                exchange.getResponseHeaders().add("Access-Control-Allow-Origin", siteOrigin);
                exchange.getResponseHeaders().add("Vary", "Origin");
                if (exchange.getRequestMethod().equals("OPTIONS")) {
                    exchange.getResponseHeaders().add("Access-Control-Allow-Methods", CORS_METHODS);
                    exchange.getResponseHeaders().add("Access-Control-Allow-Headers", CORS_HEADERS);
                    exchange.getResponseHeaders().add("Access-Control-Max-Age", "600");
                    exchange.sendResponseHeaders(204, -1);
                    return;
                }
            }
            Optional<Map<String, String>> claims = bearer(exchange).flatMap(authorizer::claims);
            if (claims.isEmpty()) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
                send(exchange, 401, "{\"error\":\"Niet aangemeld: stuur een geldige API-sleutel of een geldig aanmeldtoken mee (Authorization: Bearer ...).\"}");
                return;
            }
            String agb = claims.get().get(ProviderClaims.AGB_CLAIM);
            if (agb != null) {
                providersSeen.add(agb);
            }
            byte[] body = readBody(exchange.getRequestBody());
            if (body == null) {
                send(exchange, 413, "{\"error\":\"Het verzoek is te groot.\"}");
                return;
            }
            APIGatewayV2HTTPEvent event = ApiGatewayEvents.uploadEvent(exchange, new String(body, StandardCharsets.UTF_8), claims.get());
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            if (response.getHeaders() != null) {
                response.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            }
            send(exchange, response.getStatusCode(), response.getBody() == null ? "" : response.getBody());
        } catch (RuntimeException e) {
            LOG.error("upload API request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            send(exchange, 500, "{\"error\":\"Er ging iets mis aan onze kant. Probeer het later opnieuw.\"}");
        }
    }

    private boolean allowedOrigin(HttpExchange exchange) {
        return siteOrigin != null && siteOrigin.equals(exchange.getRequestHeaders().getFirst("Origin"));
    }

    private static Optional<String> bearer(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).strip());
    }

    /** The body, or null when it is larger than any upload request needs. */
    private static byte[] readBody(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
        return body.length > MAX_BODY_BYTES ? null : body;
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (!exchange.getResponseHeaders().containsKey("Content-Type")) {
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
