package nl.wmoscorecards.functions.contract;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * In AWS: a contract manager is whoever brings a user-pool ID token that {@link IdTokenVerifier} accepts, in the
 * sign-in's cookie (a browser) or as a bearer token (a script). Its claims replace whatever authorizer context the
 * event had, so nothing but a verified token names the manager and the regions. Without a valid token a page
 * request goes to sign-in and returns to the page afterwards; a form post or a bad bearer token gets a Dutch 401
 * (a post cannot be replayed after a detour through sign-in).
 */
public final class SignedInManagers implements ContractManagerAuthentication {
    private final IdTokenVerifier verifier;

    public SignedInManagers(IdTokenVerifier verifier) {
        this.verifier = verifier;
    }

    /** The contract-manager client of the stack's user pool, from the function's environment. */
    public static SignedInManagers fromEnvironment() {
        return new SignedInManagers(IdTokenVerifier.forUserPool(required("CONTRACT_MANAGER_ISSUER"),
                required("CONTRACT_MANAGER_CLIENT_ID")));
    }

    @Override
    public APIGatewayV2HTTPResponse admit(APIGatewayV2HTTPEvent event, Function<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> site) {
        String authorization = BrowserSession.header(event, "authorization");
        Optional<String> bearer = Optional.ofNullable(authorization).filter(a -> a.regionMatches(true, 0, "Bearer ", 0, 7))
                .map(a -> a.substring(7).strip());
        Optional<String> cookie = BrowserSession.cookie(event, BrowserSession.TOKEN_COOKIE);
        Optional<Map<String, String>> claims = bearer.or(() -> cookie).flatMap(verifier::verify)
                .map(IdTokenVerifier::asAuthorizerClaims);
        if (claims.isPresent()) {
            return site.apply(withClaims(event, claims.get()));
        }
        boolean page = "GET".equals(method(event)) || "HEAD".equals(method(event));
        if (page && authorization == null) {
            String query = event.getRawQueryString() == null || event.getRawQueryString().isEmpty() ? ""
                    : "?" + event.getRawQueryString();
            return SignInPages.redirect(BrowserSession.signInFor(event.getRawPath() + query),
                    cookie.isPresent() ? List.of(BrowserSession.setCookie(BrowserSession.TOKEN_COOKIE, "", 0, "Strict")) : List.of());
        }
        return SignInPages.notSignedIn(page ? event.getRawPath() : BrowserSession.header(event, "referer"));
    }

    /** The event as the site reads it: the verified claims are the only authorizer context. */
    private static APIGatewayV2HTTPEvent withClaims(APIGatewayV2HTTPEvent event, Map<String, String> claims) {
        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext() == null
                ? new APIGatewayV2HTTPEvent.RequestContext() : event.getRequestContext();
        context.setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                        .withClaims(new LinkedHashMap<>(claims)).withScopes(List.of()).build())
                .build());
        event.setRequestContext(context);
        return event;
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        return Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getMethod).orElse("GET");
    }

    static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }
}
