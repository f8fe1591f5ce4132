package nl.wmoscorecards.functions.handler;

import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.CLOCK;
import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.events.ScheduledEvent;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import nl.wmoscorecards.application.ContractManager;
import nl.wmoscorecards.application.EscalationActions;
import nl.wmoscorecards.application.RegionalInternalEdition;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.fixtures.InMemoryStores;
import nl.wmoscorecards.functions.site.S3RegionalEditions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * contract-manager-site: fed the HTTP API events the JWT authorizer passes on (a contract manager's groups and
 * name in the claims), against the in-memory fakes and an in-memory internal bucket published per region by
 * internal-site-publish. What a manager notices: the page, the step recorded by their name, the region's pages
 * republished with the new step, the Dutch refusal, and another region answering 404.
 */
class ContractManagerSiteHandlerTest {
    private static final String ZW = "zaanstreek-waterland";
    private static final String BUCKET = "scorecards-internal-site";
    /**
     * The editions of Zaanstreek-Waterland and of another region (dwo) as internal-site-publish leaves them, published
     * once for {@link #publishedRegions}. Each region's edition is rendered from that region alone, so publishing the
     * two the tests look at gives the same bytes as publishing all five, in less than half the time.
     */
    private static final Map<String, InMemoryS3.StoredObject> PUBLISHED = new TreeMap<>();
    private final InMemoryStores fakes = new InMemoryStores();
    private final InMemoryS3 bucket = new InMemoryS3();
    private ContractManagerSiteHandler handler;
    private String provider;
    private String escalation;

    @BeforeEach
    void anEscalationOnStepOne() {
        handler = new ContractManagerSiteHandler(CONFIG, FakeStores.of(fakes), new S3RegionalEditions(bucket, BUCKET),
                Map::of, CLOCK);
        signalled("12345678");
    }

    private void signalled(String agb) {
        provider = agb;
        escalation = saveSignalled(agb);
    }

    /** An escalation of the provider in Zaanstreek-Waterland on step 1; its id. */
    private String saveSignalled(String agb) {
        String id = Escalation.idOf(ZW, 2027, agb);
        fakes.escalations().save(new Escalation(id, ZW, agb, 2027, EscalationState.SIGNALLED,
                List.of(new Shortfall(Shortfall.KPI, "result-achieved", KpiRegionRunHandlerTest.REGION, "60.0 (onvoldoende)")),
                null, null, false, List.of(new Transition(LocalDate.of(2028, 3, 1), null, EscalationState.SIGNALLED,
                "signal", "kpi", "kpi-run", CLOCK.instant())), 0));
        return id;
    }

    @BeforeAll
    static void everyRegionPublished() throws IOException {
        ContractManagerSiteHandlerTest once = new ContractManagerSiteHandlerTest();
        once.measuredYearWithTheEscalation();
        publishAll(once.fakes, once.bucket);
        PUBLISHED.putAll(once.bucket.objects());
    }

    private void measuredYearWithTheEscalation() throws IOException {
        SitePublishHandlerTest.measuredYear(fakes);
        signalled(fakes.kpiResults().results(2027, KpiRegionRunHandlerTest.REGION).get(0).provider());
    }

    private static void publishAll(InMemoryStores stores, InMemoryS3 into) {
        publish(ZW, stores, into);
        publish("dwo", stores, into);
    }

    /** The region's edition as internal-site-publish publishes it. */
    private static void publish(String region, InMemoryStores stores, InMemoryS3 into) {
        new InternalSitePublishHandler(RegionalInternalEdition.only(CONFIG, region), FakeStores.of(stores), into, BUCKET,
                "", Map::of, CLOCK).handleRequest(LambdaJson.event("scheduled-site-publish.json", ScheduledEvent.class), null);
    }

    /** A measured year with the escalation on a measured provider, every region published as internal-site-publish does. */
    private void publishedRegions() throws IOException {
        measuredYearWithTheEscalation();
        bucket.objects().putAll(PUBLISHED);
    }

