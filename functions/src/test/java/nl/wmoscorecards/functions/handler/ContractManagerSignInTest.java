package nl.wmoscorecards.functions.handler;

import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.CLOCK;
import static nl.wmoscorecards.functions.handler.KpiRegionRunHandlerTest.CONFIG;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.fixtures.InMemoryStores;
import nl.wmoscorecards.application.InternalPages;
import nl.wmoscorecards.functions.contract.UserPoolStandIn;
import nl.wmoscorecards.functions.site.S3RegionalEditions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The contract managers' sign-in in AWS, against a real OpenID Connect server in the user pool's place: the hosted
 * UI's code flow with PKCE through contract-manager-sign-in, then contract-manager-site fed the cookie (or a bearer
 * token) as API Gateway passes it on, with no authorizer in front. What a manager notices: sent to sign-in and
 * back to the page; a form without a sign-in gets a Dutch 401; a forged, expired or other client's token opens
 * nothing; the regions are those of the verified token's groups only.
 * Starts a real OpenID Connect server (the user pool's stand-in), so it runs with the integration tests in verify.
 */
@Tag("integration")
class ContractManagerSignInTest {
    private static final String SITE = "https://intern.example";
    private static final String ZW = "zaanstreek-waterland";
    private static final String DWO = "dwo";
    private static final String ZW_PAGE = "/intern/" + ZW + "/intern/escalaties.html";
    private static final String BUCKET = "scorecards-internal-site";
    private static final UserPoolStandIn POOL = new UserPoolStandIn();
    private final HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final InMemoryStores fakes = new InMemoryStores();
    private final InMemoryS3 bucket = new InMemoryS3();
    private ContractManagerSiteHandler site;
    private ContractManagerSignInHandler signIn;
    private String escalation;

    @AfterAll
    static void stop() {
        POOL.close();
    }

    @BeforeEach
    void twoRegionsPublished() {
        bucket.put(ZW + "/intern/escalaties.html", "<!DOCTYPE html><html><body><main><h1>Escalaties Zaanstreek-Waterland</h1></main></body></html>");
        bucket.put(DWO + "/intern/escalaties.html", "<!DOCTYPE html><html><body><main><h1>Escalaties DWO</h1></main></body></html>");
        site = new ContractManagerSiteHandler(CONFIG, FakeStores.of(fakes), new S3RegionalEditions(bucket, BUCKET), Map::of,
                CLOCK, POOL.managers());
        signIn = new ContractManagerSignInHandler(POOL.signIn(SITE));
        escalation = Escalation.idOf(ZW, 2027, "12345678");
        fakes.escalations().save(new Escalation(escalation, ZW, "12345678", 2027, EscalationState.SIGNALLED,
                List.of(new Shortfall(Shortfall.KPI, "result-achieved", KpiRegionRunHandlerTest.REGION, "60.0 (onvoldoende)")),
                null, null, false, List.of(new Transition(LocalDate.of(2028, 3, 1), null, EscalationState.SIGNALLED,
                "signal", "kpi", "kpi-run", CLOCK.instant())), 0));
    }

    @Test
    void aManagerIsSentToTheHostedSignInAndComesBackToThePageSignedIn() throws Exception {
        APIGatewayV2HTTPResponse first = site.handleRequest(get(ZW_PAGE, List.of()), null);
        assertThat(first.getStatusCode()).isEqualTo(303);
        assertThat(first.getHeaders().get("Location")).isEqualTo("/intern/aanmelden?terug="
                + URLEncoder.encode(ZW_PAGE, StandardCharsets.UTF_8));

        APIGatewayV2HTTPResponse start = signIn.handleRequest(get("/intern/aanmelden", List.of(),
                first.getHeaders().get("Location").split("\\?")[1]), null);
        assertThat(start.getStatusCode()).isEqualTo(303);
        URI authorize = URI.create(start.getHeaders().get("Location"));
        Map<String, String> asked = InternalPages.form(authorize.getRawQuery());
        assertThat(authorize.toString()).startsWith(POOL.authorizeEndpoint() + "?");
        assertThat(asked).containsEntry("response_type", "code").containsEntry("client_id", UserPoolStandIn.CLIENT_ID)
                .containsEntry("redirect_uri", SITE + "/intern/aanmelden/terug").containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce", "code_challenge");
        assertThat(start.getCookies()).singleElement().asString().startsWith("__Host-cm-aanmelden=")
                .contains("; Path=/; Max-Age=600; Secure; HttpOnly; SameSite=Lax").doesNotContain("Domain");

        APIGatewayV2HTTPResponse back = returnFromPool(start, UserPoolStandIn.manager("Anna de Vries", "contractmanager-" + ZW));
        assertThat(back.getStatusCode()).isEqualTo(200);
        // Onward as this site's own navigation, so the SameSite=Strict cookie goes along.
        assertThat(back.getBody()).contains("<meta http-equiv=\"refresh\" content=\"0; url=" + ZW_PAGE + "\">")
                .contains("<a href=\"" + ZW_PAGE + "\">");
        String session = sessionCookie(back);
        assertThat(back.getCookies()).contains("__Host-cm-aanmelden=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Lax")
                .anySatisfy(c -> assertThat(c).startsWith(session + "; Path=/; Max-Age=").endsWith("; Secure; HttpOnly; SameSite=Strict"));

        APIGatewayV2HTTPResponse page = site.handleRequest(get(ZW_PAGE, List.of(session)), null);
        assertThat(page.getStatusCode()).isEqualTo(200);
        assertThat(page.getBody()).contains("Escalaties Zaanstreek-Waterland");

        // And a step is recorded by the token's name, whatever the form says.
        APIGatewayV2HTTPResponse step = site.handleRequest(post("/intern/" + ZW + "/acties/escalaties/" + escalation,
                List.of(session), "actie=record-conversation&datum=2028-02-28&door=Iemand+anders&terug=intern%2Fescalaties.html"), null);
        assertThat(step.getStatusCode()).isEqualTo(303);
        assertThat(fakes.escalations().find(escalation).orElseThrow().history().get(1).decidedBy()).isEqualTo("Anna de Vries");
    }

    @Test
    void anExpiredSignInIsRenewedWithTheRefreshTokenSoAFormFilledInSlowlyStillCounts() throws Exception {
        APIGatewayV2HTTPResponse start = signIn.handleRequest(get("/intern/aanmelden", List.of()), null);
        APIGatewayV2HTTPResponse back = returnFromPool(start, UserPoolStandIn.manager("Anna de Vries", "contractmanager-" + ZW));
        String renewal = back.getCookies().stream().filter(c -> c.startsWith("__Host-cm-verlenging=")).findFirst().orElseThrow();
        assertThat(renewal).endsWith("; Secure; HttpOnly; SameSite=Strict").contains("; Path=/; Max-Age=43200;");
        String expired = "__Host-cm-id=" + POOL.idToken(UserPoolStandIn.CLIENT_ID,
                UserPoolStandIn.manager("Anna de Vries", "contractmanager-" + ZW), -120);

        APIGatewayV2HTTPResponse step = site.handleRequest(post("/intern/" + ZW + "/acties/escalaties/" + escalation,
                List.of(expired, renewal.split(";")[0]), "actie=record-conversation&datum=2028-02-28&terug=intern%2Fescalaties.html"), null);

        assertThat(step.getStatusCode()).isEqualTo(303);
        assertThat(fakes.escalations().find(escalation).orElseThrow().history()).hasSize(2);
        String renewed = step.getCookies().stream().filter(c -> c.startsWith("__Host-cm-id=")).findFirst().orElseThrow();
        assertThat(site.handleRequest(get(ZW_PAGE, List.of(renewed.split(";")[0])), null).getStatusCode())
                .as("the renewed token opens the pages").isEqualTo(200);
        // A made-up refresh token renews nothing.
        APIGatewayV2HTTPResponse madeUp = site.handleRequest(get(ZW_PAGE, List.of(expired, "__Host-cm-verlenging=verzonnen")), null);
        assertThat(madeUp.getStatusCode()).isEqualTo(303);
        assertThat(madeUp.getCookies()).contains("__Host-cm-verlenging=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict");
    }

    @Test
    void aReturnWithAnotherStateOrWithoutTheBrowsersSignInGetsNoSession() throws Exception {
        APIGatewayV2HTTPResponse start = signIn.handleRequest(get("/intern/aanmelden", List.of()), null);
        POOL.nextSignIn(UserPoolStandIn.manager("Anna de Vries", "contractmanager-" + ZW));
        Map<String, String> returned = InternalPages.form(URI.create(poolRedirect(start)).getRawQuery());
        String signInCookie = start.getCookies().get(0).split(";")[0];

        APIGatewayV2HTTPResponse otherState = signIn.handleRequest(get("/intern/aanmelden/terug", List.of(signInCookie),
                "code=" + returned.get("code") + "&state=" + "x".repeat(43)), null);
        APIGatewayV2HTTPResponse otherBrowser = signIn.handleRequest(get("/intern/aanmelden/terug", List.of(),
                "code=" + returned.get("code") + "&state=" + returned.get("state")), null);
        APIGatewayV2HTTPResponse refused = signIn.handleRequest(get("/intern/aanmelden/terug", List.of(signInCookie),
                "error=access_denied&state=" + returned.get("state")), null);

        for (APIGatewayV2HTTPResponse answer : List.of(otherState, otherBrowser, refused)) {
            assertThat(answer.getStatusCode()).isEqualTo(400);
            assertThat(answer.getBody()).contains("Aanmelden niet gelukt").contains("href=\"/intern/aanmelden\"");
            assertThat(answer.getCookies()).noneMatch(c -> c.startsWith("__Host-cm-id="));
        }
    }

    @Test
    void aCodeRedeemedWithoutTheBrowsersCodeVerifierGetsNoSession() throws Exception {
        APIGatewayV2HTTPResponse start = signIn.handleRequest(get("/intern/aanmelden", List.of()), null);
        POOL.nextSignIn(UserPoolStandIn.manager("Anna de Vries", "contractmanager-" + ZW));
        Map<String, String> returned = InternalPages.form(URI.create(poolRedirect(start)).getRawQuery());
        String[] kept = start.getCookies().get(0).split(";")[0].split("\\.");
        kept[2] = "A".repeat(86); // someone who caught the code but not the verifier
        APIGatewayV2HTTPResponse answer = signIn.handleRequest(get("/intern/aanmelden/terug", List.of(String.join(".", kept)),
                "code=" + returned.get("code") + "&state=" + returned.get("state")), null);

        assertThat(answer.getStatusCode()).isEqualTo(400);
        assertThat(answer.getCookies()).noneMatch(c -> c.startsWith("__Host-cm-id="));
    }

    @Test
    void aReturnAddressOutsideTheInternalSiteIsNotFollowed() throws Exception {
        for (String elsewhere : List.of("https://elders.example/intern", "//elders.example/intern", "/intern/../beheer",
                "/intern/x\"><script>")) {
            APIGatewayV2HTTPResponse start = signIn.handleRequest(get("/intern/aanmelden", List.of(),
                    "terug=" + URLEncoder.encode(elsewhere, StandardCharsets.UTF_8)), null);
            APIGatewayV2HTTPResponse back = returnFromPool(start, UserPoolStandIn.manager("Anna de Vries", "contractmanager-" + ZW));
            assertThat(back.getBody()).as(elsewhere).contains("url=/intern\">").doesNotContain("elders").doesNotContain("<script>");
        }
    }

    @Test
    void withoutAValidTokenAPageGoesToSignInAndAFormGetsADutch401() throws Exception {
        Map<String, Object> anna = UserPoolStandIn.manager("Anna de Vries", "contractmanager-" + ZW);
        Map<String, String> invalid = Map.of(
                "forged signature", POOL.forged(anna),
                "expired", POOL.idToken(UserPoolStandIn.CLIENT_ID, anna, -120),
                "another client's", POOL.idToken("provider-upload-client", anna, 900),
                "another pool's", POOL.ofAnotherIssuer(anna));
        String action = "/intern/" + ZW + "/acties/escalaties/" + escalation;
        for (Map.Entry<String, String> token : invalid.entrySet()) {
            List<String> cookie = List.of("__Host-cm-id=" + token.getValue());
            APIGatewayV2HTTPResponse page = site.handleRequest(get(ZW_PAGE, cookie), null);
            assertThat(page.getStatusCode()).as(token.getKey()).isEqualTo(303);
            assertThat(page.getHeaders().get("Location")).as(token.getKey()).startsWith("/intern/aanmelden?terug=");
            assertThat(page.getCookies()).as("the bad cookie is removed").contains("__Host-cm-id=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict");

            APIGatewayV2HTTPEvent form = post(action, cookie, "actie=record-conversation");
            form.getHeaders().put("referer", SITE + ZW_PAGE);
            APIGatewayV2HTTPResponse posted = site.handleRequest(form, null);
            assertThat(posted.getStatusCode()).as(token.getKey()).isEqualTo(401);
            assertThat(posted.getBody()).contains("Niet aangemeld").contains("niets vastgelegd")
                    .contains("href=\"/intern/aanmelden?terug=" + URLEncoder.encode(ZW_PAGE, StandardCharsets.UTF_8) + "\"");
            assertThat(posted.getHeaders()).containsKey("WWW-Authenticate");

            APIGatewayV2HTTPEvent script = get(ZW_PAGE, List.of());
            script.getHeaders().put("authorization", "Bearer " + token.getValue());
            assertThat(site.handleRequest(script, null).getStatusCode()).as("a script's " + token.getKey()).isEqualTo(401);
        }
        assertThat(site.handleRequest(post(action, List.of(), "actie=record-conversation"), null).getStatusCode()).isEqualTo(401);
        assertThat(fakes.escalations().find(escalation).orElseThrow().history()).as("nothing recorded").hasSize(1);
    }

    @Test
    void theRegionsAreOnlyThoseOfTheVerifiedTokensGroups() {
        String dwoManager = POOL.idToken(UserPoolStandIn.manager("Dirk", "contractmanager-" + DWO));
        assertThat(site.handleRequest(get(ZW_PAGE, List.of("__Host-cm-id=" + dwoManager)), null).getStatusCode())
                .as("another region's group").isEqualTo(404);
        assertThat(site.handleRequest(get("/intern/" + DWO + "/intern/escalaties.html", List.of("__Host-cm-id=" + dwoManager)), null)
                .getStatusCode()).as("own region").isEqualTo(200);
        assertThat(site.handleRequest(get(ZW_PAGE, List.of("__Host-cm-id=" + POOL.idToken(
                UserPoolStandIn.manager("Rik", "contractmanager-noord-holland-noord")))), null).getStatusCode())
                .as("a stale group of a region no longer configured").isEqualTo(403);
        APIGatewayV2HTTPResponse noGroup = site.handleRequest(get(ZW_PAGE, List.of("__Host-cm-id=" + POOL.idToken(
                UserPoolStandIn.manager("Zonder groep")))), null);
        assertThat(noGroup.getStatusCode()).as("no group").isEqualTo(403);
        assertThat(noGroup.getBody()).contains("Geen toegang");

        // Claims put in the event's authorizer context by anything but a verified token count for nothing.
        APIGatewayV2HTTPEvent posing = get(ZW_PAGE, List.of("__Host-cm-id=" + dwoManager));
        posing.getRequestContext().setAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                        .withClaims(Map.of("cognito:groups", "[contractmanager-" + ZW + "]", "name", "X")).build()).build());
        assertThat(site.handleRequest(posing, null).getStatusCode()).isEqualTo(404);
        posing.setCookies(List.of());
        assertThat(site.handleRequest(posing, null).getStatusCode()).as("no token at all").isEqualTo(303);

        APIGatewayV2HTTPEvent script = get(ZW_PAGE, List.of());
        script.getHeaders().put("authorization", "Bearer " + POOL.idToken(UserPoolStandIn.manager("Anna", "contractmanager-" + ZW)));
        assertThat(site.handleRequest(script, null).getStatusCode()).as("a script's bearer token").isEqualTo(200);
    }

    @Test
    void signingOutRemovesTheSessionAndEndsTheHostedUisSessionToo() {
        APIGatewayV2HTTPResponse out = signIn.handleRequest(get("/intern/afmelden", List.of("__Host-cm-id=x")), null);
        assertThat(out.getStatusCode()).isEqualTo(303);
        assertThat(out.getHeaders().get("Location")).contains("client_id=" + UserPoolStandIn.CLIENT_ID)
                .contains("logout_uri=" + URLEncoder.encode(SITE + "/intern/afgemeld", StandardCharsets.UTF_8));
        assertThat(out.getCookies()).containsExactly("__Host-cm-id=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict",
                "__Host-cm-verlenging=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict");
        assertThat(signIn.handleRequest(get("/intern/afgemeld", List.of()), null).getBody()).contains("U bent afgemeld");
    }

    @Test
    void aStackWithoutTheSitesAddressSaysTheSignInIsNotSetUp() {
        APIGatewayV2HTTPResponse answer = new ContractManagerSignInHandler(POOL.signIn(null))
                .handleRequest(get("/intern/aanmelden", List.of()), null);
        assertThat(answer.getStatusCode()).isEqualTo(503);
        assertThat(answer.getBody()).contains("niet ingericht");
    }

    /** The browser at the pool's authorize endpoint (it signs the manager in at once) and back at the callback. */
    private APIGatewayV2HTTPResponse returnFromPool(APIGatewayV2HTTPResponse start, Map<String, Object> claims) throws Exception {
        POOL.nextSignIn(claims);
        URI callback = URI.create(poolRedirect(start));
        assertThat(callback.getPath()).isEqualTo("/intern/aanmelden/terug");
        return signIn.handleRequest(get(callback.getPath(), List.of(start.getCookies().get(0).split(";")[0]),
                callback.getRawQuery()), null);
    }

    private String poolRedirect(APIGatewayV2HTTPResponse start) throws Exception {
        HttpResponse<Void> pool = browser.send(HttpRequest.newBuilder(URI.create(start.getHeaders().get("Location"))).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(pool.statusCode()).isEqualTo(302);
        String location = pool.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(SITE + "/intern/aanmelden/terug?");
        return location;
    }

    private static String sessionCookie(APIGatewayV2HTTPResponse answer) {
        return answer.getCookies().stream().filter(c -> c.startsWith("__Host-cm-id=") && !c.startsWith("__Host-cm-id=;"))
                .map(c -> c.split(";")[0]).findFirst().orElseThrow();
    }

    private static APIGatewayV2HTTPEvent get(String path, List<String> cookies) {
        return get(path, cookies, "");
    }

    private static APIGatewayV2HTTPEvent get(String path, List<String> cookies, String query) {
        return event("GET", path, query, cookies, null);
    }

    private static APIGatewayV2HTTPEvent post(String path, List<String> cookies, String form) {
        return event("POST", path, "", cookies, form);
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, String query, List<String> cookies, String body) {
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(method + " " + path).withRawPath(path)
                .withRawQueryString(query).withCookies(new ArrayList<>(cookies))
                .withHeaders(new HashMap<>(Map.of("host", "intern.example"))).withBody(body).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                        .build())
                .build();
    }
}
