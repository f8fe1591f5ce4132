package nl.wmoscorecards.tests.upload;

import static nl.wmoscorecards.tests.upload.TwoProviders.AGB_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.local.runtime.JwtAuthorizer;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The local API's stand-in for API Gateway's JWT authorizer, against tokens of a real OpenID Connect server: what it
 * lets in and hands on as claims, and what it refuses (a 401 at the API).
 */
class JwtAuthorizerTest {
    private static final String ISSUER_ID = "oauth2";
    private static final String CLIENT_ID = "aanleverpagina";
    private static MockOAuth2Server oidc;
    private static JwtAuthorizer authorizer;

    @BeforeAll
    static void start() {
        oidc = new MockOAuth2Server();
        oidc.start();
        authorizer = new JwtAuthorizer(URI.create(oidc.issuerUrl(ISSUER_ID).toString()),
                URI.create(oidc.jwksUrl(ISSUER_ID).toString()), CLIENT_ID);
    }

    @AfterAll
    static void stop() {
        if (oidc != null) {
            oidc.shutdown();
        }
    }

    private static String token(String issuerId, List<String> audience, Map<String, Object> claims, long expirySeconds) {
        return oidc.issueToken(issuerId, CLIENT_ID, new DefaultOAuth2TokenCallback(issuerId, "medewerker-zorg-a", "JWT",
                audience, claims, expirySeconds)).serialize();
    }

    @Test
    void aTokenOfTheIssuerForThisClientIsLetInWithItsClaimsAsApiGatewayPassesThem() {
        String token = token(ISSUER_ID, List.of(CLIENT_ID),
                Map.of("custom:agb", AGB_A, "cognito:groups", List.of("aanbieders", "regio-noord")), 3600);

        Map<String, String> claims = authorizer.claims(token).orElseThrow();

        assertThat(claims).containsEntry("custom:agb", AGB_A).containsEntry("sub", "medewerker-zorg-a")
                .containsEntry("iss", oidc.issuerUrl(ISSUER_ID).toString())
                .containsEntry("cognito:groups", "[aanbieders regio-noord]");
        assertThat(claims.get("exp")).matches("\\d{10}");
    }

    @Test
    void withoutAnAudienceTheClientIdClaimMustNameThisClient() {
        assertThat(authorizer.claims(token(ISSUER_ID, List.of(), Map.of("client_id", CLIENT_ID), 3600))).isPresent();
        assertThat(authorizer.claims(token(ISSUER_ID, List.of(), Map.of("client_id", "een-andere-app"), 3600))).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThat(authorizer.claims(token(ISSUER_ID, List.of(CLIENT_ID), Map.of("custom:agb", AGB_A), -600))).isEmpty();
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        assertThat(authorizer.claims(token(ISSUER_ID, List.of("een-andere-app"), Map.of("custom:agb", AGB_A), 3600)))
                .isEmpty();
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertThat(authorizer.claims(token("ander-issuer", List.of(CLIENT_ID), Map.of("custom:agb", AGB_A), 3600)))
                .isEmpty();
    }

    @Test
    void aTokenWhoseClaimsWereChangedAfterSigningIsRefused() {
        String[] parts = token(ISSUER_ID, List.of(CLIENT_ID), Map.of("custom:agb", AGB_A), 3600).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace(AGB_A, TwoProviders.AGB_B);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "."
                + parts[2];

        assertThat(authorizer.claims(forged)).isEmpty();
    }

    @Test
    void anUnsignedTokenOrSomethingElseIsRefused() {
        String[] parts = token(ISSUER_ID, List.of(CLIENT_ID), Map.of("custom:agb", AGB_A), 3600).split("\\.");
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());

        assertThat(authorizer.claims(none + "." + parts[1] + ".")).isEmpty();
        assertThat(authorizer.claims("wsk_een-api-sleutel")).isEmpty();
    }
}
