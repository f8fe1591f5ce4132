package nl.wmoscorecards.functions.contract;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.function.Function;

/**
 * Who may reach the contract managers' pages and actions, decided before the site's routing: either the request
 * goes on with the verified manager's claims in the event (where {@link ContractManagerClaims} reads them), or it
 * is answered here (to sign-in, or 401).
 */
@FunctionalInterface
public interface ContractManagerAuthentication {
    APIGatewayV2HTTPResponse admit(APIGatewayV2HTTPEvent event, Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> site);

    /**
     * The claims are already in the event, as the handler's own tests build it (the local server calls the
     * application's {@code InternalEditionSite} directly and does its own key sign-in).
     */
    static ContractManagerAuthentication claimsInEvent() {
        return (event, site) -> site.apply(event);
    }
}
