package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.contract.HostedSignIn;

/**
 * contract-manager-sign-in (HTTP API, payload 2.0, no authorizer: this is how one gets a token): the contract
 * managers' browser sign-in through the user pool's hosted UI ({@code /intern/aanmelden}, its return
 * {@code /intern/aanmelden/terug}, {@code /intern/afmelden} and {@code /intern/afgemeld}); see {@link HostedSignIn}.
 */
public final class ContractManagerSignInHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final HostedSignIn signIn;

    public ContractManagerSignInHandler() {
        this(HostedSignIn.fromEnvironment());
    }

    public ContractManagerSignInHandler(HostedSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Telemetry.invocation(context, () -> signIn.handle(event));
    }
}
