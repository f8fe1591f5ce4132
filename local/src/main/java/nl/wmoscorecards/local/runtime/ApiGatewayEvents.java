package nl.wmoscorecards.local.runtime;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.sun.net.httpserver.HttpExchange;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Builds the HTTP API (payload 2.0) event API Gateway sends once its JWT authorizer accepted a request, with the
 * authorizer's claims, for the upload routes.
 */
final class ApiGatewayEvents {
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private ApiGatewayEvents() {
    }

    /** A request on the upload routes (as template.yaml declares them; anything else goes as $default). */
    static APIGatewayV2HTTPEvent uploadEvent(HttpExchange exchange, String body, Map<String, String> claims) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> pathParameters = null;
        String routeKey = "$default";
        if (method.equals("POST") && path.equals("/uploads")) {
            routeKey = "POST /uploads";
        } else if (method.equals("GET") && path.matches("/uploads/[^/]+")) {
            routeKey = "GET /uploads/{uploadId}";
            pathParameters = Map.of("uploadId", path.substring("/uploads/".length()));
        }
        return httpEvent(exchange, body, routeKey, pathParameters, claims);
    }

    static APIGatewayV2HTTPEvent httpEvent(HttpExchange exchange, String body, String routeKey,
                                           Map<String, String> pathParameters, Map<String, String> claims) {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            // The authorizer consumed the credential: never pass a key or a session cookie on.
            if (!lower.equals("authorization") && !lower.equals("cookie")) {
                headers.put(lower, String.join(",", values));
            }
        });
        Instant now = Instant.now();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withRawQueryString(exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery())
                .withHeaders(headers)
                .withPathParameters(pathParameters)
                .withBody(body.isEmpty() ? null : body)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey(routeKey)
                        .withStage("$default")
                        .withRequestId(UUID.randomUUID().toString())
                        .withDomainName(headers.getOrDefault("host", "127.0.0.1"))
                        .withTime(REQUEST_TIME.format(now))
                        .withTimeEpoch(now.toEpochMilli())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .withPath(path)
                                .withProtocol(exchange.getProtocol())
                                .withSourceIp(exchange.getRemoteAddress().getAddress().getHostAddress())
                                .withUserAgent(headers.get("user-agent"))
                                .build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(claims)
                                        .withScopes(List.of())
                                        .build())
                                .build())
                        .build())
                .build();
    }
}
