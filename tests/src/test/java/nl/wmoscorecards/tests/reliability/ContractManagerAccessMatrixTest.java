package nl.wmoscorecards.tests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.functions.contract.ContractManagerClaims;
import nl.wmoscorecards.functions.handler.ContractManagerSiteHandler;
import nl.wmoscorecards.local.cli.ContractManagerSite;
import nl.wmoscorecards.local.runtime.ContractManagerKeys;
import nl.wmoscorecards.local.runtime.FolderRegionalEditions;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of the contract managers' site (docs/openapi.yaml: GET /intern, GET /intern/{region}/..., POST
 * /intern/{region}/acties/escalaties/{escalationId}) for every caller: a manager of Zaanstreek-Waterland and one of
 * DWO, each on their own region and the other's, and callers with no session, a forged session, the session of a
 * replaced key (stale), an unknown key and a provider's key. Only a region's own managers reach its pages and
 * escalations; everything else is 404 (as if it did not exist) or back to sign-in, and nothing is recorded. For
 * AWS at the handler with the claims the JWT authorizer passes on: forged, stale, look-alike and missing group
 * claims reach nothing; and in the template every page and action verifies the user pool's ID token first.
 */
@Tag("reliability")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractManagerAccessMatrixTest {
    private static final String ZW = "zaanstreek-waterland";
    private static final String DWO = "dwo";
    private static final String ZW_ESCALATION = Escalation.idOf(ZW, 2025, "12345678");
    private static final String DWO_ESCALATION = Escalation.idOf(DWO, 2025, "87654321");
    /** A step the ladder refuses on step 1, so a cell that gets through records nothing either. */
    private static final String REFUSED_STEP = "actie=declare-default";

    @TempDir
    static Path work;
    private LocalRuntime runtime;
    private ContractManagerSite site;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> sessions = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        runtime = LocalRuntime.inMemory(work.resolve("data"), Rig.PSEUDONYM_KEY);
        signalled(ZW_ESCALATION);
        signalled(DWO_ESCALATION);
        ContractManagerKeys keys = new ContractManagerKeys(runtime.dataFolder(), runtime.clock());
        String zw = keys.add("Anna ZW", Set.of(ZW));
        String dwo = keys.add("Dirk DWO", Set.of(DWO));
        String replaced = keys.add("Rik vervangen", Set.of(ZW));
        String provider = runtime.providerKeys().add("12345678", "Zorg A");
        site = ContractManagerSite.start(runtime, 0, new PrintWriter(new StringWriter()));
        sessions.put("manager of ZW", signIn(zw));
        sessions.put("manager of DWO", signIn(dwo));
        sessions.put("no session", null);
        sessions.put("forged session", "cm_sessie=" + "A".repeat(43));
        String stale = signIn(replaced);
        keys.add("Rik vervangen", Set.of(ZW)); // a new key for Rik: the session of the old one is stale
        sessions.put("session of a replaced key", stale);
        sessions.put("ZW's session cookie under another name", "sessie=" + sessions.get("manager of ZW").split("=", 2)[1]);
        assertThat(signInStatus("wcm_" + "Q".repeat(43))).as("a made-up key").isEqualTo(401);
        assertThat(signInStatus(provider)).as("a provider's key").isEqualTo(401);
        assertThat(signInStatus(replaced)).as("a replaced key").isEqualTo(401);
    }

    @AfterAll
    void stop() {
        if (site != null) {
            site.close();
        }
        runtime.close();
    }

    private void signalled(String id) {
        String[] parts = id.split("-2025-");
        runtime.stores().escalations().save(new Escalation(id, parts[0], parts[1], 2025, EscalationState.SIGNALLED,
                List.of(new Shortfall(Shortfall.KPI, "result-achieved", null, "60.0 (onvoldoende)")), null, null, false,
                List.of(new Transition(LocalDate.of(2026, 4, 1), null, EscalationState.SIGNALLED, "signal", "kpi",
                        "kpi-run", runtime.clock().instant())), 0));
    }

    private static Map<String, String[]> routes() {
        Map<String, String[]> routes = new LinkedHashMap<>();
        routes.put("ZW overview", new String[] {"GET", "/intern/" + ZW + "/intern/escalaties.html"});
        routes.put("DWO overview", new String[] {"GET", "/intern/" + DWO + "/intern/escalaties.html"});
        routes.put("step on ZW's escalation", new String[] {"POST", "/intern/" + ZW + "/acties/escalaties/" + ZW_ESCALATION});
        routes.put("step on ZW's escalation through DWO", new String[] {"POST", "/intern/" + DWO + "/acties/escalaties/" + ZW_ESCALATION});
        routes.put("step on DWO's escalation", new String[] {"POST", "/intern/" + DWO + "/acties/escalaties/" + DWO_ESCALATION});
        routes.put("step on DWO's escalation through ZW", new String[] {"POST", "/intern/" + ZW + "/acties/escalaties/" + DWO_ESCALATION});
        return routes;
    }

    /** Own region: the page (200) or the step answered with the page and its outcome (303); else 404 or sign in. */
    private static String expected(String caller, String route) {
        String own = caller.equals("manager of ZW") ? ZW : caller.equals("manager of DWO") ? DWO : null;
        if (own == null) {
            return "303 /aanmelden";
        }
        boolean mine = route.equals(own.equals(ZW) ? "ZW overview" : "DWO overview")
                || route.equals(own.equals(ZW) ? "step on ZW's escalation" : "step on DWO's escalation");
        return mine ? (route.startsWith("step") ? "303 /intern/" + own + "/" : "200") : "404";
    }

    @Test
    void everyCallerOnEveryRouteReachesOnlyItsOwnRegion() throws Exception {
        List<String> wrong = new ArrayList<>();
        int cells = 0;
        for (Map.Entry<String, String> caller : sessions.entrySet()) {
            for (Map.Entry<String, String[]> route : routes().entrySet()) {
                HttpResponse<String> answer = send(route.getValue()[0], route.getValue()[1], caller.getValue(), REFUSED_STEP);
                String got = answer.statusCode() + answer.headers().firstValue("Location").map(l -> " " + l).orElse("");
                String want = expected(caller.getKey(), route.getKey());
                if (!got.startsWith(want)) {
                    wrong.add(caller.getKey() + " / " + route.getKey() + ": " + got + ", expected " + want);
                }
                cells++;
            }
        }
        assertThat(wrong).as("cells answered otherwise").isEmpty();
        for (String id : List.of(ZW_ESCALATION, DWO_ESCALATION)) {
            assertThat(runtime.stores().escalations().find(id).orElseThrow().history()).as("history of %s", id).hasSize(1);
        }
        // The owner's allowed step does get through, by the owner's name.
        HttpResponse<String> step = send("POST", "/intern/" + ZW + "/acties/escalaties/" + ZW_ESCALATION,
                sessions.get("manager of ZW"), "actie=record-conversation&door=Dirk+DWO&terug=intern%2Fescalaties.html");
        assertThat(step.headers().firstValue("Location").orElseThrow()).contains("uitkomst=vastgelegd");
        Escalation moved = runtime.stores().escalations().find(ZW_ESCALATION).orElseThrow();
        assertThat(moved.state()).isEqualTo(EscalationState.PLAN_DUE);
        assertThat(moved.history().get(1).decidedBy()).isEqualTo("Anna ZW");
        Figures.record("ContractManagerAccessMatrixTest", cells + " caller/route cells over HTTP; only each region's"
                + " own managers reached its pages and escalations");
    }

    @Test
    void eachRegionsEditionHoldsOnlyItsOwnEscalations() throws Exception {
        FolderRegionalEditions editions = new FolderRegionalEditions(runtime.dataFolder());
        String zw = Files.readString(editions.folder(ZW).resolve("intern/escalaties.html"));
        String dwo = Files.readString(editions.folder(DWO).resolve("intern/escalaties.html"));
        assertThat(zw).contains(ZW_ESCALATION).doesNotContain(DWO_ESCALATION);
        assertThat(dwo).contains(DWO_ESCALATION).doesNotContain(ZW_ESCALATION);
        // No way out of the region's folder by the path.
        for (String path : List.of("/intern/" + ZW + "/../" + DWO + "/intern/escalaties.html",
                "/intern/" + ZW + "/%2e%2e/" + DWO + "/intern/escalaties.html",
                "/intern/" + ZW + "/..%2f" + DWO + "/intern/escalaties.html")) {
            HttpResponse<String> answer = send("GET", path, sessions.get("manager of ZW"), null);
            assertThat(answer.body()).as(path).doesNotContain(DWO_ESCALATION);
        }
    }

    @Test
    void inAwsOnlyAValidGroupOfAConfiguredRegionReachesThatRegion() {
        ContractManagerSiteHandler handler = new ContractManagerSiteHandler(runtime.config(), runtime.stores(),
                new FolderRegionalEditions(runtime.dataFolder()), Map::of, runtime.clock());
        String page = "/intern/" + ZW + "/intern/escalaties.html";
        Map<String, Map<String, String>> refused = new LinkedHashMap<>();
        refused.put("no authorizer context (a forged token in the header only)", null);
        refused.put("no groups claim", Map.of("name", "X"));
        refused.put("the group of a region that is not configured (stale or made up)", claims("[contractmanager-noord-holland-noord]"));
        refused.put("the region without the group prefix", claims("[" + ZW + "]"));
        refused.put("a look-alike group", claims("[contractmanager-" + ZW + "-x]"));
        refused.put("a provider's claims", Map.of("custom:agb", "12345678", "name", "Zorg A"));
        refused.put("the right group but no name", Map.of(ContractManagerClaims.GROUPS_CLAIM, "[contractmanager-" + ZW + "]"));
        for (Map.Entry<String, Map<String, String>> c : refused.entrySet()) {
            assertThat(handler.handleRequest(event(c.getValue(), "GET", page, null), null).getStatusCode())
                    .as(c.getKey()).isEqualTo(403);
        }
        Map<String, String> dwo = claims("[contractmanager-" + DWO + "]");
        assertThat(handler.handleRequest(event(dwo, "GET", page, null), null).getStatusCode()).isEqualTo(404);
        // Naming ZW in a header, the query or the form does not make DWO's manager one of ZW.
        APIGatewayV2HTTPEvent posing = event(dwo, "POST", "/intern/" + ZW + "/acties/escalaties/" + DWO_ESCALATION,
                "actie=record-conversation&groups=contractmanager-" + ZW);
        posing.getHeaders().put("x-cognito-groups", "contractmanager-" + ZW);
        posing.setRawQueryString("groups=contractmanager-" + ZW);
        assertThat(handler.handleRequest(posing, null).getStatusCode()).isEqualTo(404);
        assertThat(runtime.stores().escalations().find(DWO_ESCALATION).orElseThrow().history()).hasSize(1);

        APIGatewayV2HTTPResponse both = handler.handleRequest(event(claims("[contractmanager-" + DWO + " contractmanager-" + ZW
                + " contractmanager-noord-holland-noord]"), "GET", page, null), null);
        assertThat(both.getStatusCode()).as("a manager of two regions, with one stale group").isEqualTo(200);
        // A form posted from another site is not the manager's own.
        APIGatewayV2HTTPEvent crossSite = event(claims("[contractmanager-" + DWO + "]"), "POST",
                "/intern/" + DWO + "/acties/escalaties/" + DWO_ESCALATION, "actie=record-conversation");
        crossSite.getHeaders().put("origin", "https://elders.example");
        assertThat(handler.handleRequest(crossSite, null).getStatusCode()).isEqualTo(403);
        assertThat(runtime.stores().escalations().find(DWO_ESCALATION).orElseThrow().history()).hasSize(1);
    }

    /**
     * In AWS no authorizer sits in front (a browser's sign-in is a cookie): contract-manager-site verifies the user
     * pool's ID token itself before its routing (signature, issuer, audience, expiry: ContractManagerSignInTest with a
     * real OpenID Connect server), for the contract-manager client of the stack's own pool; only the sign-in's own
     * routes go to contract-manager-sign-in.
     */
    @Test
    @SuppressWarnings("unchecked")
    void inAwsEveryContractManagerPageAndActionVerifiesTheUserPoolsIdTokenFirst() throws Exception {
        Map<String, Object> resources = (Map<String, Object>) AccessMatrixTest.readTemplate().get("Resources");
        Map<String, Object> api = (Map<String, Object>) ((Map<String, Object>) resources.get("ContractManagerApi")).get("Properties");
        assertThat(api).as("no authorizer: the function verifies the token").doesNotContainKey("Auth");
        Map<String, Object> site = (Map<String, Object>) ((Map<String, Object>) resources.get("ContractManagerSiteFunction")).get("Properties");
        assertThat(site.get("Handler").toString()).contains("ContractManagerSiteHandler");
        Map<String, Object> verifies = (Map<String, Object>) ((Map<String, Object>) site.get("Environment")).get("Variables");
        assertThat(verifies.get("CONTRACT_MANAGER_ISSUER").toString()).contains("cognito-idp").contains("ProviderUserPool");
        assertThat(verifies.get("CONTRACT_MANAGER_CLIENT_ID").toString()).contains("ContractManagerUserPoolClient");
        // The client returns to the sign-in's callback only, by the code flow only.
        String template = Files.readString(Path.of(System.getProperty("scorecards.home", "..")).resolve("template.yaml"));
        assertThat(template).contains("CallbackURLs: !If [HasContractManagerSite, [!Sub '${ContractManagerSiteUrl}/intern/aanmelden/terug']")
                .contains("AllowedOAuthFlows: !If [HasContractManagerSite, [code]");
        List<String> routes = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (Object r : resources.values()) {
            Map<String, Object> resource = (Map<String, Object>) r;
            Map<String, Object> properties = (Map<String, Object>) resource.get("Properties");
            if ("AWS::Cognito::UserPoolGroup".equals(resource.get("Type"))) {
                groups.add((String) properties.get("GroupName"));
            }
            Map<String, Object> events = properties == null ? null : (Map<String, Object>) properties.get("Events");
            for (Object e : events == null ? List.of() : events.values()) {
                Map<String, Object> p = (Map<String, Object>) ((Map<String, Object>) e).get("Properties");
                if ("HttpApi".equals(((Map<String, Object>) e).get("Type")) && p.get("ApiId").toString().contains("ContractManagerApi")) {
                    routes.add(p.get("Method") + " " + p.get("Path") + " " + properties.get("Handler").toString()
                            .replaceAll(".*\\.(\\w+)::.*", "$1"));
                    assertThat(p).as("route %s has no authorizer of its own", p.get("Path")).doesNotContainKey("Auth");
                }
            }
        }
        assertThat(routes).containsExactlyInAnyOrder("GET /intern ContractManagerSiteHandler",
                "GET /intern/{proxy+} ContractManagerSiteHandler",
                "POST /intern/{region}/acties/escalaties/{escalationId} ContractManagerSiteHandler",
                "GET /intern/aanmelden ContractManagerSignInHandler", "GET /intern/aanmelden/terug ContractManagerSignInHandler",
                "GET /intern/afmelden ContractManagerSignInHandler", "GET /intern/afgemeld ContractManagerSignInHandler");
        assertThat(groups).containsExactlyInAnyOrderElementsOf(runtime.config().regions().contractingRegions().stream()
                .map(ContractingRegion::id).map(id -> ContractManagerClaims.GROUP_PREFIX + id).toList());
        String openApi = Files.readString(Path.of(System.getProperty("scorecards.home", "..")).resolve("docs/openapi.yaml"));
        assertThat(openApi).contains("  /intern/{region}/{sitePath}:\n    get:")
                .contains("  /intern/{region}/acties/escalaties/{escalationId}:\n    post:");
    }

    private static Map<String, String> claims(String groups) {
        return Map.of(ContractManagerClaims.GROUPS_CLAIM, groups, "name", "Claimed Name", "email", "cm@region.example");
    }

    private static APIGatewayV2HTTPEvent event(Map<String, String> claims, String method, String path, String body) {
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey(method + " " + path).withRawPath(path)
                .withRawQueryString("").withHeaders(new HashMap<>(Map.of("host", "abc.execute-api.eu-west-1.amazonaws.com")))
                .withBody(body).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                        .withAuthorizer(claims == null ? null : APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder().withClaims(claims).build())
                                .build())
                        .build())
                .build();
    }

    private String signIn(String key) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(site.url().resolve("/aanmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("sleutel=" + URLEncoder.encode(key, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(303);
        return answer.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    }

    private int signInStatus(String key) throws Exception {
        return http.send(HttpRequest.newBuilder(site.url().resolve("/aanmelden"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("sleutel=" + URLEncoder.encode(key, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> send(String method, String path, String cookie, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(site.url().toString().replaceAll("/$", "") + path));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        if (method.equals("POST")) {
            request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
        } else {
            request.GET();
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
