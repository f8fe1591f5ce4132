package nl.wmoscorecards.functions.contract;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.application.InternalPages;

/** The answers of the sign-in and of a request without a valid sign-in, in Dutch and in the internal site's frame. */
final class SignInPages {
    private SignInPages() {
    }

    static APIGatewayV2HTTPResponse redirect(String location, List<String> cookies) {
        Map<String, String> headers = headers("text/plain; charset=utf-8");
        headers.put("Location", location);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(303).withHeaders(headers).withCookies(cookies)
                .withBody("").withIsBase64Encoded(false).build();
    }

    /** 401 for a form post or a script without a valid token: the post is not replayed, so say what to do. */
    static APIGatewayV2HTTPResponse notSignedIn(String from) {
        String back = from == null ? null : pathOf(from);
        APIGatewayV2HTTPResponse page = html(401, "Niet aangemeld", "<p>U bent niet (meer) aangemeld, dus is er niets"
                + " vastgelegd.</p>\n<p><a href=\""
                + InternalPages.escape(BrowserSession.signInFor(back)) + "\">Meld u opnieuw aan</a> en vul het formulier"
                + " daarna opnieuw in.</p>", List.of());
        page.getHeaders().put("WWW-Authenticate", "Bearer realm=\"intern\"");
        return page;
    }

    static APIGatewayV2HTTPResponse html(int status, String title, String mainHtml, List<String> cookies) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers("text/html; charset=utf-8"))
                .withCookies(cookies).withBody(InternalPages.page(title, null, mainHtml)).withIsBase64Encoded(false).build();
    }

    /**
     * After the code exchange: the browser arrived here by the hosted UI's redirect, a navigation another site
     * started, and a browser does not send a SameSite=Strict cookie on the redirects of such a navigation. So this
     * page moves on by itself (a refresh, no script) as a navigation of this site, where the token cookie goes along.
     */
    static APIGatewayV2HTTPResponse continueTo(String path, List<String> cookies) {
        String href = InternalPages.escape(path);
        String page = InternalPages.page("Aangemeld", null, "<p><a href=\"" + href + "\">Verder naar de interne site</a></p>")
                .replace("</title>\n", "</title>\n  <meta http-equiv=\"refresh\" content=\"0; url=" + href + "\">\n");
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers("text/html; charset=utf-8"))
                .withCookies(cookies).withBody(page).withIsBase64Encoded(false).build();
    }

    /** The path and query of a Referer (the page a form was on). */
    private static String pathOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> headers(String contentType) {
        Map<String, String> headers = InternalPages.headers(contentType);
        // The return address carries the one-time code: no page it leads to learns it.
        headers.put("Referrer-Policy", "no-referrer");
        return headers;
    }
}
