package nl.wmoscorecards.functions.contract;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wmoscorecards.application.InternalPages;
import nl.wmoscorecards.functions.aws.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contract managers' browser sign-in through the user pool's hosted UI: authorization code with PKCE (S256),
 * a public client without a secret. {@code GET /intern/aanmelden} sends the browser to the pool's authorize
 * endpoint with a fresh state, nonce and code challenge, keeping them and the page to return to in a short-lived
 * cookie; {@code GET /intern/aanmelden/terug} checks the state, exchanges the code (with the verifier) at the token
 * endpoint, verifies the ID token and its nonce, and keeps it and the refresh token in the session's cookies;
 * {@code GET /intern/afmelden} removes them, revokes the refresh token and ends the hosted UI's session too.
 */
public final class HostedSignIn {
    private static final Logger LOG = LoggerFactory.getLogger(HostedSignIn.class);
    private static final long SIGN_IN_SECONDS = 600;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Endpoints endpoints;
    private final TokenEndpoint tokens;
    private final IdTokenVerifier verifier;
    private final Clock clock;

    /**
     * Where the pool's hosted UI is and who this site is to it. {@code siteUrl} is the origin the internal site is
     * served on (the callback and sign-out addresses registered on the client are built from it); null: the sign-in
     * is not set up for this stack.
     */
    public record Endpoints(URI authorize, URI logout, String siteUrl) {
        /** A Cognito user pool domain: /oauth2/authorize and /logout. */
        public static Endpoints ofUserPoolDomain(String domain, String siteUrl) {
            String base = domain.replaceAll("/+$", "");
            return new Endpoints(URI.create(base + "/oauth2/authorize"), URI.create(base + "/logout"),
                    siteUrl == null || siteUrl.isBlank() ? null : siteUrl.replaceAll("/+$", ""));
        }

        String callback() {
            return siteUrl + BrowserSession.CALLBACK;
        }
    }

    public HostedSignIn(Endpoints endpoints, TokenEndpoint tokens, IdTokenVerifier verifier, Clock clock) {
        this.endpoints = endpoints;
        this.tokens = tokens;
        this.verifier = verifier;
        this.clock = clock;
    }

