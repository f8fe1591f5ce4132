package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.wmoscorecards.application.ContractManager;
import nl.wmoscorecards.application.InternalEditionSite;
import nl.wmoscorecards.application.Ports;
import nl.wmoscorecards.application.RegionalInternalEdition;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Environment;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.contract.ContractManagerAuthentication;
import nl.wmoscorecards.functions.contract.ContractManagerClaims;
import nl.wmoscorecards.functions.contract.SignedInManagers;
import nl.wmoscorecards.functions.site.S3RegionalEditions;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;

/**
/**
 * contract-manager-site (HTTP API, payload 2.0): the caller's ID token is checked first (the user pool's sign-in,
 * {@link ContractManagerAuthentication}); then the contract manager its claims vouch for, and the request, go to
 * {@link InternalEditionSite} (each region's internal edition from its prefix of the internal bucket, and the
 * ladder's forms), whose answer becomes the API's response.
 */
public final class ContractManagerSiteHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private final InternalEditionSite site;
    private final ContractManagerAuthentication authentication;

    public ContractManagerSiteHandler() {
        this(ConfigLoader.fromEnvironment(), Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()),
                new S3RegionalEditions(AwsClients.s3(), Environment.required("INTERNAL_SITE_BUCKET")), Map::of, Clock.systemUTC(),
                SignedInManagers.fromEnvironment());
    }

    /** With the claims already in the event (tests). */
    public ContractManagerSiteHandler(ScorecardsConfig config, Ports stores, RegionalInternalEdition.Target editions,
                                      Supplier<Map<String, String>> providerNames, Clock clock) {
        this(config, stores, editions, providerNames, clock, ContractManagerAuthentication.claimsInEvent());
    }

    public ContractManagerSiteHandler(ScorecardsConfig config, Ports stores, RegionalInternalEdition.Target editions,
                                      Supplier<Map<String, String>> providerNames, Clock clock,
                                      ContractManagerAuthentication authentication) {
        this.site = new InternalEditionSite(config, stores, editions, providerNames, clock);
        this.authentication = authentication;
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Telemetry.invocation(context, () -> authentication.admit(event, this::handle));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        Optional<ContractManager> manager = ContractManagerClaims.of(event, site.regions());
        return response(site.answer(manager, request(event)));
    }

    private static InternalEditionSite.Request request(APIGatewayV2HTTPEvent event) {
        String method = Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getMethod).orElse("GET");
        String body = event.getBody() == null ? "" : event.getBody();
        byte[] bytes = event.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return new InternalEditionSite.Request(method, event.getRawPath(), event.getRawQueryString(),
                event.getHeaders() == null ? Map.of() : event.getHeaders(), bytes);
    }

    private static APIGatewayV2HTTPResponse response(InternalEditionSite.Response answer) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(answer.status())
                .withHeaders(new LinkedHashMap<>(answer.headers()))
                .withBody(answer.text() ? answer.bodyText() : Base64.getEncoder().encodeToString(answer.body()))
                .withIsBase64Encoded(!answer.text()).build();
    }
}
