package nl.wmoscorecards.application;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The few pages the contract-manager site writes itself (sign-in, region choice, not found) in the site's
 * look, the outcome of a step shown at the top of the page the manager came from, and the form body read.
 */
public final class InternalPages {
    /** Where a region's edition is served: /intern/REGION/site path. */
    public static final String BASE = "/intern/";
    static final String STYLESHEET = "assets/site.css";
    private static final Pattern SAFE_PAGE = Pattern.compile("[a-z0-9][a-z0-9_/-]*\\.html");
    private static final Pattern SAFE_ANCHOR = Pattern.compile("[a-z0-9-]{1,200}");

    private InternalPages() {
    }

    /** A whole page: the site's frame, its stylesheet (from a region's edition when there is one), the body in main. */
    public static String page(String title, String stylesheetHref, String mainHtml) {
        return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n  <meta charset=\"utf-8\">\n"
                + "  <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "  <meta name=\"robots\" content=\"noindex\">\n"
                + "  <title>" + escape(title) + " | Wmo-scorecards intern</title>\n"
                + (stylesheetHref == null ? "" : "  <link rel=\"stylesheet\" href=\"" + escape(stylesheetHref) + "\">\n")
                + "</head>\n<body class=\"utrecht-document\">\n"
                + "  <header class=\"site-header\"><p class=\"site-header__title\">Wmo-scorecards intern</p></header>\n"
                + "  <main id=\"inhoud\" class=\"site-main\">\n<h1>" + escape(title) + "</h1>\n" + mainHtml + "\n  </main>\n"
                + "</body>\n</html>\n";
    }

    /** The headers of every page of the internal site (a mutable map, for a page that needs one more). */
    public static Map<String, String> headers(String contentType) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", contentType);
        // One manager's view of one region: never cached by a shared cache, never framed, never sniffed.
        headers.put("Cache-Control", "no-store");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                + "script-src 'none'; frame-ancestors 'none'; form-action 'self'");
        headers.put("Referrer-Policy", "same-origin");
        return headers;
    }

    /** The stylesheet of a region's edition, from the server's root. */
    public static String stylesheetOf(String region) {
        return BASE + region + "/" + STYLESHEET;
    }

    /**
     * The page with the outcome of a step: right under the escalation's heading when the page has it (the
     * browser lands there by the anchor), else first in main; a status when recorded, an alert when refused. The
     * text is escaped, so nothing in it is markup.
     */
    public static String withOutcome(String html, String anchor, boolean recorded, String message) {
        int at = -1;
        if (anchor != null && SAFE_ANCHOR.matcher(anchor).matches()) {
            int heading = html.indexOf("id=\"" + anchor + "\"");
            int close = heading < 0 ? -1 : html.indexOf("</h", heading);
            at = close < 0 ? -1 : html.indexOf('>', close) + 1;
        }
        if (at <= 0) {
            int main = html.indexOf("<main");
            at = main < 0 ? -1 : html.indexOf('>', main) + 1;
        }
        if (at <= 0) {
            return html;
        }
        String notice = "\n<div class=\"ladder-outcome\" role=\"" + (recorded ? "status" : "alert") + "\">"
                + "<p><strong>" + (recorded ? "Vastgelegd." : "Niet vastgelegd.") + "</strong> " + escape(message)
                + "</p></div>";
        return html.substring(0, at) + notice + html.substring(at);
    }

    /** The site path and anchor the form came from; anything else goes back to the escalations overview. */
    public static String back(String back) {
        String fallback = "intern/escalaties.html";
        if (back == null) {
            return fallback;
        }
        int hash = back.indexOf('#');
        String page = hash < 0 ? back : back.substring(0, hash);
        String anchor = hash < 0 ? null : back.substring(hash + 1);
        if (!SAFE_PAGE.matcher(page).matches() || page.contains("..") || page.contains("//")) {
            return fallback;
        }
        return anchor != null && SAFE_ANCHOR.matcher(anchor).matches() ? page + "#" + anchor : page;
    }

    /** Where the browser goes after a step: the page it came from, with the outcome in the query. */
    public static String redirect(String region, String back, boolean recorded, String message) {
        String safe = back(back);
        int hash = safe.indexOf('#');
        String page = hash < 0 ? safe : safe.substring(0, hash);
        String anchor = hash < 0 ? "" : safe.substring(hash);
        return BASE + region + "/" + page + "?uitkomst=" + (recorded ? "vastgelegd" : "geweigerd") + "&melding="
                + URLEncoder.encode(message, StandardCharsets.UTF_8)
                + (anchor.isEmpty() ? "" : "&bij=" + anchor.substring(1)) + anchor;
    }

    /** An application/x-www-form-urlencoded body or query string; the first value of a name wins. */
    public static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    public static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
