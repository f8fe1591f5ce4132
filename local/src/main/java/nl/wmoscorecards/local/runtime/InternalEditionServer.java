package nl.wmoscorecards.local.runtime;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import nl.wmoscorecards.application.ContractManager;
import nl.wmoscorecards.application.InternalEditionSite;
import nl.wmoscorecards.application.InternalPages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The internal editions for contract managers on loopback, standing in for the HTTP API with its JWT
 * authorizer: a manager signs in once with their key (a form; the browser then holds only a random session
 * cookie, HttpOnly and SameSite=Strict), and every request under /intern/ goes, with the manager the key
 * names, to the same {@link InternalEditionSite} the Lambda behind the authorizer calls in AWS. The key file is
 * read again on every request, so a replaced key ends its sessions.
 */
public final class InternalEditionServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InternalEditionServer.class);
    static final String COOKIE = "cm_sessie";
    private final LoopbackHttp http;
    private final InternalEditionSite site;
    private final ContractManagerKeys keys;
    private final Map<String, String> sessions = new ConcurrentHashMap<>(); // session id -> key hash
    private final SecureRandom random = new SecureRandom();

    private InternalEditionServer(LoopbackHttp http, InternalEditionSite site, ContractManagerKeys keys) {
        this.http = http;
        this.site = site;
        this.keys = keys;
    }

    /** Listens on 127.0.0.1:{@code port}; 0 picks a free port. */
    public static InternalEditionServer start(InternalEditionSite site, ContractManagerKeys keys, int port)
            throws IOException {
        LoopbackHttp http = LoopbackHttp.bind(port, 2);
        InternalEditionServer internal = new InternalEditionServer(http, site, keys);
        http.serve(internal::handle);
        return internal;
    }

    /** The internal edition's "Afmelden" link, the same address as in AWS (contract-manager-sign-in). */
    static final String SIGN_OUT = "/intern/afmelden";

    public URI url() {
        return URI.create("http://localhost:" + http.port() + "/");
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
            String path = exchange.getRequestURI().getRawPath();
            Optional<ContractManager> manager = session(exchange).flatMap(keys::byHash);
            if (path.equals("/") || path.equals("/aanmelden")) {
                if (method.equals("POST") && path.equals("/aanmelden")) {
                    signIn(exchange);
                } else if (manager.isPresent()) {
                    redirect(exchange, InternalPages.BASE);
                } else {
                    send(exchange, 200, signInPage(null));
                }
            } else if (path.equals(SIGN_OUT) || path.equals("/afmelden") && method.equals("POST")) {
                String session = sessionId(exchange);
                if (session != null) {
                    sessions.remove(session);
                }
                exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
                redirect(exchange, "/");
            } else if (path.equals("/intern") || path.startsWith(InternalPages.BASE)) {
                if (manager.isEmpty()) {
                    redirect(exchange, "/aanmelden");
                    return;
                }
                forward(exchange, manager.get());
            } else {
                send(exchange, 404, InternalPages.page("Niet gevonden", null, "<p><a href=\"/\">Naar aanmelden</a>.</p>"));
            }
        } catch (RuntimeException e) {
            LOG.error("internal edition request {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), e);
            send(exchange, 500, InternalPages.page("Er ging iets mis", null, "<p>Er ging iets mis aan onze kant. Probeer het opnieuw.</p>"));
        }
    }

    private void signIn(HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(InternalEditionSite.MAX_FORM_BYTES);
        String key = InternalPages.form(new String(body, StandardCharsets.UTF_8)).get("sleutel");
        Optional<ContractManager> manager = keys.authenticate(key);
        if (manager.isEmpty()) {
            send(exchange, 401, signInPage("Deze sleutel kennen we niet (meer). Controleer de sleutel of vraag een nieuwe."));
            return;
        }
        byte[] id = new byte[32];
        random.nextBytes(id);
        String session = Base64.getUrlEncoder().withoutPadding().encodeToString(id);
        sessions.put(session, ContractManagerKeys.hashOf(key.strip()));
        exchange.getResponseHeaders().add("Set-Cookie", COOKIE + "=" + session + "; Path=/; HttpOnly; SameSite=Strict");
        redirect(exchange, InternalPages.BASE);
    }

    private void forward(HttpExchange exchange, ContractManager manager) throws IOException {
        // One byte more than a form may have, so the site can refuse a larger one without reading it all.
        byte[] body = exchange.getRequestBody().readNBytes(InternalEditionSite.MAX_FORM_BYTES + 1);
        InternalEditionSite.Response response = site.answer(Optional.of(manager), request(exchange, body));
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        byte[] bytes = response.body();
        exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    /** The request as the site sees it; the credential (the session cookie) stays here. */
    static InternalEditionSite.Request request(HttpExchange exchange, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!lower.equals("authorization") && !lower.equals("cookie")) {
                headers.put(lower, String.join(",", values));
            }
        });
        return new InternalEditionSite.Request(exchange.getRequestMethod().toUpperCase(Locale.ROOT),
                exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery(), headers, body);
    }

    private Optional<String> session(HttpExchange exchange) {
        String id = sessionId(exchange);
        return id == null ? Optional.empty() : Optional.ofNullable(sessions.get(id));
    }

    private static String sessionId(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Cookie");
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String cookie = part.strip();
            if (cookie.startsWith(COOKIE + "=")) {
                return cookie.substring(COOKIE.length() + 1);
            }
        }
        return null;
    }

    static String signInPage(String problem) {
        return InternalPages.page("Aanmelden als contractmanager", null,
                (problem == null ? "" : "<div role=\"alert\"><p><strong>Niet aangemeld.</strong> " + InternalPages.escape(problem) + "</p></div>\n")
                        + "<p>Met uw sleutel ziet u de interne editie van uw inkoopregio en legt u stappen op de"
                        + " escalatieladder vast. De sleutel staat alleen in dit formulier; daarna onthoudt de browser"
                        + " alleen dat u bent aangemeld, tot u hem sluit.</p>\n"
                        + "<form method=\"post\" action=\"/aanmelden\">\n"
                        + "<p><label for=\"sleutel\">Sleutel contractmanager</label><br>\n"
                        + "<input type=\"password\" id=\"sleutel\" name=\"sleutel\" required autocomplete=\"current-password\" size=\"30\"></p>\n"
                        + "<p><button type=\"submit\">Aanmelden</button></p>\n</form>");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    private static void send(HttpExchange exchange, int status, String page) throws IOException {
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.close();
    }
}
