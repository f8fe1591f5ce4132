package nl.wmoscorecards.functions.upload;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calling provider, as the API's JWT authorizer vouches for it: the Cognito user's custom:agb claim.
 * Nothing in the request body or headers can name a provider.
 */
public final class ProviderClaims {
    public static final String AGB_CLAIM = "custom:agb";
    private static final Pattern AGB = Pattern.compile("\\d{8}");

    private ProviderClaims() {
    }

    public static Optional<String> agb(APIGatewayV2HTTPEvent event) {
        return Optional.ofNullable(event.getRequestContext())
                .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getJwt)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT::getClaims)
                .map((Map<String, String> claims) -> claims.get(AGB_CLAIM))
                .filter(agb -> AGB.matcher(agb).matches());
    }
}