    @Test
    void aStepIsRecordedByTheSignedInManagerAndTheRegionsEscalationPagesShowIt() throws IOException {
        publishedRegions();
        assertThat(page(ZW + "/intern/escalaties.html")).contains("stap 1: gesignaleerd");
        int writtenBefore = bucket.written().size();

        APIGatewayV2HTTPResponse answer = handler.handleRequest(post(manager(ZW), ZW, escalation,
                "actie=record-conversation&datum=2028-02-28&toelichting=Gesprek+gevoerd&door=Iemand+anders"
                        + "&terug=aanbieders%2F" + provider + ".html%23escalatie-" + escalation), null);

        assertThat(answer.getStatusCode()).isEqualTo(303);
        String location = URLDecoder.decode(answer.getHeaders().get("Location"), StandardCharsets.UTF_8);
        assertThat(location).startsWith("/intern/" + ZW + "/aanbieders/" + provider + ".html?uitkomst=vastgelegd")
                .contains("staat nu in stap 2: verbeterplan gevraagd").endsWith("#escalatie-" + escalation);
        Escalation stored = fakes.escalations().find(escalation).orElseThrow();
        assertThat(stored.state()).isEqualTo(EscalationState.PLAN_DUE);
        assertThat(stored.history().get(1).decidedBy()).isEqualTo("Anna de Vries");
        assertThat(stored.history().get(1).date()).isEqualTo(LocalDate.of(2028, 2, 28));
        assertThat(page(ZW + "/intern/escalaties.html")).contains("stap 2: verbeterplan gevraagd");
        assertThat(page(ZW + "/aanbieders/" + provider + ".html")).contains("Anna de Vries").contains("Gesprek gevoerd");
        // Only the region's escalation pages were written again, nothing of another region: besides the provider's
        // own, the page of 12345678, on no scorecard, whose escalation the overview now links to.
        assertThat(bucket.written().subList(writtenBefore, bucket.written().size()))
                .contains(ZW + "/intern/escalaties.html", ZW + "/aanbieders/" + provider + ".html",
                        ZW + "/aanbieders/12345678.html")
                .allMatch(key -> key.startsWith(ZW + "/intern/") || key.equals(ZW + "/aanbieders/" + provider + ".html")
                        || key.equals(ZW + "/aanbieders/12345678.html"));
    }

    @Test
    void afterAStepTheRegionsEditionIsWhatAWholePublishOfTheNewStateGives() throws IOException {
        publishedRegions();

        APIGatewayV2HTTPResponse answer = handler.handleRequest(post(manager(ZW), ZW, escalation,
                "actie=record-conversation&datum=2028-02-28&toelichting=Gesprek+gevoerd"), null);

        assertThat(answer.getStatusCode()).isEqualTo(303);
        assertThat(bucket.written()).isNotEmpty().allMatch(key -> key.startsWith(ZW + "/"));
        InMemoryS3 whole = assertTheEditionIsAWholePublish();
        // What the whole publish changed is what the step republished, not more.
        assertThat(whole.written()).filteredOn(key -> !PUBLISHED.containsKey(key)
                        || !Arrays.equals(whole.objects().get(key).bytes(), PUBLISHED.get(key).bytes()))
                .containsExactlyInAnyOrderElementsOf(bucket.written());
    }

    @Test
    void aStepSavedWhileThePagesAreRenderedIsOnThemToo() throws IOException {
        publishedRegions();
        // A provider without results: no dossier, and a page only for its escalations.
        String colleagues = saveSignalled("87654321");
        S3RegionalEditions editions = new S3RegionalEditions(bucket, BUCKET);
        AtomicBoolean raced = new AtomicBoolean();
        RegionalInternalEdition.Target racing = new RegionalInternalEdition.Target() {
            @Override
            public Optional<byte[]> read(String region, String sitePath) {
                return editions.read(region, sitePath);
            }

            @Override
            public void write(String region, String sitePath, byte[] bytes) {
                editions.write(region, sitePath, bytes);
                if (raced.compareAndSet(false, true)) { // a colleague's step lands between the render and its writes
                    new EscalationActions(FakeStores.of(fakes), CLOCK).act(new ContractManager("Collega", Set.of(ZW)), ZW,
                            colleagues, Map.of("actie", "record-conversation", "datum", "2028-02-28"));
                }
            }
        };

        APIGatewayV2HTTPResponse answer = new ContractManagerSiteHandler(CONFIG, FakeStores.of(fakes), racing, Map::of,
                CLOCK).handleRequest(post(manager(ZW), ZW, escalation, "actie=record-conversation&datum=2028-02-28"), null);

        assertThat(answer.getStatusCode()).isEqualTo(303);
        assertThat(raced).isTrue();
        assertThat(fakes.escalations().find(colleagues).orElseThrow().state()).isEqualTo(EscalationState.PLAN_DUE);
        assertThat(page(ZW + "/intern/escalaties.html").split("stap 2: verbeterplan gevraagd", -1)).hasSize(3);
        assertTheEditionIsAWholePublish();
    }

