package nl.wmoscorecards.functions.contract;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wmoscorecards.application.ContractManager;

/**
 * The calling contract manager, as the API's JWT authorizer vouches for it: the user pool groups in the
 * token's {@code cognito:groups} claim, one group {@value #GROUP_PREFIX}REGION per contracting region, and the
 * name the history records ({@code name}, else {@code email}). A group of a region that is not configured
 * (stale, renamed, made up) gives nothing; a manager without any configured region is no contract manager.
 */
public final class ContractManagerClaims {
    public static final String GROUPS_CLAIM = "cognito:groups";
    public static final String GROUP_PREFIX = "contractmanager-";

    private ContractManagerClaims() {
    }

    public static Optional<ContractManager> of(APIGatewayV2HTTPEvent event, Set<String> configuredRegions) {
        Map<String, String> claims = Optional.ofNullable(event.getRequestContext())
                .map(APIGatewayV2HTTPEvent.RequestContext::getAuthorizer)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer::getJwt)
                .map(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT::getClaims)
                .orElse(Map.of());
        Set<String> regions = groups(claims.get(GROUPS_CLAIM)).stream()
                .filter(g -> g.startsWith(GROUP_PREFIX))
                .map(g -> g.substring(GROUP_PREFIX.length()))
                .filter(configuredRegions::contains)
                .collect(Collectors.toSet());
        String name = Optional.ofNullable(claims.get("name")).filter(n -> !n.isBlank())
                .or(() -> Optional.ofNullable(claims.get("email"))).filter(n -> !n.isBlank()).orElse(null);
        if (regions.isEmpty() || name == null) {
            return Optional.empty();
        }
        return Optional.of(new ContractManager(name.strip(), regions));
    }

    /** API Gateway hands a list claim over as "[a b]" (HTTP API) or "a,b"; both are read. */
    static Set<String> groups(String claim) {
        if (claim == null || claim.isBlank()) {
            return Set.of();
        }
        String inner = claim.strip();
        if (inner.startsWith("[") && inner.endsWith("]")) {
            inner = inner.substring(1, inner.length() - 1);
        }
        return Arrays.stream(inner.split("[,\\s]+")).map(s -> s.replace("\"", "").strip()).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet());
    }
}
