package nl.wmoscorecards.functions.contract;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.net.http.HttpClient;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;

/**
 * A real OpenID Connect server in the user pool's place (mock-oauth2-server: signed JWTs, JWKS, authorize and token
 * endpoints). Its issuer id "oauth2" gives Cognito's paths /oauth2/authorize and /oauth2/token.
 */
public final class UserPoolStandIn implements AutoCloseable {
    public static final String ISSUER_ID = "oauth2";
    public static final String CLIENT_ID = "contract-manager-client";
    private final MockOAuth2Server server = new MockOAuth2Server();

    public UserPoolStandIn() {
        server.start();
    }

    public String issuer() {
        return server.issuerUrl(ISSUER_ID).toString();
    }

    public IdTokenVerifier verifier() {
        return new IdTokenVerifier(issuer(), CLIENT_ID, server.jwksUrl(ISSUER_ID).uri());
    }

    /** The hosted sign-in against this server, for a site served at siteUrl. */
    public HostedSignIn signIn(String siteUrl) {
        return new HostedSignIn(new HostedSignIn.Endpoints(server.authorizationEndpointUrl(ISSUER_ID).uri(),
                server.endSessionEndpointUrl(ISSUER_ID).uri(), siteUrl), tokens(), verifier(), Clock.systemUTC());
    }

    /** This server's token and revocation endpoints for the contract-manager client. */
    public TokenEndpoint tokens() {
        return new TokenEndpoint(server.tokenEndpointUrl(ISSUER_ID).uri(), server.revocationEndpointUrl(ISSUER_ID).uri(),
                CLIENT_ID, HttpClient.newHttpClient());
    }

    /** What contract-manager-site checks against this server: its ID tokens, renewed with its refresh tokens. */
    public SignedInManagers managers() {
        return new SignedInManagers(verifier(), tokens());
    }

    /** A manager's claims as Cognito puts them in an ID token: groups, name, e-mail, token_use=id. */
    public static Map<String, Object> manager(String name, String... groups) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("cognito:groups", List.of(groups));
        claims.put("name", name);
        claims.put("email", "cm@region.example");
        claims.put("token_use", "id");
        return claims;
    }

    /** An ID token this server signs, for the given audience, living the given seconds (negative: already expired). */
    public String idToken(String audience, Map<String, Object> claims, long seconds) {
        return server.issueToken(ISSUER_ID, "manager-sub", audience, claims, seconds).serialize();
    }

    public String idToken(Map<String, Object> claims) {
        return idToken(CLIENT_ID, claims, 900);
    }

    /** The claims the next authorization-code sign-in's ID token carries. */
    public void nextSignIn(Map<String, Object> claims) {
        server.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "manager-sub", "JWT", List.of(CLIENT_ID), claims, 900));
    }

    /** The same claims, issuer, audience and key id, signed with a key that is not the server's. */
    public String forged(Map<String, Object> claims) throws JOSEException, java.text.ParseException {
        SignedJWT genuine = SignedJWT.parse(idToken(claims));
        RSAKey other = new RSAKeyGenerator(2048).keyID(genuine.getHeader().getKeyID()).generate();
        JWTClaimsSet.Builder forged = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .expirationTime(new Date(System.currentTimeMillis() + 900_000));
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(other.getKeyID()).build(), forged.build());
        jwt.sign(new RSASSASigner(other));
        return jwt.serialize();
    }

    /** A token of another issuer on the same server (its own keys): a different user pool. */
    public String ofAnotherIssuer(Map<String, Object> claims) {
        return server.issueToken("anders", "manager-sub", CLIENT_ID, claims, 900).serialize();
    }

    public URI authorizeEndpoint() {
        return server.authorizationEndpointUrl(ISSUER_ID).uri();
    }

    @Override
    public void close() {
        server.shutdown();
    }
}
