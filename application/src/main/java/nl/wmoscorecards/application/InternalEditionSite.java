package nl.wmoscorecards.application;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.ContractingRegion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The contract managers' site, whoever carries the request (the HTTP API's Lambda in AWS, the loopback server
 * locally): serves each contracting region's internal edition to that region's managers only ({@code GET
 * /intern/REGION/...}) and takes the ladder's forms ({@code POST /intern/REGION/acties/escalaties/ID}): a form from
 * another site is refused, the step is recorded by the manager's name, the pages that show the escalation are
 * republished, and the browser goes back to the page with the outcome (303). Another region's page, escalation or
 * action answers 404, as one that does not exist. Who the manager is, the caller's sign-in decides.
 */
public final class InternalEditionSite {
    private static final Logger LOG = LoggerFactory.getLogger(InternalEditionSite.class);
    private static final Pattern ACTION = Pattern.compile("/intern/([a-z0-9-]+)/acties/escalaties/([^/]+)");
    private static final Pattern PAGE = Pattern.compile("/intern/([a-z0-9-]+)(/.*)?");
    /** Larger than any form of the ladder; a larger body is refused unread. */
    public static final int MAX_FORM_BYTES = 16 * 1024;
    private final ScorecardsConfig config;
    private final Ports stores;
    private final RegionalInternalEdition.Target editions;
    private final Supplier<Map<String, String>> providerNames;
    private final Clock clock;
    private final EscalationActions actions;
    private final Map<String, String> regionNames;

    /**
     * A request as it came in.
     *
     * @param query   the raw query string, or null
     * @param headers names in any case
     * @param body    the body's bytes, or null; more than {@link #MAX_FORM_BYTES} is refused
     */
    public record Request(String method, String path, String query, Map<String, String> headers, byte[] body) {
    }

    /** What to answer; {@code text} says whether the body is UTF-8 text (else bytes, as stored). */
    public record Response(int status, Map<String, String> headers, byte[] body, boolean text) {
        public Response {
            headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
        }

        public String bodyText() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    public InternalEditionSite(ScorecardsConfig config, Ports stores, RegionalInternalEdition.Target editions,
                               Supplier<Map<String, String>> providerNames, Clock clock) {
        this.config = config;
        this.stores = stores;
        this.editions = editions;
        this.providerNames = providerNames;
        this.clock = clock;
        this.actions = new EscalationActions(stores, clock);
        this.regionNames = config.regions().contractingRegions().stream()
                .collect(Collectors.toMap(ContractingRegion::id, ContractingRegion::name, (a, b) -> a, LinkedHashMap::new));
    }

    /** The configured contracting regions: a sign-in vouches for a manager of these only. */
    public Set<String> regions() {
        return Collections.unmodifiableSet(regionNames.keySet());
    }

    /** @param manager who signed in, empty when the sign-in did not vouch for a contract manager of a region */
    public Response answer(Optional<ContractManager> manager, Request request) {
        if (manager.isEmpty()) {
            return html(403, InternalPages.page("Geen toegang", null, "<p>U bent niet aangemeld als contractmanager"
                    + " van een inkoopregio. Vraag de beheerder u toe te voegen aan de groep van uw regio.</p>"));
        }
        String method = request.method() == null ? "GET" : request.method();
        String path = request.path() == null ? "/" : request.path();
        Matcher action = ACTION.matcher(path);
        if (action.matches()) {
            if (!method.equals("POST")) {
                return html(405, InternalPages.page("Niet toegestaan", null, "<p>Een stap leggen we alleen vast met het formulier.</p>"));
            }
            return act(request, manager.get(), action.group(1), decode(action.group(2)));
        }
        if (!method.equals("GET") && !method.equals("HEAD")) {
            return notFound();
        }
        if (path.equals("/intern") || path.equals("/intern/")) {
            return html(200, regionChoice(manager.get()));
        }
        Matcher page = PAGE.matcher(path);
        if (!page.matches() || !manager.get().manages(page.group(1))) {
            return notFound();
        }
        return serve(request, page.group(1), page.group(2));
    }

