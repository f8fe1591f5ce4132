package nl.wmoscorecards.local.runtime;

import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.functions.upload.ProviderClaims;

/**
 * What the local API does with an {@code Authorization: Bearer} credential in place of API Gateway's authorizer: the
 * claims it vouches for (they go to the event's requestContext.authorizer.jwt.claims), or empty for a 401.
 */
@FunctionalInterface
public interface BearerAuthorizer {
    Optional<Map<String, String>> claims(String bearer);

    /** The local sign-in: a provider's API key, vouching for its AGB code as the user pool's custom:agb would. */
    static BearerAuthorizer providerKeys(ProviderKeys keys) {
        return bearer -> keys.authenticate(bearer).map(agb -> Map.of(ProviderClaims.AGB_CLAIM, agb));
    }
}