    public static HostedSignIn fromEnvironment() {
        String clientId = Environment.required("CONTRACT_MANAGER_CLIENT_ID");
        String domain = Environment.required("CONTRACT_MANAGER_SIGN_IN_DOMAIN");
        return new HostedSignIn(Endpoints.ofUserPoolDomain(domain, System.getenv("CONTRACT_MANAGER_SITE_URL")),
                TokenEndpoint.ofUserPoolDomain(domain, clientId),
                IdTokenVerifier.forUserPool(Environment.required("CONTRACT_MANAGER_ISSUER"), clientId), Clock.systemUTC());
    }
    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        String path = event.getRawPath() == null ? "" : event.getRawPath();
        Map<String, String> query = InternalPages.form(event.getRawQueryString());
        if (path.equals(BrowserSession.SIGNED_OUT)) {
            return SignInPages.html(200, "Afgemeld", "<p>U bent afgemeld.</p>\n<p><a href=\"" + BrowserSession.SIGN_IN
                    + "\">Opnieuw aanmelden</a></p>", List.of());
        }
        if (endpoints.siteUrl() == null) {
            return SignInPages.html(503, "Aanmelden niet ingericht", "<p>Aanmelden in de browser is voor deze omgeving"
                    + " nog niet ingericht. Vraag de beheerder de terugkeer-adressen van de aanmelding in te stellen"
                    + " (docs/deploy.md).</p>", List.of());
        }
        return switch (path) {
            case BrowserSession.SIGN_IN -> start(query.get("terug"));
            case BrowserSession.CALLBACK -> callback(event, query);
            case BrowserSession.SIGN_OUT -> signOut(event);
            default -> SignInPages.html(404, "Niet gevonden", "<p>Deze pagina bestaat niet.</p>", List.of());
        };
    }

    private APIGatewayV2HTTPResponse start(String returnPath) {
        String state = random();
        String nonce = random();
        String codeVerifier = random() + random();
        String location = endpoints.authorize() + "?response_type=code&client_id=" + encode(tokens.clientId())
                + "&redirect_uri=" + encode(endpoints.callback()) + "&scope=" + encode("openid email profile")
                + "&state=" + state + "&nonce=" + nonce + "&code_challenge=" + challenge(codeVerifier)
                + "&code_challenge_method=S256";
        String kept = String.join(".", state, nonce, codeVerifier, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(BrowserSession.returnPath(returnPath).getBytes(StandardCharsets.UTF_8)));
        return SignInPages.redirect(location, List.of(BrowserSession.setCookie(BrowserSession.SIGN_IN_COOKIE, kept,
                SIGN_IN_SECONDS, "Lax")));
    }

    private APIGatewayV2HTTPResponse callback(APIGatewayV2HTTPEvent event, Map<String, String> query) {
        String[] kept = BrowserSession.cookie(event, BrowserSession.SIGN_IN_COOKIE).map(c -> c.split("\\.")).orElse(new String[0]);
        List<String> forget = List.of(BrowserSession.setCookie(BrowserSession.SIGN_IN_COOKIE, "", 0, "Lax"));
        if (query.containsKey("error")) {
            LOG.info("hosted sign-in answered {}", query.get("error"));
            return again("Aanmelden is niet gelukt of afgebroken.", forget);
        }
        if (kept.length != 4 || !MessageDigest.isEqual(kept[0].getBytes(StandardCharsets.UTF_8),
                query.getOrDefault("state", "").getBytes(StandardCharsets.UTF_8)) || query.get("code") == null) {
            LOG.info("sign-in return refused: no sign-in of this browser with that state");
            return again("Deze aanmelding is verlopen of niet in deze browser begonnen.", forget);
        }
        Optional<TokenEndpoint.Tokens> redeemed;
        try {
            redeemed = tokens.redeem(query.get("code"), kept[2], endpoints.callback());
        } catch (IOException e) {
            LOG.warn("token endpoint failed: {}", e.getMessage());
            return SignInPages.html(502, "Aanmelden lukt nu niet", "<p>De aanmeldservice antwoordde niet zoals"
                    + " verwacht. Probeer het over een paar minuten <a href=\"" + BrowserSession.SIGN_IN
                    + "\">opnieuw</a>.</p>", forget);
        }
        Optional<JWTClaimsSet> token = redeemed.map(TokenEndpoint.Tokens::idToken).flatMap(verifier::verify);
        if (token.isEmpty() || !kept[1].equals(token.get().getClaim("nonce"))) {
            LOG.info("sign-in return refused: no ID token, or it did not verify, or its nonce differs");
            return again("De aanmelding kon niet worden gecontroleerd.", forget);
        }
        long seconds = token.get().getExpirationTime().toInstant().getEpochSecond() - clock.instant().getEpochSecond();
        String back = BrowserSession.returnPath(decoded(kept[3]));
        List<String> cookies = new ArrayList<>(List.of(forget.get(0),
                BrowserSession.setCookie(BrowserSession.TOKEN_COOKIE, redeemed.get().idToken(), seconds, "Strict")));
        if (redeemed.get().refreshToken() != null) {
            cookies.add(BrowserSession.setCookie(BrowserSession.RENEWAL_COOKIE, redeemed.get().refreshToken(),
                    BrowserSession.RENEWAL_TIME.toSeconds(), "Strict"));
        }
        return SignInPages.continueTo(back, cookies);
    }

    private APIGatewayV2HTTPResponse signOut(APIGatewayV2HTTPEvent event) {
        BrowserSession.cookie(event, BrowserSession.RENEWAL_COOKIE).ifPresent(tokens::revoke);
        String location = endpoints.logout() + "?client_id=" + encode(tokens.clientId()) + "&logout_uri="
                + encode(endpoints.siteUrl() + BrowserSession.SIGNED_OUT);
        return SignInPages.redirect(location, List.of(BrowserSession.setCookie(BrowserSession.TOKEN_COOKIE, "", 0, "Strict"),
                BrowserSession.setCookie(BrowserSession.RENEWAL_COOKIE, "", 0, "Strict")));
    }

    private static APIGatewayV2HTTPResponse again(String why, List<String> cookies) {
        return SignInPages.html(400, "Aanmelden niet gelukt", "<p>" + InternalPages.escape(why) + "</p>\n<p><a href=\""
                + BrowserSession.SIGN_IN + "\">Opnieuw aanmelden</a></p>", cookies);
    }

    private static String decoded(String base64) {
        try {
            return new String(Base64.getUrlDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String challenge(String codeVerifier) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(codeVerifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
