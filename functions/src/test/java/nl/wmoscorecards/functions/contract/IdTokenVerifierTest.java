package nl.wmoscorecards.functions.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The contract manager's ID token against a real OpenID Connect server's keys: only a genuine, current ID token of the pool for this client passes.
 * Starts a real OpenID Connect server, so it runs with the integration tests in verify. */
@Tag("integration")
class IdTokenVerifierTest {
    private static final UserPoolStandIn POOL = new UserPoolStandIn();
    private static final Map<String, Object> ANNA = UserPoolStandIn.manager("Anna de Vries", "contractmanager-zaanstreek-waterland");
    private final IdTokenVerifier verifier = POOL.verifier();

    @AfterAll
    static void stop() {
        POOL.close();
    }

    @Test
    void aGenuineIdTokenGivesItsClaimsAsTheJwtAuthorizerWould() {
        Map<String, String> claims = IdTokenVerifier.asAuthorizerClaims(verifier.verify(POOL.idToken(ANNA)).orElseThrow());

        assertThat(claims).containsEntry("cognito:groups", "[contractmanager-zaanstreek-waterland]")
                .containsEntry("name", "Anna de Vries").containsEntry("iss", POOL.issuer());
        assertThat(claims.get("exp")).matches("\\d{10}");
    }

    @Test
    void aForgedSignatureIsRefused() throws Exception {
        assertThat(verifier.verify(POOL.forged(ANNA))).isEmpty();
    }

    @Test
    void claimsChangedAfterSigningAreRefused() throws Exception {
        SignedJWT genuine = SignedJWT.parse(POOL.idToken(ANNA));
        String payload = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
                .claim("cognito:groups", List.of("contractmanager-zaanstreek-waterland", "contractmanager-dwo")).build()
                .toPayload().toBase64URL().toString();
        String[] parts = genuine.serialize().split("\\.");
        assertThat(verifier.verify(parts[0] + "." + payload + "." + parts[2])).isEmpty();
    }

    @Test
    void anUnsignedTokenIsRefused() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(POOL.idToken(ANNA)).getJWTClaimsSet();
        assertThat(verifier.verify(new PlainJWT(claims).serialize())).isEmpty();
    }

    @Test
    void anExpiredTokenIsRefused() {
        assertThat(verifier.verify(POOL.idToken(UserPoolStandIn.CLIENT_ID, ANNA, -120))).isEmpty();
    }

    @Test
    void aTokenForAnotherClientIsRefused() {
        assertThat(verifier.verify(POOL.idToken("provider-upload-client", ANNA, 900))).isEmpty();
    }

    @Test
    void aTokenOfAnotherIssuerIsRefused() {
        assertThat(verifier.verify(POOL.ofAnotherIssuer(ANNA))).isEmpty();
    }

    @Test
    void anAccessTokenOfThePoolIsNoIdToken() {
        Map<String, Object> access = new LinkedHashMap<>(ANNA);
        access.put("token_use", "access");
        assertThat(verifier.verify(POOL.idToken(access))).isEmpty();
        access.remove("token_use");
        assertThat(verifier.verify(POOL.idToken(access))).isEmpty();
    }

    @Test
    void garbageIsRefused() {
        assertThat(verifier.verify("not.a.token")).isEmpty();
        assertThat(verifier.verify("")).isEmpty();
        assertThat(verifier.verify(null)).isEmpty();
    }
}
