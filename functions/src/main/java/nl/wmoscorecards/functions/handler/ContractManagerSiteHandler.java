package nl.wmoscorecards.functions.handler;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.wmoscorecards.application.ContractManager;
import nl.wmoscorecards.application.EscalationActions;
import nl.wmoscorecards.application.Ports;
import nl.wmoscorecards.application.RegionalInternalEdition;
import nl.wmoscorecards.core.calendar.DutchTime;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.functions.aws.AwsClients;
import nl.wmoscorecards.functions.aws.Telemetry;
import nl.wmoscorecards.functions.contract.ContractManagerAuthentication;
import nl.wmoscorecards.functions.contract.ContractManagerClaims;
import nl.wmoscorecards.functions.contract.InternalPages;
import nl.wmoscorecards.functions.contract.SignedInManagers;
import nl.wmoscorecards.functions.site.S3RegionalEditions;
import nl.wmoscorecards.functions.store.Stores;
import nl.wmoscorecards.functions.store.TableNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * contract-manager-site (HTTP API, payload 2.0, behind the user pool's sign-in, checked first): serves each contracting
 * region's internal edition to that region's contract managers only ({@code GET /intern/REGION/...}, from the
 * region's prefix of the internal bucket) and takes the ladder's forms ({@code POST
 * /intern/REGION/acties/escalaties/ID}): the step is recorded by the manager's name, the region's escalation
 * pages are republished, and the browser goes back to the page with the outcome (303). Another region's page,
 * escalation or action answers 404, as one that does not exist.
 */
public final class ContractManagerSiteHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {
    private static final Logger LOG = LoggerFactory.getLogger(ContractManagerSiteHandler.class);
    private static final Pattern ACTION = Pattern.compile("/intern/([a-z0-9-]+)/acties/escalaties/([^/]+)");
    private static final Pattern PAGE = Pattern.compile("/intern/([a-z0-9-]+)(/.*)?");
    private static final int MAX_FORM_BYTES = 16 * 1024;
    private final ScorecardsConfig config;
    private final Ports stores;
    private final RegionalInternalEdition.Target editions;
    private final Supplier<Map<String, String>> providerNames;
    private final Clock clock;
    private final EscalationActions actions;
    private final Map<String, String> regionNames;
    private final ContractManagerAuthentication authentication;

    public ContractManagerSiteHandler() {
        this(ConfigLoader.fromEnvironment(), Stores.dynamo(AwsClients.dynamoDb(), TableNames.fromEnvironment()),
                new S3RegionalEditions(AwsClients.s3(), requiredEnv("INTERNAL_SITE_BUCKET")), Map::of, Clock.systemUTC(),
                SignedInManagers.fromEnvironment());
    }

    /** With the claims already in the event (the local server's key sign-in stands in for the user pool). */
    public ContractManagerSiteHandler(ScorecardsConfig config, Ports stores, RegionalInternalEdition.Target editions,
                                      Supplier<Map<String, String>> providerNames, Clock clock) {
        this(config, stores, editions, providerNames, clock, ContractManagerAuthentication.claimsInEvent());
    }

    public ContractManagerSiteHandler(ScorecardsConfig config, Ports stores, RegionalInternalEdition.Target editions,
                                      Supplier<Map<String, String>> providerNames, Clock clock,
                                      ContractManagerAuthentication authentication) {
        this.authentication = authentication;
        this.config = config;
        this.stores = stores;
        this.editions = editions;
        this.providerNames = providerNames;
        this.clock = clock;
        this.actions = new EscalationActions(stores, clock);
        this.regionNames = config.regions().contractingRegions().stream()
                .collect(Collectors.toMap(ContractingRegion::id, ContractingRegion::name, (a, b) -> a, LinkedHashMap::new));
    }

    @Override
    public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return Telemetry.invocation(context, () -> authentication.admit(event, this::handle));
    }

    private APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        Optional<ContractManager> manager = ContractManagerClaims.of(event, regionNames.keySet());
        if (manager.isEmpty()) {
            return html(403, InternalPages.page("Geen toegang", null, "<p>U bent niet aangemeld als contractmanager"
                    + " van een inkoopregio. Vraag de beheerder u toe te voegen aan de groep van uw regio.</p>"));
        }
        String method = method(event);
        String path = event.getRawPath() == null ? "/" : event.getRawPath();
        Matcher action = ACTION.matcher(path);
        if (action.matches()) {
            if (!method.equals("POST")) {
                return html(405, InternalPages.page("Niet toegestaan", null, "<p>Een stap leggen we alleen vast met het formulier.</p>"));
            }
            return act(event, manager.get(), action.group(1), decode(action.group(2)));
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
        return serve(event, page.group(1), page.group(2));
    }

    private APIGatewayV2HTTPResponse act(APIGatewayV2HTTPEvent event, ContractManager manager, String region, String id) {
        if (crossSite(event)) {
            return html(403, InternalPages.page("Geen toegang", null,
                    "<p>Dit formulier kwam niet van de interne site zelf en is niet verwerkt.</p>"));
        }
        String body = body(event);
        if (body == null) {
            return html(413, InternalPages.page("Te groot", null, "<p>Het formulier is te groot.</p>"));
        }
        Map<String, String> form = InternalPages.form(body);
        EscalationActions.Outcome outcome = actions.act(manager, region, id, form);
        if (outcome instanceof EscalationActions.Refused refused) {
            LOG.info("escalation step refused: {} on {} in {}", form.get("actie"), id, region);
            return redirect(InternalPages.redirect(region, form.get("terug"), false, refused.messageNl()));
        }
        if (outcome instanceof EscalationActions.Done done) {
            LocalDate today = LocalDate.now(clock.withZone(DutchTime.ZONE));
            List<String> written = RegionalInternalEdition.republishEscalationPages(config, stores, region,
                    done.escalation().provider(), providerNames.get(), today, editions);
            LOG.info("escalation {} moved by a contract manager of {} to {}; {} pages republished",
                    id, region, done.escalation().state(), written.size());
            return redirect(InternalPages.redirect(region, form.get("terug"), true, done.messageNl()));
        }
        return notFound();
    }

    private APIGatewayV2HTTPResponse serve(APIGatewayV2HTTPEvent event, String region, String rest) {
        String sitePath = sitePath(rest);
        if (sitePath == null) {
            return notFound();
        }
        Optional<byte[]> file = editions.read(region, sitePath);
        if (file.isEmpty()) {
            return notFound();
        }
        String type = S3RegionalEditions.contentType(sitePath);
        Map<String, String> headers = headers(type);
        if (type.startsWith("text/html")) {
            String page = new String(file.get(), StandardCharsets.UTF_8);
            Map<String, String> query = InternalPages.form(event.getRawQueryString());
            String outcome = query.get("uitkomst");
            String message = query.get("melding");
            if (message != null && ("vastgelegd".equals(outcome) || "geweigerd".equals(outcome))) {
                page = InternalPages.withOutcome(page, query.get("bij"), "vastgelegd".equals(outcome),
                        message.length() > 1_000 ? message.substring(0, 1_000) : message);
            }
            return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers).withBody(page)
                    .withIsBase64Encoded(false).build();
        }
        return APIGatewayV2HTTPResponse.builder().withStatusCode(200).withHeaders(headers)
                .withBody(Base64.getEncoder().encodeToString(file.get())).withIsBase64Encoded(true).build();
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
                        + " inkoopregio's, met hun escalaties:</p>\n<ul>\n" + items + "\n</ul>");
    }

    private static APIGatewayV2HTTPResponse notFound() {
        return html(404, InternalPages.page("Niet gevonden", null, "<p>Deze pagina of escalatie bestaat niet of hoort"
                + " niet bij uw inkoopregio. <a href=\"" + InternalPages.BASE + "\">Naar uw inkoopregio's</a>.</p>"));
    }

    /** A form posted from another site (Origin or Sec-Fetch-Site says so) is not a contract manager's own. */
    private static boolean crossSite(APIGatewayV2HTTPEvent event) {
        Map<String, String> headers = event.getHeaders() == null ? Map.of() : event.getHeaders();
        String fetchSite = header(headers, "sec-fetch-site");
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return true;
        }
        String origin = header(headers, "origin");
        if (origin == null) {
            return false;
        }
        String host = header(headers, "host");
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

    /** The body as text, or null when it is larger than any form needs. */
    private static String body(APIGatewayV2HTTPEvent event) {
        String body = event.getBody() == null ? "" : event.getBody();
        byte[] bytes = event.getIsBase64Encoded() ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
        return bytes.length > MAX_FORM_BYTES ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private static String method(APIGatewayV2HTTPEvent event) {
        return Optional.ofNullable(event.getRequestContext()).map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getMethod).orElse("GET");
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Map<String, String> headers(String contentType) {
        return InternalPages.headers(contentType);
    }

    private static APIGatewayV2HTTPResponse html(int status, String page) {
        return APIGatewayV2HTTPResponse.builder().withStatusCode(status).withHeaders(headers("text/html; charset=utf-8"))
                .withBody(page).withIsBase64Encoded(false).build();
    }

    private static APIGatewayV2HTTPResponse redirect(String location) {
        Map<String, String> headers = headers("text/plain; charset=utf-8");
        headers.put("Location", location);
        return APIGatewayV2HTTPResponse.builder().withStatusCode(303).withHeaders(headers).withBody("")
                .withIsBase64Encoded(false).build();
    }

    private static String requiredEnv(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set");
        }
        return value;
    }
}
