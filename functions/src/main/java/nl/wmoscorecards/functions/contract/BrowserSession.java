package nl.wmoscorecards.functions.contract;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the contract managers' sign-in and the pages agree on: the addresses of sign-in, its return and sign-out,
 * and the cookies. Both are {@code __Host-} cookies (Secure, Path=/, no Domain: only this host reads them) and
 * HttpOnly. The sign-in's state is SameSite=Lax, as it must come back on the hosted UI's redirect; the ID token
 * and the refresh token are SameSite=Strict, so no other site's link or form carries them.
 */
public final class BrowserSession {
    public static final String SIGN_IN = "/intern/aanmelden";
    public static final String CALLBACK = "/intern/aanmelden/terug";
    public static final String SIGN_OUT = "/intern/afmelden";
    public static final String SIGNED_OUT = "/intern/afgemeld";
    public static final String TOKEN_COOKIE = "__Host-cm-id";
    public static final String SIGN_IN_COOKIE = "__Host-cm-aanmelden";
    /** The refresh token, for a new ID token when the old one expired (the client's RefreshTokenValidity). */
    public static final String RENEWAL_COOKIE = "__Host-cm-verlenging";
    public static final Duration RENEWAL_TIME = Duration.ofHours(12);
    /** A path back into the internal site: only /intern/..., no host, no way up, nothing but URL characters. */
    private static final Pattern RETURN_PATH = Pattern.compile("/intern(/[A-Za-z0-9._~%/-]*)?(\\?[A-Za-z0-9._~%&=+-]*)?");

    private BrowserSession() {
    }

    /** A cookie of the request: API Gateway's payload 2.0 lists them apart, a plain Cookie header is read too. */
    public static Optional<String> cookie(APIGatewayV2HTTPEvent event, String name) {
        List<String> pairs = new ArrayList<>();
        if (event.getCookies() != null) {
            pairs.addAll(event.getCookies());
        }
        String header = header(event, "cookie");
        if (header != null) {
            pairs.addAll(List.of(header.split(";")));
        }
        return pairs.stream().map(String::strip).filter(p -> p.startsWith(name + "="))
                .map(p -> p.substring(name.length() + 1)).filter(v -> !v.isEmpty()).findFirst();
    }

    public static String header(APIGatewayV2HTTPEvent event, String name) {
        Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    /** Set-Cookie for one of the two cookies; maxAgeSeconds 0 removes it. */
    public static String setCookie(String name, String value, long maxAgeSeconds, String sameSite) {
        return name + "=" + value + "; Path=/; Max-Age=" + Math.max(0, maxAgeSeconds) + "; Secure; HttpOnly; SameSite="
                + sameSite;
    }

    /** Where to go after signing in: the given path when it stays inside the internal site, else its start. */
    public static String returnPath(String path) {
        if (path == null || !RETURN_PATH.matcher(path).matches() || path.contains("//") || path.contains("..")
                || path.toLowerCase().contains("%2e") || path.toLowerCase().contains("%2f")
                || path.startsWith(SIGN_IN) || path.startsWith(SIGN_OUT)) {
            return "/intern";
        }
        return path;
    }

    /** The sign-in address that returns to the given path afterwards. */
    public static String signInFor(String returnPath) {
        return SIGN_IN + "?terug=" + URLEncoder.encode(returnPath(returnPath), StandardCharsets.UTF_8);
    }
}