    /** Zaanstreek-Waterland's edition in the bucket is what internal-site-publish gives for the stores now; that publish. */
    private InMemoryS3 assertTheEditionIsAWholePublish() {
        InMemoryS3 whole = new InMemoryS3();
        whole.objects().putAll(PUBLISHED);
        publish(ZW, fakes, whole);
        assertThat(bucket.objects().keySet()).containsExactlyElementsOf(whole.objects().keySet());
        assertThat(bucket.objects()).allSatisfy((key, object) -> assertThat(new String(object.bytes(), StandardCharsets.UTF_8))
                .as(key).isEqualTo(new String(whole.objects().get(key).bytes(), StandardCharsets.UTF_8)));
        return whole;
    }

    @Test
    void theBrowserGetsThePageBackWithTheOutcomeEscapedUnderTheEscalation() throws IOException {
        publishedRegions();
        APIGatewayV2HTTPEvent get = event(manager(ZW), "GET", "/intern/" + ZW + "/aanbieders/" + provider + ".html", null);
        get.setRawQueryString("uitkomst=geweigerd&melding=%3Cscript%3Ealert(1)%3C%2Fscript%3E+Dit+kan+nu+niet.&bij=escalatie-"
                + escalation);
        APIGatewayV2HTTPResponse answer = handler.handleRequest(get, null);

        assertThat(answer.getStatusCode()).isEqualTo(200);
        assertThat(answer.getHeaders()).containsEntry("Cache-Control", "no-store");
        String html = answer.getBody();
        assertThat(html).contains("<div class=\"ladder-outcome\" role=\"alert\"><p><strong>Niet vastgelegd.</strong>"
                + " &lt;script&gt;alert(1)&lt;/script&gt; Dit kan nu niet.</p></div>").doesNotContain("<script>");
        assertThat(html.indexOf("ladder-outcome")).isGreaterThan(html.indexOf("id=\"escalatie-" + escalation + "\""));
    }

    @Test
    void aStepTheLadderDoesNotAllowIsRefusedInDutchAndChangesNothing() {
        APIGatewayV2HTTPResponse answer = handler.handleRequest(post(manager(ZW), ZW, escalation,
                "actie=record-plan&terug=intern%2Fescalaties.html"), null);

        assertThat(answer.getStatusCode()).isEqualTo(303);
        assertThat(URLDecoder.decode(answer.getHeaders().get("Location"), StandardCharsets.UTF_8))
                .startsWith("/intern/" + ZW + "/intern/escalaties.html?uitkomst=geweigerd")
                .contains("Dit kan nu niet: 'Verbeterplan ontvangen' is niet toegestaan voor escalatie " + escalation
                        + ", die staat in stap 1: gesignaleerd, escalatiegesprek te voeren. Nu toegestaan: Escalatiegesprek vastleggen.");
        assertThat(fakes.escalations().find(escalation).orElseThrow().history()).hasSize(1);
    }

    @Test
    void formMistakesAreRefusedInDutch() {
        Map<String, String> refusals = Map.of(
                "actie=assess-plan", "Dit kan nu niet: 'Verbeterplan beoordelen' is niet toegestaan",
                "actie=record-conversation&datum=28-02-2028", "'28-02-2028' is geen datum",
                "actie=record-conversation&datum=2099-01-01", "ligt in de toekomst",
                "actie=record-conversation&planDagen=0", "heel getal van 1 tot en met 365",
                "actie=record-conversation&toelichting=cli%C3%ABnt+999900006", "lijkt een BSN te bevatten",
                "actie=onzin", "Kies een stap van de escalatieladder");
        refusals.forEach((form, message) -> {
            APIGatewayV2HTTPResponse answer = handler.handleRequest(post(manager(ZW), ZW, escalation, form), null);
            assertThat(URLDecoder.decode(answer.getHeaders().get("Location"), StandardCharsets.UTF_8)).as(form)
                    .contains("uitkomst=geweigerd").contains(message).doesNotContain("999900006");
        });
        assertThat(fakes.escalations().find(escalation).orElseThrow().history()).hasSize(1);
    }

