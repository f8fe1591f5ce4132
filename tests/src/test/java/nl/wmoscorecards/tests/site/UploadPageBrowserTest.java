package nl.wmoscorecards.tests.site;

import static nl.wmoscorecards.tests.upload.TwoProviders.AGB_A;
import static nl.wmoscorecards.tests.upload.TwoProviders.AGB_B;
import static nl.wmoscorecards.tests.upload.TwoProviders.keyForA;
import static nl.wmoscorecards.tests.upload.TwoProviders.keyForB;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.upload.Upload;
import nl.wmoscorecards.functions.handler.ApiUploadsHandler;
import nl.wmoscorecards.local.cli.StaticSiteServer;
import nl.wmoscorecards.local.runtime.LocalApiServer;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.site.Edition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A provider at the upload page in a real headless Chromium: the public site served over HTTP, the upload API on a
 * port of its own (CORS for the site's origin only), the S3 server checking signatures and the bucket's CORS rule,
 * the report ingest delivered as files arrive: what `./scorecards serve` runs. The provider signs in with its key,
 * sends a good and a bad file and reads the outcome; an expired URL and another provider's upload fail visibly;
 * a file dropped on the drop zone is taken and sent, one of another type is refused in Dutch; axe finds nothing;
 * the page does not scroll sideways at 320 px. Skipped, loudly, where no browser is installed.
 */
@Tag("browser")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UploadPageBrowserTest {
    private static final String PAGE = "aanleveren/";
    private static final Duration WAIT = Duration.ofSeconds(30);
    @TempDir
    static Path work;
    private static StaticSiteServer site;
    private static LocalRuntime runtime;
    private static LocalApiServer api;
    private static LocalApiServer slowApi;
    private static ChromeDriver browser;
    private static String keyA;

    @BeforeAll
    static void start() throws IOException {
        Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.HOW_TO_RUN);
        site = StaticSiteServer.start(SiteFixtures.generate(work.resolve("public"), Edition.PUBLIC), 0);
        runtime = LocalRuntime.inMemory(work.resolve("data"), "k".repeat(32).getBytes(StandardCharsets.US_ASCII),
                site.origin());
        keyA = keyForA(runtime.providerKeys());
        keyForB(runtime.providerKeys());
        api = runtime.startApi(0);
        // A provider on a slow line: the 1-second URL has expired by the time its browser PUTs the file.
        ApiUploadsHandler shortLived = new ApiUploadsHandler(runtime.uploadStore(), runtime.config().reportTypes(),
                runtime.s3().presigner(), runtime.s3().bucket(), Clock.systemUTC(), () -> UUID.randomUUID().toString(),
                Duration.ofSeconds(1));
        slowApi = runtime.startApi((event, context) -> {
            APIGatewayV2HTTPResponse response = shortLived.handleRequest(event, context);
            if ("POST".equals(event.getRequestContext().getHttp().getMethod())) {
                pause(Duration.ofMillis(2500));
            }
            return response;
        }, 0);
        runtime.deliverUploadsAsTheyArrive(Duration.ofMillis(200));
        useApi(api);
        browser = HeadlessChromium.start(Files.createDirectories(work.resolve("profile")));
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.quitThenClose(browser, runtime, site);
    }

    @BeforeEach
    void wideScreen() {
        browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        useApi(api);
    }

    private static void useApi(LocalApiServer server) {
        site.serve("aanleveren/config.json", ("{\"signIn\":\"api-key\",\"apiUrl\":\"" + server.endpoint() + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static WebDriverWait waiting() {
        return (WebDriverWait) new WebDriverWait(browser, WAIT).ignoring(StaleElementReferenceException.class);
    }

    private static void open(String fragment) {
        browser.get(site.url().resolve(PAGE) + fragment);
        browser.navigate().refresh(); // a fragment-only change does not reload the page
        waiting().until(d -> d.findElement(By.id("sleutel-formulier")).isDisplayed()
                || d.findElement(By.id("versturen")).isDisplayed());
    }

    private static void signIn(String key) {
        browser.executeScript("sessionStorage.clear()");
        open("");
        WebElement field = browser.findElement(By.id("sleutel"));
        field.clear();
        field.sendKeys(key);
        browser.findElement(By.cssSelector("#sleutel-formulier button[type=submit]")).click();
    }

    private static String send(String reportType, String period, String fileName, String content) throws IOException {
        return UploadPageForm.send(browser, work.resolve("files"), reportType, period, fileName, content);
    }

    @Test
    @Order(1)
    void aWrongKeyIsRefusedInDutchAndTheFormStays() {
        signIn("wsk_verzonnen-sleutel");

        waiting().until(d -> !d.findElement(By.id("sleutel-fout")).getText().isEmpty());
        assertThat(browser.findElement(By.id("sleutel-fout")).getText()).contains("API-sleutel is niet bekend");
        assertThat(browser.findElement(By.id("versturen")).isDisplayed()).isFalse();
    }

    @Test
    @Order(2)
    void aProviderSendsAGoodFileAndSeesItAcceptedWithItsRowCount() throws IOException {
        signIn(keyA);
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());

        String outcome = send("cto", "2025", "cto 2025.csv", "gemeente;datum;cijfer\n0479;12-03-2025;8\n0479;13-03-2025;9\n");

        assertThat(outcome).startsWith("Geaccepteerd").contains("2 regels verwerkt");
        assertThat(runtime.uploadStore().uploadsOf(AGB_A)).singleElement()
                .satisfies(u -> assertThat(u.rowCount()).isEqualTo(2));
        waiting().until(d -> d.findElement(By.id("uploads-lijst")).getText().contains("cto 2025.csv"));
        assertThat(browser.findElement(By.id("uploads-lijst")).getText()).contains("geaccepteerd (2 regels)");
    }

    @Test
    @Order(3)
    void aBadFileIsRefusedWithEveryProblemInDutch() throws IOException {
        signIn(keyA);
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());

        String outcome = send("cto", "2025", "cto fout.csv",
                "gemeente;datum;cijfer\n0479;12-03-2025;7\n0479;12-03-2025;11\n0479;31-02-2025;8\n");

        assertThat(outcome).startsWith("Afgewezen").contains("2 fouten").contains("Er is niets verwerkt");
        List<List<String>> rows = browser.findElements(By.cssSelector("#uitkomst tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList()).toList();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).startsWith("3", "cijfer", "11");
        assertThat(rows.get(0).get(3)).contains("0 tot en met 10");
        assertThat(rows.get(1)).startsWith("4", "datum");
        assertThat(browser.findElement(By.cssSelector("#uitkomst caption")).getText()).contains("cto fout.csv");
    }

    @Test
    @Order(4)
    void anExpiredUploadUrlFailsVisiblyAndNothingIsIngested() throws IOException {
        useApi(slowApi);
        signIn(keyA);
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());

        String outcome = send("cto", "2025", "cto laat.csv", "gemeente;datum;cijfer\n0479;12-03-2025;8\n");

        assertThat(outcome).contains("Het bestand is niet ontvangen").contains("verlopen");
        pause(Duration.ofSeconds(1));
        assertThat(runtime.uploadStore().uploadsOf(AGB_A)).filteredOn(u -> u.fileName().equals("cto laat.csv"))
                .singleElement().satisfies(u -> assertThat(u.status().name()).isEqualTo("PENDING"));
    }

    @Test
    @Order(5)
    void anotherProvidersUploadIdAnswersLikeOneThatDoesNotExist() {
        Upload ofB = Upload.pending(UUID.randomUUID().toString(), AGB_B, "cto", "2025", "cto van B.csv", "text/csv",
                "incoming/" + AGB_B + "/cto/2025/b.csv", Instant.now());
        runtime.uploadStore().create(ofB);
        String ownId = runtime.uploadStore().uploadsOf(AGB_A).stream()
                .filter(u -> u.fileName().equals("cto 2025.csv")).findFirst().orElseThrow().uploadId();
        signIn(keyA);
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());

        open("#upload=" + ownId);
        waiting().until(d -> !d.findElement(By.id("uitkomst")).getText().isEmpty());
        String own = browser.findElement(By.id("uitkomst")).getText();
        open("#upload=" + ofB.uploadId());
        waiting().until(d -> d.findElement(By.id("uitkomst")).getText().contains("bestaat niet"));

        assertThat(own).startsWith("Geaccepteerd");
        assertThat(browser.findElement(By.id("uitkomst")).getText())
                .isEqualTo("Deze upload bestaat niet of is niet van uw organisatie.")
                .doesNotContain("cto van B.csv");
    }

    @Test
    @Order(6)
    void axeFindsNoViolationsSignedOutOrWithARefusalShown() throws IOException {
        browser.executeScript("sessionStorage.clear()");
        open("");
        assertNoAxeViolations("signed out");

        signIn(keyA);
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());
        send("cto", "2025", "cto fout.csv", "gemeente;datum;cijfer\n0479;12-03-2025;11\n");
        waiting().until(d -> d.findElement(By.id("uploads-lijst")).getText().contains("afgewezen"));
        assertNoAxeViolations("signed in, a refusal shown");
    }

    @Test
    @Order(7)
    void thePageDoesNotScrollSidewaysAt320Px() throws IOException {
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 320, "height", 640, "deviceScaleFactor", 1, "mobile", true));
        signIn(keyA);
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());
        send("cto", "2025", "een bestand met een lange naam voor een smal scherm.csv",
                "gemeente;datum;cijfer\n0479;12-03-2025;11\n");
        waiting().until(d -> d.findElement(By.id("uploads-lijst")).getText().contains("smal scherm"));

        @SuppressWarnings("unchecked")
        List<Object> widths = (List<Object>) browser.executeScript(SiteLayoutTest.OVERFLOW);
        assertThat(((Number) widths.get(0)).longValue()).as("page width at 320 px; sticking out: %s", widths.get(2))
                .isLessThanOrEqualTo(((Number) widths.get(1)).longValue());
    }

    @Test
    @Order(8)
    void aFileDroppedOnTheDropZoneIsTakenAndUploaded() {
        signIn(keyA);
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());
        new Select(browser.findElement(By.id("rapporttype"))).selectByValue("cto");
        new Select(browser.findElement(By.id("periode"))).selectByValue("2025");

        UploadPageForm.drop(browser, "cto gesleept.csv", "gemeente;datum;cijfer\n0479;14-03-2025;7\n", "text/csv");

        assertThat(browser.findElement(By.id("sleepvak")).getText()).isEqualTo("Gekozen: cto gesleept.csv");
        assertThat(browser.executeScript("return document.getElementById('bestand').files[0].name"))
                .isEqualTo("cto gesleept.csv");
        assertThat(browser.findElement(By.id("bestand-fout")).getText()).isEmpty();
        browser.findElement(By.id("versturen-knop")).click();
        waiting().until(d -> d.findElement(By.id("uitkomst")).getText().startsWith("Geaccepteerd"));
        assertThat(browser.findElement(By.id("uitkomst")).getText()).contains("cto gesleept.csv").contains("1 regel verwerkt");
        assertThat(runtime.uploadStore().uploadsOf(AGB_A)).filteredOn(u -> u.fileName().equals("cto gesleept.csv"))
                .singleElement().satisfies(u -> assertThat(u.rowCount()).isEqualTo(1));
    }

    @Test
    @Order(9)
    void aDroppedFileOfAnotherTypeIsNotTakenAndTheDutchMessageSaysWhy() {
        signIn(keyA);
        waiting().until(d -> d.findElement(By.id("versturen")).isDisplayed());
        new Select(browser.findElement(By.id("rapporttype"))).selectByValue("cto");
        String accepted = browser.findElement(By.cssSelector("#rapporttype option[value=cto]")).getAttribute("data-accept");

        UploadPageForm.drop(browser, "verslag.docx", "geen tabel",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

        waiting().until(d -> !d.findElement(By.id("bestand-fout")).getText().isEmpty());
        assertThat(browser.findElement(By.id("bestand-fout")).getText())
                .endsWith("moet het bestand eindigen op " + accepted.replace(",", " of ") + ".");
        assertThat(browser.findElement(By.id("bestand")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.executeScript("return document.getElementById('bestand').files.length")).isEqualTo(0L);
        assertThat(browser.findElement(By.id("sleepvak")).getText()).isEqualTo("Sleep uw bestand hierheen");
        assertNoAxeViolations("a dropped file refused");
    }

    private static void assertNoAxeViolations(String state) {
        Results results = new AxeBuilder().withTags(SiteAccessibilityTest.WCAG_21_AA_AND_BEST_PRACTICES).analyze(browser);
        assertThat(results.getViolations()).as("axe violations on the upload page, %s:%n%s", state,
                results.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("\n"))).isEmpty();
    }
}
