package nl.wmoscorecards.tests.site;

import static nl.wmoscorecards.tests.upload.TwoProviders.AGB_A;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import nl.wmoscorecards.local.cli.StaticSiteServer;
import nl.wmoscorecards.local.runtime.JwtAuthorizer;
import nl.wmoscorecards.local.runtime.LocalApiServer;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.site.Edition;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.OAuth2HttpResponseKt;
import no.nav.security.mock.oauth2.http.OAuth2HttpRouterKt;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The upload page's hosted sign-in as configured for AWS (config {@code signIn: "cognito"}), run for real in headless
 * Chromium against a standard OpenID Connect server with Cognito's hosted-UI paths (/oauth2/authorize, /oauth2/token,
 * and /logout added as Cognito has it). The local API takes the ID token as API Gateway's JWT authorizer does
 * (signature against the issuer's JWKS, issuer, audience, expiry; the claims, custom:agb among them, in the event).
 * The provider signs in with authorization code + PKCE, uploads a file and sees it accepted; a forged callback, a
 * refusal at the sign-in page and an expired token are met with Dutch messages; signing out forgets the token.
 */
@Tag("browser")
class HostedSignInBrowserTest {
    private static final String PAGE = "aanleveren/";
    private static final String ISSUER_ID = "oauth2";
    private static final String CLIENT_ID = "aanleverpagina";
    private static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    static Path work;
    private static MockOAuth2Server oidc;
    private static StaticSiteServer site;
    private static LocalRuntime runtime;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.HOW_TO_RUN);
        // Cognito's hosted UI signs out at /logout?client_id=...&logout_uri=..., which the standard server lacks.
        oidc = new MockOAuth2Server(new OAuth2Config(), OAuth2HttpRouterKt.route("/logout",
                request -> OAuth2HttpResponseKt.redirect(request.getUrl().queryParameter("logout_uri"), Headers.of())));
        oidc.start();
        site = StaticSiteServer.start(SiteFixtures.generate(work.resolve("public"), Edition.PUBLIC), 0);
        runtime = LocalRuntime.inMemory(work.resolve("data"), "k".repeat(32).getBytes(StandardCharsets.US_ASCII),
                site.origin());
        LocalApiServer api = runtime.startApi(new JwtAuthorizer(URI.create(oidc.issuerUrl(ISSUER_ID).toString()),
                URI.create(oidc.jwksUrl(ISSUER_ID).toString()), CLIENT_ID), 0);
        runtime.deliverUploadsAsTheyArrive(Duration.ofMillis(200));
        String authDomain = oidc.baseUrl().toString().replaceAll("/$", "");
        site.serve(PAGE + "config.json", ("{\"signIn\":\"cognito\",\"apiUrl\":\"" + api.endpoint() + "\",\"authDomain\":\""
                + authDomain + "\",\"clientId\":\"" + CLIENT_ID + "\"}").getBytes(StandardCharsets.UTF_8));
        browser = HeadlessChromium.start(Files.createDirectories(work.resolve("profile")));
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.quitThenClose(browser, runtime, site, oidc == null ? null : oidc::shutdown);
    }

    @BeforeEach
    void freshTab() {
        browser.get(site.url().resolve(PAGE).toString());
        browser.executeScript("sessionStorage.clear(); localStorage.clear();");
        takeOidcRequests();
    }

    /** The user pool's answer for provider A's office worker: an ID token with the provider's AGB code. */
    private static void nextSignInIsProviderA(long expirySeconds) {
        oidc.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, "medewerker-zorg-a", "JWT", List.of(CLIENT_ID),
                Map.of("custom:agb", AGB_A, "email", "aanlevering@zorg-a.example", "token_use", "id"), expirySeconds));
    }

    private static WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class);
    }

    private static void openPage(String query) {
        browser.get(site.url().resolve(PAGE) + query);
        waiting().until(d -> d.findElement(By.id("account-aanmelden")).isDisplayed()
                || d.findElement(By.id("versturen")).isDisplayed());
    }

    private static void signInWithAccount() {
        openPage("");
        browser.findElement(By.id("account-knop")).click();
    }

    private static String notice() {
        return browser.findElement(By.id("aanmelden-melding")).getText();
    }

    private static Object session(String script) {
        return browser.executeScript(script);
    }

    /** Everything the browser asked the OpenID Connect server since the last call, oldest first. */
    private static List<RecordedRequest> takeOidcRequests() {
        List<RecordedRequest> requests = new ArrayList<>();
        while (true) {
            try {
                requests.add(oidc.takeRequest(200, TimeUnit.MILLISECONDS));
            } catch (RuntimeException noMoreWithinTheTimeout) {
                return requests;
            }
        }
    }

    @Test
    void aProviderSignsInWithCodeAndPkceAndItsUploadIsAccepted() throws Exception {
        nextSignInIsProviderA(3600);

        signInWithAccount();
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());

        List<RecordedRequest> requests = takeOidcRequests();
        HttpUrl authorize = requests.stream().map(RecordedRequest::getRequestUrl)
                .filter(url -> url.encodedPath().equals("/" + ISSUER_ID + "/authorize")).findFirst().orElseThrow();
        assertThat(authorize.queryParameter("response_type")).isEqualTo("code");
        assertThat(authorize.queryParameter("client_id")).isEqualTo(CLIENT_ID);
        assertThat(authorize.queryParameter("redirect_uri")).isEqualTo(site.url().resolve(PAGE).toString());
        assertThat(authorize.queryParameter("code_challenge_method")).isEqualTo("S256");
        assertThat(authorize.queryParameter("state")).hasSizeGreaterThanOrEqualTo(32);
        RecordedRequest token = requests.stream().filter(r -> r.getRequestUrl().encodedPath().equals("/" + ISSUER_ID + "/token"))
                .filter(r -> r.getMethod().equals("POST")).findFirst().orElseThrow();
        Map<String, String> form = formOf(token.getBody().readUtf8());
        assertThat(form).containsEntry("grant_type", "authorization_code").containsEntry("client_id", CLIENT_ID)
                .doesNotContainKey("client_secret");
        assertThat(s256(form.get("code_verifier"))).as("the verifier sent matches the challenge sent before")
                .isEqualTo(authorize.queryParameter("code_challenge"));

        assertThat(browser.getCurrentUrl()).as("code and state are gone from the address bar")
                .isEqualTo(site.url().resolve(PAGE).toString());
        assertThat((String) session("return sessionStorage.getItem('wmo-aanleveren-token')")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(session("return localStorage.length")).isEqualTo(0L);
        assertThat(session("return document.cookie")).isEqualTo("");

        String outcome = UploadPageForm.send(browser, work.resolve("files"), "cto", "2025", "cto via account.csv",
                "gemeente;datum;cijfer\n0479;12-03-2025;8\n0479;13-03-2025;9\n");

        assertThat(outcome).startsWith("Geaccepteerd").contains("2 regels verwerkt");
        assertThat(runtime.uploadStore().uploadsOf(AGB_A)).filteredOn(u -> u.fileName().equals("cto via account.csv"))
                .singleElement().satisfies(u -> assertThat(u.rowCount()).isEqualTo(2));
    }

    @Test
    void aCallbackWhoseStateThePageDidNotSendIsRefusedWithoutATokenRequest() throws Exception {
        openPage("?code=een-onderschepte-code&state=verzonnen");
        waiting().until(d -> !notice().isEmpty());

        assertThat(notice()).startsWith("Aanmelden is niet gelukt");
        assertThat(browser.findElement(By.id("account-aanmelden")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("versturen")).isDisplayed()).isFalse();
        assertThat(session("return sessionStorage.getItem('wmo-aanleveren-token')")).isNull();
        assertThat(browser.getCurrentUrl()).doesNotContain("code=");
        assertThat(takeOidcRequests()).as("no code was sent to the token endpoint").isEmpty();
    }

    @Test
    void aRefusalAtTheSignInPageIsExplainedInDutch() throws Exception {
        // What the hosted UI sends back when it refuses (e.g. a user not allowed in this app client).
        browser.executeScript("sessionStorage.setItem('wmo-aanleveren-pkce', JSON.stringify({verifier: 'v', state: 's1'}))");
        openPage("?error=access_denied&error_description=User+is+not+allowed&state=s1");
        waiting().until(d -> !notice().isEmpty());

        assertThat(notice()).startsWith("Aanmelden is niet gelukt").contains("geweigerd")
                .doesNotContain("access_denied").doesNotContain("not allowed");
        assertThat(browser.findElement(By.id("account-aanmelden")).isDisplayed()).isTrue();
        assertThat(browser.getCurrentUrl()).doesNotContain("error=");
        assertThat(takeOidcRequests()).isEmpty();
    }

    @Test
    void aCodeTheTokenEndpointRefusesIsExplainedInDutch() {
        // An answer to this tab's own request, but with a code the server does not (or no longer) know.
        browser.executeScript("sessionStorage.setItem('wmo-aanleveren-pkce', JSON.stringify({verifier: 'v'.repeat(43), state: 's2'}))");
        openPage("?code=onbekende-code&state=s2");
        waiting().until(d -> !notice().isEmpty());

        assertThat(notice()).startsWith("Aanmelden is niet gelukt").contains("verlopen of al gebruikt");
        assertThat(takeOidcRequests()).as("the code was offered to the token endpoint, which refused it")
                .anySatisfy(r -> assertThat(r.getRequestUrl().encodedPath()).isEqualTo("/" + ISSUER_ID + "/token"));
        assertThat(session("return sessionStorage.getItem('wmo-aanleveren-token')")).isNull();
        assertThat(browser.findElement(By.id("versturen")).isDisplayed()).isFalse();
    }

    @Test
    void aTokenThatExpiredWhileTheTabWasOpenSendsTheProviderBackToSignInInDutch() {
        nextSignInIsProviderA(3600);
        signInWithAccount();
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());
        // An hour later: the same pool's ID token for the same user, now past its exp.
        String expired = oidc.issueToken(ISSUER_ID, CLIENT_ID, new DefaultOAuth2TokenCallback(ISSUER_ID,
                "medewerker-zorg-a", "JWT", List.of(CLIENT_ID), Map.of("custom:agb", AGB_A), -600)).serialize();
        browser.executeScript("sessionStorage.setItem('wmo-aanleveren-token', arguments[0])", expired);

        openPage("");
        waiting().until(d -> d.findElement(By.id("account-aanmelden")).isDisplayed() && !notice().isEmpty());

        assertThat(notice()).contains("verlopen").contains("Meld u opnieuw aan");
        assertThat(browser.findElement(By.id("versturen")).isDisplayed()).isFalse();
        assertThat(session("return sessionStorage.getItem('wmo-aanleveren-token')")).isNull();
    }

    @Test
    void signingOutForgetsTheTokenAndEndsTheHostedSession() throws Exception {
        nextSignInIsProviderA(3600);
        signInWithAccount();
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());
        takeOidcRequests();

        browser.findElement(By.id("afmelden")).click();
        waiting().until(d -> d.findElement(By.id("account-aanmelden")).isDisplayed() && !notice().isEmpty());

        assertThat(notice()).isEqualTo("U bent afgemeld.");
        assertThat(session("return sessionStorage.getItem('wmo-aanleveren-token')")).isNull();
        HttpUrl logout = takeOidcRequests().stream().map(RecordedRequest::getRequestUrl)
                .filter(url -> url.encodedPath().equals("/logout")).findFirst().orElseThrow();
        assertThat(logout.queryParameter("client_id")).isEqualTo(CLIENT_ID);
        assertThat(logout.queryParameter("logout_uri")).isEqualTo(site.url().resolve(PAGE).toString());
    }

    @Test
    void axeFindsNoViolationsOnTheAccountSignInWithARefusalShown() {
        openPage("?code=x&state=verzonnen");
        waiting().until(d -> !notice().isEmpty());

        Results results = new AxeBuilder().withTags(SiteAccessibilityTest.WCAG_21_AA_AND_BEST_PRACTICES).analyze(browser);

        assertThat(results.getViolations()).as("axe violations on the account sign-in:%n%s", results.getViolations()
                .stream().map(v -> v.getId() + ": " + v.getHelp()).collect(Collectors.joining("\n"))).isEmpty();
    }

    private static Map<String, String> formOf(String body) {
        HttpUrl parsed = HttpUrl.get("http://form.invalid/?" + body);
        return parsed.queryParameterNames().stream().collect(Collectors.toMap(name -> name, parsed::queryParameter));
    }

    private static String s256(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }
}
