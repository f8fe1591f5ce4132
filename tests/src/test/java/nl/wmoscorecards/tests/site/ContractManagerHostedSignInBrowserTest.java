package nl.wmoscorecards.tests.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.functions.contract.BrowserSession;
import nl.wmoscorecards.functions.contract.HostedSignIn;
import nl.wmoscorecards.functions.contract.IdTokenVerifier;
import nl.wmoscorecards.functions.contract.SignedInManagers;
import nl.wmoscorecards.functions.contract.TokenEndpoint;
import nl.wmoscorecards.functions.handler.ContractManagerSignInHandler;
import nl.wmoscorecards.functions.handler.ContractManagerSiteHandler;
import nl.wmoscorecards.local.cli.ContractManagerSite;
import nl.wmoscorecards.local.runtime.FolderRegionalEditions;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The contract managers' site as it runs in AWS, in a real headless Chromium: the two functions (sign-in and site,
 * no authorizer in front) behind a loopback stand-in for the HTTP API, and a real OpenID Connect server on another
 * site in the user pool's place (mock-oauth2-server with its login page). A manager opens a provider page, is sent
 * to the pool's login, comes back to that page signed in, records a conversation, and finds another region out of
 * reach; after signing out the page asks for a sign-in again. (With a plain redirect after the code exchange
 * instead of the onward page, Chromium leaves the SameSite=Strict cookie off and this fails: the manager lands on
 * the login again.) Skipped, loudly, where no browser is installed.
 */
@Tag("browser")
class ContractManagerHostedSignInBrowserTest {
    private static final String ZAANSTREEK = "zaanstreek-waterland";
    private static final String WALKED = Escalation.idOf(ZAANSTREEK, 2025, SiteFixtures.HOSTILE);
    private static final String CLIENT_ID = "contract-manager-client";
    @TempDir
    static Path work;
    static LocalRuntime runtime;
    static MockOAuth2Server pool;
    static HttpServer api;
    static String siteUrl;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        runtime = SiteFixtures.runtimeWithRuns(work.resolve("data"));
        runtime.stores().escalations().save(new Escalation(WALKED, ZAANSTREEK, SiteFixtures.HOSTILE, 2025,
                EscalationState.SIGNALLED, List.of(new Shortfall(Shortfall.KPI, "result-achieved", null, "60.0 (onvoldoende)")),
                null, null, false, List.of(new Transition(LocalDate.of(2026, 4, 1), null, EscalationState.SIGNALLED,
                "signal", "kpi", "kpi-run", runtime.clock().instant())), 0));
        ContractManagerSite.start(runtime, 0, new PrintWriter(new StringWriter())).close(); // publishes every region