    private Response act(Request request, ContractManager manager, String region, String id) {
        if (crossSite(request.headers())) {
            return html(403, InternalPages.page("Geen toegang", null,
                    "<p>Dit formulier kwam niet van de interne site zelf en is niet verwerkt.</p>"));
        }
        byte[] body = request.body() == null ? new byte[0] : request.body();
        if (body.length > MAX_FORM_BYTES) {
            return html(413, InternalPages.page("Te groot", null, "<p>Het formulier is te groot.</p>"));
        }
        Map<String, String> form = InternalPages.form(new String(body, StandardCharsets.UTF_8));
        EscalationActions.Outcome outcome = actions.act(manager, region, id, form);
        if (outcome instanceof EscalationActions.Refused refused) {
            LOG.info("escalation step refused: {} on {} in {}", form.get("actie"), id, region);
            return redirect(InternalPages.redirect(region, form.get("terug"), false, refused.messageNl()));
        }
        if (outcome instanceof EscalationActions.Done done) {
            LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
            long start = System.nanoTime();
            List<String> written = RegionalInternalEdition.republishEscalationPages(config, stores, region,
                    done.escalation().provider(), providerNames.get(), today, editions);
            LOG.info("escalation {} moved by a contract manager of {} to {}; {} pages republished in {} ms",
                    id, region, done.escalation().state(), written.size(), (System.nanoTime() - start) / 1_000_000);
            return redirect(InternalPages.redirect(region, form.get("terug"), true, done.messageNl()));
        }
        return notFound();
    }

    private Response serve(Request request, String region, String rest) {
        String sitePath = sitePath(rest);
        if (sitePath == null) {
            return notFound();
        }
        Optional<byte[]> file = editions.read(region, sitePath);
        if (file.isEmpty()) {
            return notFound();
        }
        String type = SiteContentTypes.contentType(sitePath);
        if (!type.startsWith("text/html")) {
            return new Response(200, InternalPages.headers(type), file.get(), false);
        }
        String page = new String(file.get(), StandardCharsets.UTF_8);
        Map<String, String> query = InternalPages.form(request.query());
        String outcome = query.get("uitkomst");
        String message = query.get("melding");
        if (message != null && ("vastgelegd".equals(outcome) || "geweigerd".equals(outcome))) {
            page = InternalPages.withOutcome(page, query.get("bij"), "vastgelegd".equals(outcome),
                    message.length() > 1_000 ? message.substring(0, 1_000) : message);
        }
        return new Response(200, InternalPages.headers(type), page.getBytes(StandardCharsets.UTF_8), true);
    }

    /** The site path under the region, or null when it could leave the region's edition. */
    static String sitePath(String rest) {
        String decoded = rest == null || rest.equals("/") ? "/index.html" : decode(rest);
        if (decoded == null || decoded.contains("..") || decoded.contains("\\") || decoded.contains("//")) {
            return null;
        }
        String path = decoded.substring(1);
        return path.isEmpty() || path.endsWith("/") ? path + "index.html" : path;
    }

    private String regionChoice(ContractManager manager) {
        List<String> mine = regionNames.keySet().stream().filter(manager::manages).toList();
        String items = mine.stream().map(r -> "<li><a href=\"" + InternalPages.BASE + r + "/intern/index.html\">"
                + InternalPages.escape(regionNames.get(r)) + "</a></li>").collect(Collectors.joining("\n"));
        return InternalPages.page("Uw inkoopregio's", InternalPages.stylesheetOf(mine.get(0)),
                "<p>Aangemeld als " + InternalPages.escape(manager.name()) + ". U ziet de interne editie van deze"
                        + " inkoopregio's, met hun escalaties:</p>\n<ul>\n" + items + "\n</ul>\n<p><a href=\""
                        + InternalPages.BASE + "afmelden\">Afmelden</a></p>");
    }

    private static Response notFound() {
        return html(404, InternalPages.page("Niet gevonden", null, "<p>Deze pagina of escalatie bestaat niet of hoort"
                + " niet bij uw inkoopregio. <a href=\"" + InternalPages.BASE + "\">Naar uw inkoopregio's</a>.</p>"));
    }

    /** A form posted from another site (Origin or Sec-Fetch-Site says so) is not a contract manager's own. */
    private static boolean crossSite(Map<String, String> headers) {
        Map<String, String> given = headers == null ? Map.of() : headers;
        String fetchSite = header(given, "sec-fetch-site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = header(given, "origin");
        if (origin == null) {
            return false;
        }
        String host = header(given, "host");
        try {
            URI from = URI.create(origin);
            String authority = from.getHost() + (from.getPort() < 0 ? "" : ":" + from.getPort());
            return from.getHost() == null || host == null || !authority.equalsIgnoreCase(host);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static String header(Map<String, String> headers, String name) {
        return headers.entrySet().stream().filter(h -> h.getKey().equalsIgnoreCase(name)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A page the site writes itself (not from an edition), with the same headers as the edition's pages. */
    private static Response html(int status, String page) {
        return new Response(status, InternalPages.headers("text/html; charset=utf-8"), page.getBytes(StandardCharsets.UTF_8), true);
    }

    private static Response redirect(String location) {
        Map<String, String> headers = InternalPages.headers("text/plain; charset=utf-8");
        headers.put("Location", location);
        return new Response(303, headers, new byte[0], true);
    }
}
