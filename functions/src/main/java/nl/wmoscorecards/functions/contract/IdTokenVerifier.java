package nl.wmoscorecards.functions.contract;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.jwk.source.RateLimitReachedException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a contract manager's ID token as API Gateway's JWT authorizer would, and more strictly: an RS256 signature
 * by a key of the user pool's JWKS (fetched once and cached per container by nimbus-jose-jwt), the pool as issuer,
 * the contract-manager client as audience, not expired (a minute of clock skew), and {@code token_use=id} (an access
 * token of the same pool has no name and is not meant for this). Only what this accepts becomes claims.
 */
public final class IdTokenVerifier {
    private static final Logger LOG = LoggerFactory.getLogger(IdTokenVerifier.class);
    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    public IdTokenVerifier(String issuer, String clientId, URI jwks) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(jwks.toURL()).retrying(true).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("JWKS address " + jwks, e);
        }
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(clientId,
                new JWTClaimsSet.Builder().issuer(issuer).claim("token_use", "id").build(), Set.of("sub", "exp", "iat")));
    }

    /** A Cognito user pool's verifier: its JWKS is at the issuer's /.well-known/jwks.json. */
    public static IdTokenVerifier forUserPool(String issuer, String clientId) {
        return new IdTokenVerifier(issuer, clientId, URI.create(issuer + "/.well-known/jwks.json"));
    }

    /**
     * The token's claims when it passes every check, else empty (the reason is logged, never the token). When the
     * pool's keys cannot be fetched at all this throws: that is an outage to alarm on, not a manager to send back.
     */
    public Optional<JWTClaimsSet> verify(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(processor.process(token, null));
        } catch (RateLimitReachedException e) {
            // A key id the cached keys lack, again within 30 s (the keys are fetched again at most that often):
            // a made-up or another pool's key, not an outage.
            LOG.info("contract manager's token refused: signed with a key the user pool does not have");
            return Optional.empty();
        } catch (KeySourceException e) {
            throw new IllegalStateException("the user pool's signing keys could not be fetched", e);
        } catch (ParseException | BadJOSEException | JOSEException e) {
            LOG.info("contract manager's token refused: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * The claims as API Gateway's JWT authorizer hands them to a function (what {@link ContractManagerClaims}
     * reads): text as it is, a list as "[a b]", a time in epoch seconds.
     */
    public static Map<String, String> asAuthorizerClaims(JWTClaimsSet claims) {
        Map<String, String> flat = new LinkedHashMap<>();
        claims.getClaims().forEach((name, value) -> {
            if (value instanceof Collection<?> list) {
                flat.put(name, list.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]")));
            } else if (value instanceof Date date) {
                flat.put(name, String.valueOf(date.getTime() / 1000));
            } else if (value != null) {
                flat.put(name, String.valueOf(value));
            }
        });
        return flat;
    }
}