    @Test
    void aFormFromAnotherSiteOrTooLargeIsNotProcessed() {
        APIGatewayV2HTTPEvent crossSite = post(manager(ZW), ZW, escalation, "actie=record-conversation");
        crossSite.setHeaders(new HashMap<>(Map.of("Host", "intern.example", "Origin", "https://elders.example")));
        APIGatewayV2HTTPEvent sameSite = post(manager(ZW), ZW, escalation, "actie=record-conversation");
        sameSite.setHeaders(new HashMap<>(Map.of("host", "intern.example", "origin", "https://intern.example",
                "sec-fetch-site", "cross-site")));
        APIGatewayV2HTTPEvent large = post(manager(ZW), ZW, escalation, "actie=record-conversation&toelichting="
                + "a".repeat(17 * 1024));

        assertThat(handler.handleRequest(crossSite, null).getStatusCode()).isEqualTo(403);
        assertThat(handler.handleRequest(sameSite, null).getBody()).contains("niet van de interne site zelf");
        assertThat(handler.handleRequest(large, null).getStatusCode()).isEqualTo(413);
        assertThat(fakes.escalations().find(escalation).orElseThrow().history()).hasSize(1);
    }

    @Test
    void anotherRegionsManagerReachesNeitherThePagesNorTheEscalation() throws IOException {
        publishedRegions();
        Map<String, String> dwo = manager("dwo");
        assertThat(handler.handleRequest(event(dwo, "GET", "/intern/" + ZW + "/intern/escalaties.html", null), null)
                .getStatusCode()).isEqualTo(404);
        assertThat(handler.handleRequest(post(dwo, ZW, escalation, "actie=record-conversation"), null).getStatusCode())
                .isEqualTo(404);
        assertThat(handler.handleRequest(post(dwo, "dwo", escalation, "actie=record-conversation"), null).getStatusCode())
                .isEqualTo(404);
        assertThat(fakes.escalations().find(escalation).orElseThrow().history()).hasSize(1);
        assertThat(bucket.objects().keySet()).anyMatch(k -> k.startsWith("dwo/"));
        assertThat(bucket.objects().entrySet()).filteredOn(e -> e.getKey().startsWith("dwo/"))
                .allMatch(e -> !new String(e.getValue().bytes(), StandardCharsets.UTF_8).contains(escalation));
        assertThat(handler.handleRequest(event(dwo, "GET", "/intern/dwo/intern/escalaties.html", null), null).getStatusCode())
                .isEqualTo(200);
    }

    private String page(String key) {
        return new String(bucket.objects().get(key).bytes(), StandardCharsets.UTF_8);
    }

    private static Map<String, String> manager(String region) {
        return Map.of("cognito:groups", "[contractmanager-" + region + "]", "name", "Anna de Vries",
                "email", "anna@region.example");
    }

    private static APIGatewayV2HTTPEvent post(Map<String, String> claims, String region, String id, String form) {
        return event(claims, "POST", "/intern/" + region + "/acties/escalaties/" + id, form);
    }

    private static APIGatewayV2HTTPEvent event(Map<String, String> claims, String method, String path, String body) {
        APIGatewayV2HTTPEvent event = LambdaJson.event("api-get-upload.json", APIGatewayV2HTTPEvent.class);
        event.getRequestContext().getHttp().setMethod(method);
        event.getRequestContext().getHttp().setPath(path);
        event.setRawPath(path);
        event.setRouteKey(method + (method.equals("POST") ? " /intern/{region}/acties/escalaties/{escalationId}" : " /intern/{proxy+}"));
        event.setPathParameters(null);
        event.getRequestContext().getAuthorizer().getJwt().setClaims(claims);
        event.setBody(body);
        return event;
    }
}
