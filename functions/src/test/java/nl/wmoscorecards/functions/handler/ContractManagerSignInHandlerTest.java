package nl.wmoscorecards.functions.handler;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wmoscorecards.functions.contract.BrowserSession;
import nl.wmoscorecards.functions.contract.HostedSignIn;
import nl.wmoscorecards.functions.contract.IdTokenVerifier;
import nl.wmoscorecards.functions.contract.TokenEndpoint;
import org.junit.jupiter.api.Test;

/**
 * contract-manager-sign-in's answers that need no user pool (milliseconds, no server): the way to the hosted UI
 * with PKCE, a return the browser did not start, sign-out, and a stack without the sign-in set up. The code
 * exchange itself is in ContractManagerSignInTest, against a real OpenID Connect server.
 */
class ContractManagerSignInHandlerTest {
    private static final String POOL = "https://auth.invalid";
    private static final String SITE = "https://intern.example";

    private final ContractManagerSignInHandler handler = handler(SITE);

    @Test
    void signingInSendsTheBrowserToTheHostedUiWithAnS256ChallengeOfTheVerifierItKeepsInALaxHostCookie() throws Exception {
        APIGatewayV2HTTPResponse answer = handler.handleRequest(get(BrowserSession.SIGN_IN, "terug=/intern/dwo/index.html", null), null);

        assertThat(answer.getStatusCode()).isEqualTo(303);
        URI location = URI.create(answer.getHeaders().get("Location"));
        assertThat(location.getScheme() + "://" + location.getHost() + location.getPath()).isEqualTo(POOL + "/oauth2/authorize");
        Map<String, String> query = query(location.getRawQuery());
        assertThat(query).containsEntry("response_type", "code").containsEntry("client_id", "cm-client")
                .containsEntry("redirect_uri", SITE + BrowserSession.CALLBACK).containsEntry("code_challenge_method", "S256");

        String cookie = answer.getCookies().get(0);
        assertThat(cookie).startsWith(BrowserSession.SIGN_IN_COOKIE + "=").contains("Secure", "HttpOnly", "SameSite=Lax", "Path=/");
        String[] kept = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';')).split("\\.");
        assertThat(kept[0]).isEqualTo(query.get("state"));
        assertThat(kept[1]).isEqualTo(query.get("nonce"));
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(kept[2].getBytes(StandardCharsets.US_ASCII));
        assertThat(query.get("code_challenge")).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
    }

    @Test
    void aReturnWithAnotherStateThanTheBrowserStartedGetsNoSessionAndTheTokenEndpointIsNotAsked() {
        APIGatewayV2HTTPResponse start = handler.handleRequest(get(BrowserSession.SIGN_IN, null, null), null);
        String signInCookie = start.getCookies().get(0).split(";")[0];

        APIGatewayV2HTTPResponse answer = handler.handleRequest(
                get(BrowserSession.CALLBACK, "code=abc&state=not-the-one", signInCookie), null);

        // Asking the pool's token endpoint (an address that does not resolve) would have answered 502.
        assertThat(answer.getStatusCode()).isNotEqualTo(502);
        assertThat(answer.getBody()).contains("Deze aanmelding is verlopen of niet in deze browser begonnen.");
        assertThat(answer.getCookies()).noneMatch(c -> c.startsWith(BrowserSession.TOKEN_COOKIE + "="));
    }

    @Test
    void aSignInTheHostedUiRefusedIsExplainedInDutch() {
        APIGatewayV2HTTPResponse answer = handler.handleRequest(
                get(BrowserSession.CALLBACK, "error=access_denied&state=x", null), null);

        assertThat(answer.getBody()).contains("Aanmelden is niet gelukt of afgebroken.");
        assertThat(answer.getCookies()).noneMatch(c -> c.startsWith(BrowserSession.TOKEN_COOKIE + "="));
    }

    @Test
    void signingOutRemovesBothSessionCookiesAndEndsTheHostedUiSession() {
        APIGatewayV2HTTPResponse answer = handler.handleRequest(get(BrowserSession.SIGN_OUT, null, null), null);

        assertThat(answer.getHeaders().get("Location")).startsWith(POOL + "/logout?client_id=cm-client&logout_uri=")
                .endsWith(encoded(SITE + BrowserSession.SIGNED_OUT));
        assertThat(answer.getCookies()).anyMatch(c -> c.startsWith(BrowserSession.TOKEN_COOKIE + "=;") && c.contains("Max-Age=0"))
                .anyMatch(c -> c.startsWith(BrowserSession.RENEWAL_COOKIE + "=;") && c.contains("Max-Age=0"));
    }

    @Test
    void aStackWithoutTheSiteAddressSaysTheSignInIsNotSetUpInsteadOfSendingToAWrongCallback() {
        APIGatewayV2HTTPResponse answer = handler(null).handleRequest(get(BrowserSession.SIGN_IN, null, null), null);

        assertThat(answer.getStatusCode()).isEqualTo(503);
        assertThat(answer.getBody()).contains("nog niet ingericht");
    }

    private static ContractManagerSignInHandler handler(String siteUrl) {
        return new ContractManagerSignInHandler(new HostedSignIn(HostedSignIn.Endpoints.ofUserPoolDomain(POOL, siteUrl),
                TokenEndpoint.ofUserPoolDomain(POOL, "cm-client"), IdTokenVerifier.forUserPool(POOL + "/pool", "cm-client"),
                Clock.systemUTC()));
    }

    private static APIGatewayV2HTTPEvent get(String path, String query, String cookie) {
        APIGatewayV2HTTPEvent event = new APIGatewayV2HTTPEvent();
        event.setRawPath(path);
        event.setRawQueryString(query);
        event.setCookies(cookie == null ? null : List.of(cookie));
        event.setHeaders(cookie == null ? Map.of() : Map.of("cookie", cookie));
        return event;
    }

    private static Map<String, String> query(String raw) {
        return Arrays.stream(raw.split("&")).map(p -> p.split("=", 2)).collect(Collectors.toMap(p -> p[0],
                p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private static String encoded(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