        pool = new MockOAuth2Server(OAuth2Config.Companion.fromJson("{\"interactiveLogin\":true}"));
        pool.start(InetAddress.getLoopbackAddress(), 0);
        // The pool on one site, the contract managers' API on another, as the hosted UI and execute-api are.
        String poolHost = pool.authorizationEndpointUrl("oauth2").host();
        String siteHost = poolHost.equals("localhost") ? "127.0.0.1" : "localhost";
        api = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        siteUrl = "http://" + siteHost + ":" + api.getAddress().getPort();
        IdTokenVerifier verifier = new IdTokenVerifier(pool.issuerUrl("oauth2").toString(), CLIENT_ID,
                pool.jwksUrl("oauth2").uri());
        TokenEndpoint tokens = new TokenEndpoint(pool.tokenEndpointUrl("oauth2").uri(),
                pool.revocationEndpointUrl("oauth2").uri(), CLIENT_ID, HttpClient.newHttpClient());
        ContractManagerSiteHandler site = new ContractManagerSiteHandler(runtime.config(), runtime.stores(),
                new FolderRegionalEditions(runtime.dataFolder()), Map::of, runtime.clock(), new SignedInManagers(verifier, tokens));
        ContractManagerSignInHandler signIn = new ContractManagerSignInHandler(new HostedSignIn(new HostedSignIn.Endpoints(
                pool.authorizationEndpointUrl("oauth2").uri(), pool.endSessionEndpointUrl("oauth2").uri(), siteUrl), tokens,
                verifier, Clock.systemUTC()));
        Set<String> signInRoutes = Set.of(BrowserSession.SIGN_IN, BrowserSession.CALLBACK, BrowserSession.SIGN_OUT,
                BrowserSession.SIGNED_OUT);
        api.createContext("/", exchange -> serve(exchange,
                signInRoutes.contains(exchange.getRequestURI().getRawPath()) ? signIn : site));
        api.start();
        browser = HeadlessChromium.start(Files.createDirectories(work.resolve("profile")));
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.quitThenClose(browser, api == null ? null : () -> api.stop(0),
                pool == null ? null : pool::shutdown, runtime);
    }

    @Test
    void aManagerIsSentToThePoolsLoginComesBackToThePageAndRecordsAConversation() {
        String page = siteUrl + "/intern/" + ZAANSTREEK + "/aanbieders/" + SiteFixtures.HOSTILE + ".html";
        browser.get(page);
        assertThat(browser.getCurrentUrl()).startsWith(pool.authorizationEndpointUrl("oauth2").toString())
                .contains("code_challenge_method=S256");
        browser.findElement(By.name("username")).sendKeys("anna");
        browser.findElement(By.name("claims")).sendKeys("{\"cognito:groups\":[\"contractmanager-" + ZAANSTREEK + "\"],"
                + "\"name\":\"Anna de Vries\",\"email\":\"anna@zaanstad.example\",\"token_use\":\"id\"}");
        browser.findElement(By.cssSelector("input[type=submit]")).click();

        new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(page));
        Cookie session = browser.manage().getCookieNamed(BrowserSession.TOKEN_COOKIE);
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        WebElement conversation = browser.findElement(By.xpath("//section[@aria-labelledby='escalatie-" + WALKED + "']"
                + "//form[input[@name='actie' and @value='record-conversation']]"));
        conversation.findElement(By.name("toelichting")).sendKeys("Gesprek gevoerd");
        HeadlessChromium.clickAndAwaitNextPage(browser, conversation.findElement(By.cssSelector("button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".ladder-outcome")).getText()).startsWith("Vastgelegd.")
                .contains("stap 2: verbeterplan gevraagd");
        Escalation stored = runtime.stores().escalations().find(WALKED).orElseThrow();
        assertThat(stored.state()).isEqualTo(EscalationState.PLAN_DUE);
        assertThat(stored.history().get(1).decidedBy()).isEqualTo("Anna de Vries");

        browser.get(siteUrl + "/intern/dwo/intern/escalaties.html");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");

        assertThat(browser.manage().getCookieNamed(BrowserSession.RENEWAL_COOKIE)).isNotNull();
        browser.get(siteUrl + BrowserSession.SIGN_OUT);
        assertThat(browser.manage().getCookieNamed(BrowserSession.TOKEN_COOKIE)).isNull();
        assertThat(browser.manage().getCookieNamed(BrowserSession.RENEWAL_COOKIE)).isNull();
        browser.get(page);
        assertThat(browser.getCurrentUrl()).as("signed out: sign in again").startsWith(pool.authorizationEndpointUrl("oauth2").toString());
    }

    @Test
    void theSignInsOwnPagesHaveNoAxeViolations() {
        Map<String, String> pages = Map.of(
                "signed out", siteUrl + BrowserSession.SIGNED_OUT,
                "sign-in failed", siteUrl + BrowserSession.CALLBACK + "?error=access_denied&state=x");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            browser.get(page.getValue());
            Results results = new AxeBuilder().withTags(SiteAccessibilityTest.WCAG_21_AA_AND_BEST_PRACTICES).analyze(browser);
            assertThat(results.getViolations()).as(page.getKey()).extracting(v -> v.getId() + ": " + v.getHelp()).isEmpty();
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page.getKey()).isNotBlank();
        }
    }

    /** The HTTP API's part: the request as a payload 2.0 event (cookies apart), the answer's cookies as Set-Cookie. */
    private static void serve(HttpExchange exchange, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler)
            throws IOException {
        URI uri = exchange.getRequestURI();
        Map<String, String> headers = new HashMap<>();
        List<String> cookies = new ArrayList<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase("cookie")) {
                values.forEach(v -> List.of(v.split(";")).forEach(c -> cookies.add(c.strip())));
            } else {
                headers.put(name.toLowerCase(), String.join(",", values));
            }
        });
        String method = exchange.getRequestMethod();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRawPath(uri.getRawPath())
                .withRawQueryString(uri.getRawQuery() == null ? "" : uri.getRawQuery()).withHeaders(headers)
                .withCookies(cookies).withBody(body).withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(uri.getRawPath()).build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse answer = handler.handleRequest(event, null);
        if (answer.getHeaders() != null) {
            answer.getHeaders().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        }
        if (answer.getCookies() != null) {
            answer.getCookies().forEach(c -> exchange.getResponseHeaders().add("Set-Cookie", c));
        }
        byte[] bytes = answer.getBody() == null ? new byte[0] : answer.getIsBase64Encoded()
                ? Base64.getDecoder().decode(answer.getBody()) : answer.getBody().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.getStatusCode(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }
}
