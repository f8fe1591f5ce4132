package nl.wmoscorecards.tests.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wmoscorecards.application.ContractManager;
import nl.wmoscorecards.application.EscalationActions;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationState;
import nl.wmoscorecards.core.escalation.Shortfall;
import nl.wmoscorecards.core.escalation.Transition;
import nl.wmoscorecards.local.cli.ContractManagerSite;
import nl.wmoscorecards.local.runtime.ContractManagerKeys;
import nl.wmoscorecards.local.runtime.FolderRegionalEditions;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A contract manager in a real headless Chromium against the local internal-edition server (the same
 * InternalEditionSite AWS's handler calls, on the embedded store): signs in with a key, records a conversation and a plan from the forms on the
 * provider page and sees the step change; a stale form is refused with the ladder's Dutch message; another
 * region's pages and escalations answer "niet gevonden" and are not in the region's edition at all; axe finds
 * no violations and nothing scrolls sideways at 320 px. Skipped, loudly, where no browser is installed.
 */
@Tag("browser")
class ContractManagerBrowserTest {
    private static final String ZAANSTREEK = "zaanstreek-waterland";
    private static final String WALKED = Escalation.idOf(ZAANSTREEK, 2025, SiteFixtures.HOSTILE);
    private static final String STALE = Escalation.idOf(ZAANSTREEK, 2025, SiteFixtures.GOOD);
    private static final String OTHER_REGION = Escalation.idOf("dwo", 2025, SiteFixtures.GOOD);
    @TempDir
    static Path work;
    static LocalRuntime runtime;
    static ContractManagerSite site;
    static ChromeDriver browser;
    static String annaKey;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled();
        runtime = SiteFixtures.runtimeWithRuns(work.resolve("data"));
        signalled(WALKED);
        signalled(STALE);
        signalled(OTHER_REGION);
        ContractManagerKeys keys = new ContractManagerKeys(runtime.dataFolder(), runtime.clock());
        annaKey = keys.add("Anna de Vries", Set.of(ZAANSTREEK));
        site = ContractManagerSite.start(runtime, 0, new PrintWriter(new StringWriter()));
        browser = HeadlessChromium.start(Files.createDirectories(work.resolve("profile")));
    }

    @AfterAll
    static void stop() throws Exception {
        HeadlessChromium.quitThenClose(browser, site, runtime);
    }

    private static void signalled(String id) {
        String[] parts = id.split("-2025-");
        Escalation e = new Escalation(id, parts[0], parts[1], 2025, EscalationState.SIGNALLED,
                List.of(new Shortfall(Shortfall.KPI, "result-achieved", null, "60.0 (onvoldoende)")), null, null, false,
                List.of(new Transition(LocalDate.of(2026, 4, 1), null, EscalationState.SIGNALLED, "signal", "kpi",
                        "kpi-run", runtime.clock().instant())), 0);
        runtime.stores().escalations().save(e);
    }

    @Test
    void aContractManagerSignsInRecordsAConversationAndAPlanAndSeesTheStepChange() {
        signIn();
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.linkText("Zaanstreek-Waterland")));
        assertThat(browser.getCurrentUrl()).endsWith("/intern/" + ZAANSTREEK + "/intern/index.html");
        openProviderPage(SiteFixtures.HOSTILE);
        assertThat(stateOf(WALKED)).isEqualTo("stap 1: gesignaleerd, escalatiegesprek te voeren");

        WebElement conversation = form(WALKED, "record-conversation");
        conversation.findElement(By.name("toelichting")).sendKeys("Gesprek gevoerd, brief verstuurd");
        HeadlessChromium.clickAndAwaitNextPage(browser, conversation.findElement(By.cssSelector("button[type=submit]")));

        assertThat(outcome()).startsWith("Vastgelegd.").contains("stap 2: verbeterplan gevraagd");
        assertThat(stateOf(WALKED)).isEqualTo("stap 2: verbeterplan gevraagd");
        assertThat(browser.findElement(By.cssSelector("section[aria-labelledby='" + anchor(WALKED) + "'] table")).getText())
                .contains("escalatiegesprek vastgelegd").contains("Anna de Vries").contains("Gesprek gevoerd, brief verstuurd");

        HeadlessChromium.clickAndAwaitNextPage(browser, form(WALKED, "record-plan").findElement(By.cssSelector("button[type=submit]")));

        assertThat(outcome()).startsWith("Vastgelegd.");
        assertThat(stateOf(WALKED)).isEqualTo("stap 2: verbeterplan ontvangen, te beoordelen");
        Escalation stored = runtime.stores().escalations().find(WALKED).orElseThrow();
        assertThat(stored.state()).isEqualTo(EscalationState.PLAN_DELIVERED);
        assertThat(stored.history().subList(1, 3)).extracting(Transition::decidedBy).containsOnly("Anna de Vries");
        // Republished at once: the region's overview shows the new step too.
        browser.get(site.url().resolve("intern/" + ZAANSTREEK + "/intern/escalaties.html").toString());
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("stap 2: verbeterplan ontvangen, te beoordelen");
    }

    @Test
    void aStepTheLadderNoLongerAllowsIsRefusedWithItsDutchMessageOnThePage() {
        signIn();
        openProviderPage(SiteFixtures.GOOD);
        WebElement stale = form(STALE, "record-conversation");
        // Meanwhile a colleague records the conversation: the form on this page is now a step the ladder refuses.
        new EscalationActions(runtime.stores(), runtime.clock()).act(new ContractManager("Collega", Set.of(ZAANSTREEK)),
                ZAANSTREEK, STALE, Map.of("actie", "record-conversation"));
        HeadlessChromium.clickAndAwaitNextPage(browser, stale.findElement(By.cssSelector("button[type=submit]")));

        WebElement alert = browser.findElement(By.cssSelector(".ladder-outcome[role=alert]"));
        assertThat(alert.getText()).startsWith("Niet vastgelegd.").contains("Dit kan nu niet: 'Escalatiegesprek vastleggen'"
                + " is niet toegestaan").contains("Nu toegestaan: Verbeterplan ontvangen");
        assertThat(runtime.stores().escalations().find(STALE).orElseThrow().history()).hasSize(2);
    }

    @Test
    void afmeldenOnARegionsPageEndsTheSessionSoItsPagesAskForTheKeyAgain() {
        signIn();
        openProviderPage(SiteFixtures.HOSTILE);
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.linkText("Afmelden")));
        assertThat(browser.findElement(By.id("sleutel")).isDisplayed()).isTrue();
        openProviderPage(SiteFixtures.HOSTILE);
        assertThat(browser.getCurrentUrl()).endsWith("/aanmelden");
        assertThat(browser.findElements(By.cssSelector("form.ladder-form"))).isEmpty();

        signIn();
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.linkText("Afmelden")));
        assertThat(browser.findElement(By.id("sleutel")).isDisplayed()).isTrue();
    }

    @Test
    void anotherRegionsEscalationIsOutOfReach() throws Exception {
        signIn();
        browser.get(site.url().resolve("intern/dwo/aanbieders/" + SiteFixtures.GOOD + ".html").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
        browser.get(site.url().resolve("intern/dwo/intern/escalaties.html").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");

        // A form forged in the page, through the manager's own region and through the other region's path.
        for (String region : List.of(ZAANSTREEK, "dwo")) {
            openProviderPage(SiteFixtures.GOOD);
            browser.executeScript("var f = document.querySelector('form.ladder-form');"
                    + "f.action = '/intern/" + region + "/acties/escalaties/" + OTHER_REGION + "'; f.submit();");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Niet gevonden");
        }
        assertThat(runtime.stores().escalations().find(OTHER_REGION).orElseThrow().history()).hasSize(1);
        // The region's own edition does not hold the other region's escalation anywhere.
        Path zaanstreek = new FolderRegionalEditions(runtime.dataFolder()).folder(ZAANSTREEK);
        try (Stream<Path> files = Files.walk(zaanstreek)) {
            List<Path> mentioning = files.filter(Files::isRegularFile).filter(f -> contains(f, OTHER_REGION)).toList();
            assertThat(mentioning).isEmpty();
        }
        assertThat(Files.exists(new FolderRegionalEditions(runtime.dataFolder()).folder("dwo").resolve("intern/escalaties.html")))
                .isTrue();
    }

    @Test
    void theContractManagerPagesHaveNoAxeViolationsAndDoNotScrollSidewaysAt320Px() {
        browser.manage().deleteAllCookies();
        List<String> checked = new java.util.ArrayList<>();
        browser.get(site.url().toString());
        checked.add(check("aanmelden"));
        signIn();
        checked.add(check("uw inkoopregio's"));
        openProviderPage(SiteFixtures.HOSTILE);
        checked.add(check("provider page with the ladder's forms"));
        browser.get(site.url().resolve("intern/" + ZAANSTREEK + "/aanbieders/" + SiteFixtures.HOSTILE
                + ".html?uitkomst=geweigerd&melding=Dit+kan+nu+niet.&bij=" + anchor(WALKED)).toString());
        assertThat(browser.findElements(By.cssSelector(".ladder-outcome[role=alert]"))).hasSize(1);
        checked.add(check("provider page with an outcome"));
        browser.get(site.url().resolve("intern/" + ZAANSTREEK + "/intern/escalaties.html").toString());
        checked.add(check("escalations overview"));
        browser.get(site.url().resolve("intern/dwo/intern/index.html").toString());
        checked.add(check("not found"));
        assertThat(checked).allMatch(String::isEmpty);
    }

    /** axe's findings and what sticks out at 320 px, or "" when there is nothing. */
    private static String check(String what) {
        Results results = new AxeBuilder().withTags(SiteAccessibilityTest.WCAG_21_AA_AND_BEST_PRACTICES).analyze(browser);
        String axe = results.getViolations().stream().map(v -> v.getId() + ": " + v.getHelp() + " at "
                + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("; "));
        String url = browser.getCurrentUrl();
        try {
            browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", 320, "height", 800, "deviceScaleFactor", 1, "mobile", true));
            browser.navigate().refresh();
            List<?> measured = (List<?>) browser.executeScript(SiteLayoutTest.OVERFLOW);
            long width = Math.round(((Number) measured.get(0)).doubleValue());
            String overflow = width > 320 ? "page " + width + " px wide at 320: " + measured.get(2) : "";
            assertThat(axe + overflow).as("%s (%s)", what, url).isEmpty();
            return axe + overflow;
        } finally {
            browser.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }

    private static void signIn() {
        browser.manage().deleteAllCookies();
        browser.get(site.url().resolve("aanmelden").toString());
        browser.findElement(By.id("sleutel")).sendKeys(annaKey);
        HeadlessChromium.clickAndAwaitNextPage(browser, browser.findElement(By.cssSelector("form button[type=submit]")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Uw inkoopregio's");
    }

    private static void openProviderPage(String provider) {
        browser.get(site.url().resolve("intern/" + ZAANSTREEK + "/aanbieders/" + provider + ".html").toString());
    }

    private static WebElement form(String escalation, String action) {
        return browser.findElement(By.xpath("//section[@aria-labelledby='" + anchor(escalation) + "']"
                + "//form[input[@name='actie' and @value='" + action + "']]"));
    }

    /** The escalation's step in the provider page's escalation table (the fourth column: "Stand"). */
    private static String stateOf(String escalation) {
        return browser.findElement(By.xpath("//table[contains(@class,'escalation-table')]//tr[th[normalize-space()='"
                + escalation + "']]/td[3]")).getText();
    }

    private static String outcome() {
        return browser.findElement(By.cssSelector(".ladder-outcome")).getText();
    }

    private static String anchor(String escalation) {
        return "escalatie-" + escalation;
    }

    private static boolean contains(Path file, String text) {
        try {
            return new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1).contains(text);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
