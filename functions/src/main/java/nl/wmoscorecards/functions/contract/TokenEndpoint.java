package nl.wmoscorecards.functions.contract;

import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user pool's token endpoint for the contract-manager client (public, no secret): a code redeemed with its PKCE
 * verifier, an ID token renewed with the refresh token, a refresh token revoked at sign-out. Form posts with the
 * JDK's HttpClient.
 */
public final class TokenEndpoint {
    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpoint.class);
    private final URI token;
    private final URI revoke;
    private final String clientId;
    private final HttpClient http;

    /** What the endpoint gave: an ID token, and a refresh token when it gave one (a code does, a renewal does not). */
    public record Tokens(String idToken, String refreshToken) {
    }

    public TokenEndpoint(URI token, URI revoke, String clientId, HttpClient http) {
        this.token = token;
        this.revoke = revoke;
        this.clientId = clientId;
        this.http = http;
    }

    /** A Cognito user pool domain's /oauth2/token and /oauth2/revoke. */
    public static TokenEndpoint ofUserPoolDomain(String domain, String clientId) {
        String base = domain.replaceAll("/+$", "");
        return new TokenEndpoint(URI.create(base + "/oauth2/token"), URI.create(base + "/oauth2/revoke"), clientId,
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    String clientId() {
        return clientId;
    }

    /** The tokens for a code; the endpoint checks the code verifier against the challenge of the sign-in. */
    public Optional<Tokens> redeem(String code, String codeVerifier, String redirectUri) throws IOException {
        return tokens(Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", redirectUri,
                "code_verifier", codeVerifier));
    }

    /** A fresh ID token (with the groups as they are now) for a refresh token that is still valid. */
    public Optional<Tokens> renew(String refreshToken) throws IOException {
        return tokens(Map.of("grant_type", "refresh_token", "refresh_token", refreshToken));
    }

    /** Ends a refresh token (Cognito then refuses it and the ID tokens issued with it); best effort at sign-out. */
    public void revoke(String refreshToken) {
        try {
            HttpResponse<Void> answer = post(revoke, Map.of("token", refreshToken, "token_type_hint", "refresh_token"),
                    HttpResponse.BodyHandlers.discarding());
            if (answer.statusCode() != 200) {
                LOG.info("revoking a contract manager's refresh token answered {}", answer.statusCode());
            }
        } catch (IOException e) {
            LOG.warn("revoking a contract manager's refresh token failed: {}", e.getMessage());
        }
    }

    private Optional<Tokens> tokens(Map<String, String> grant) throws IOException {
        HttpResponse<String> answer = post(token, grant, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            // invalid_grant: a used, expired or revoked code or refresh token. A sign-in to start again.
            LOG.info("token endpoint answered {} to a {}", answer.statusCode(), grant.get("grant_type"));
            return Optional.empty();
        }
        try {
            Map<String, Object> body = JSONObjectUtils.parse(answer.body());
            return body.get("id_token") instanceof String id
                    ? Optional.of(new Tokens(id, body.get("refresh_token") instanceof String r ? r : null))
                    : Optional.empty();
        } catch (ParseException e) {
            throw new IOException("the token endpoint's answer is no JSON object", e);
        }
    }

    private <T> HttpResponse<T> post(URI endpoint, Map<String, String> fields, HttpResponse.BodyHandler<T> body)
            throws IOException {
        StringBuilder form = new StringBuilder("client_id=").append(encode(clientId));
        fields.forEach((name, value) -> form.append('&').append(name).append('=').append(encode(value)));
        try {
            return http.send(HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
