package nl.wmoscorecards.functions.contract;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import nl.wmoscorecards.functions.aws.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * In AWS: a contract manager is whoever brings a user-pool ID token that {@link IdTokenVerifier} accepts, in the
 * sign-in's cookie (a browser) or as a bearer token (a script). Its claims replace whatever authorizer context the
 * event had, so nothing but a verified token names the manager and the regions. Without a valid token a page
 * request goes to sign-in and returns to the page afterwards; a form post or a bad bearer token gets a Dutch 401
 * (a post cannot be replayed after a detour through sign-in). An expired ID token is first renewed with the
 * browser's refresh token (the sign-in's third cookie), so a manager stays signed in for the refresh token's life
 * while the groups are read again from the pool every 15 minutes.
 */
public final class SignedInManagers implements ContractManagerAuthentication {
    private static final Logger LOG = LoggerFactory.getLogger(SignedInManagers.class);
    private final IdTokenVerifier verifier;
    private final TokenEndpoint renewal;

    /** renewal: where an expired ID token is renewed with the browser's refresh token (null: never). */
    public SignedInManagers(IdTokenVerifier verifier, TokenEndpoint renewal) {
        this.verifier = verifier;
        this.renewal = renewal;
    }

    /** The contract-manager client of the stack's user pool, from the function's environment. */
    public static SignedInManagers fromEnvironment() {
        String clientId = Environment.required("CONTRACT_MANAGER_CLIENT_ID");
        return new SignedInManagers(IdTokenVerifier.forUserPool(Environment.required("CONTRACT_MANAGER_ISSUER"), clientId),
                TokenEndpoint.ofUserPoolDomain(Environment.required("CONTRACT_MANAGER_SIGN_IN_DOMAIN"), clientId));
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
        Optional<String> refresh = bearer.isPresent() ? Optional.empty() : BrowserSession.cookie(event, BrowserSession.RENEWAL_COOKIE);
        Optional<String> renewed = refresh.flatMap(this::renewed);
        Optional<JWTClaimsSet> fresh = renewed.flatMap(verifier::verify);
        if (fresh.isPresent()) {
            // The token expired while the manager worked (a form takes longer than 15 minutes, say): a new one, with
            // the groups as they are now, so the request goes on and the browser keeps the new token.
            APIGatewayV2HTTPResponse answer = site.apply(withClaims(event, IdTokenVerifier.asAuthorizerClaims(fresh.get())));
            List<String> cookies = new ArrayList<>(answer.getCookies() == null ? List.of() : answer.getCookies());
            cookies.add(BrowserSession.setCookie(BrowserSession.TOKEN_COOKIE, renewed.get(),
                    fresh.get().getExpirationTime().getTime() / 1000 - System.currentTimeMillis() / 1000, "Strict"));
            answer.setCookies(cookies);
            return answer;
        }
        boolean page = "GET".equals(method(event)) || "HEAD".equals(method(event));
        if (page && authorization == null) {
            String query = event.getRawQueryString() == null || event.getRawQueryString().isEmpty() ? ""
                    : "?" + event.getRawQueryString();
            List<String> forget = new ArrayList<>();
            cookie.ifPresent(c -> forget.add(BrowserSession.setCookie(BrowserSession.TOKEN_COOKIE, "", 0, "Strict")));
            refresh.ifPresent(r -> forget.add(BrowserSession.setCookie(BrowserSession.RENEWAL_COOKIE, "", 0, "Strict")));
            return SignInPages.redirect(BrowserSession.signInFor(event.getRawPath() + query), forget);
        }
        return SignInPages.notSignedIn(page ? event.getRawPath() : BrowserSession.header(event, "referer"));
    }

    /** A new ID token for the refresh token, or empty when the pool refuses it (revoked, expired) or cannot be reached. */
    private Optional<String> renewed(String refreshToken) {
        if (renewal == null) {
            return Optional.empty();
        }
        try {
            return renewal.renew(refreshToken).map(TokenEndpoint.Tokens::idToken);
        } catch (IOException e) {
            LOG.warn("renewing a contract manager's ID token failed: {}", e.getMessage());
            return Optional.empty();
        }
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
}
