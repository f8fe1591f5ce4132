package nl.wmoscorecards.local.runtime;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.text.ParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * API Gateway's HTTP API JWT authorizer on the local API, for an OpenID Connect issuer (the Cognito user pool in AWS,
 * any standard OIDC server in a test): the token's RS256 signature is checked against the issuer's published keys
 * (JWKS), then its issuer, its audience (aud, or client_id when there is no aud: the app client id) and its expiry.
 * The claims of an accepted token are handed on as API Gateway hands them on: every value a string, a list as
 * "[a b]".
 */
public final class JwtAuthorizer implements BearerAuthorizer {
    private static final Logger LOG = LoggerFactory.getLogger(JwtAuthorizer.class);
    private final ConfigurableJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /** {@code issuer} exactly as the tokens' iss claim says it; {@code jwks} where the issuer publishes its keys. */
    public JwtAuthorizer(URI issuer, URI jwks, String audience) {
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.create(jwks.toURL()).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a JWKS address: " + jwks, e);
        }
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier(new AudienceOrClientId(issuer.toString(), audience));
    }

    @Override
    public Optional<Map<String, String>> claims(String bearer) {
        try {
            return Optional.of(asApiGatewayClaims(processor.process(bearer, null)));
        } catch (ParseException | BadJOSEException | JOSEException e) {
            // The reason only (expired, wrong issuer, bad signature): never the token itself.
            LOG.info("bearer token refused: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private static Map<String, String> asApiGatewayClaims(JWTClaimsSet claims) {
        Map<String, String> flat = new LinkedHashMap<>();
        claims.toJSONObject().forEach((name, value) -> {
            if (value != null) {
                flat.put(name, value instanceof Collection<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(" ", "[", "]"))
                        : String.valueOf(value));
            }
        });
        return flat;
    }

    /** Issuer, expiry and not-before as usual; the audience as API Gateway's rule: aud, or client_id without aud. */
    private static final class AudienceOrClientId extends DefaultJWTClaimsVerifier<SecurityContext> {
        private final String audience;

        AudienceOrClientId(String issuer, String audience) {
            super(null, new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp", "iat"));
            this.audience = audience;
        }

        @Override
        public void verify(JWTClaimsSet claims, SecurityContext context) throws BadJWTException {
            super.verify(claims, context);
            boolean matches = claims.getAudience().isEmpty()
                    ? audience.equals(claims.getClaim("client_id"))
                    : claims.getAudience().contains(audience);
            if (!matches) {
                throw new BadJWTException("JWT audience rejected: " + claims.getAudience());
            }
        }
    }
}
