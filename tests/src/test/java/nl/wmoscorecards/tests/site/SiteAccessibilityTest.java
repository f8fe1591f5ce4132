package nl.wmoscorecards.tests.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import nl.wmoscorecards.local.cli.StaticSiteServer;
import nl.wmoscorecards.site.Edition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every page type, served over HTTP and loaded in a real headless Chromium, checked by axe-core against
 * the WCAG 2.1 A and AA rules: zero violations. Skipped, loudly, where no browser is installed.
 */
@Tag("browser")
class SiteAccessibilityTest {
    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    @TempDir
    static Path work;
    static StaticSiteServer publicServer;
    static StaticSiteServer internalServer;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws IOException {
        if (!HeadlessChromium.installed()) {
            System.err.println("\n*** " + HeadlessChromium.HOW_TO_RUN + " ***\n");
        }
        Assumptions.assumeTrue(HeadlessChromium.installed(), HeadlessChromium.HOW_TO_RUN);
        publicServer = StaticSiteServer.start(SiteFixtures.generate(work.resolve("public"), Edition.PUBLIC), 0);
        internalServer = StaticSiteServer.start(SiteFixtures.generate(work.resolve("internal"), Edition.INTERNAL), 0);
        browser = HeadlessChromium.start(Files.createDirectories(work.resolve("profile")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (publicServer != null) {
            publicServer.close();
        }
        if (internalServer != null) {
            internalServer.close();
        }
    }

    @ParameterizedTest(name = "public {0}")
    @ValueSource(strings = {"index.html", "regio/purmerend-edam-volendam/2025.html", "regio/dwo/2025.html",
            "aanbieders/index.html", "aanbieders/11111111.html", "aanbieders/22222222.html", "kpi/index.html",
            "kpi/zaanstreek-waterland/result-achieved.html", "kpi/dwo/start-within-6-weeks.html",
            "aanbieders/regio/purmerend-edam-volendam.html", "aanbieders/regio/dwo.html", "regio/dwo/2024.html",
            "rapportages/index.html", "rapportages/klachten.html", "open-data.html", "toegankelijkheid.html",
            "sitemap.html"})
    void publicPageHasNoWcagViolations(String page) {
        assertNoViolations(publicServer, page);
    }

    @ParameterizedTest(name = "internal {0}")
    @ValueSource(strings = {"index.html", "aanbieders/11111111.html", "aanbieders/22222222.html",
            "regio/purmerend-edam-volendam/2025.html", "intern/index.html", "intern/escalaties.html",
            "intern/overlegtafels/zaanstreek-waterland/2025.html",
            "intern/contractmanagementgesprekken/zaanstreek-waterland/2025.html", "sitemap.html"})
    void internalPageHasNoWcagViolations(String page) {
        assertNoViolations(internalServer, page);
    }

    /** The rankings per KPI are closed details elements: opened, their tables are checked too. */
    @ParameterizedTest(name = "public, rankings open, {0}")
    @ValueSource(strings = {"regio/purmerend-edam-volendam/2025.html", "regio/dwo/2025.html"})
    void scorecardWithItsRankingsOpenHasNoWcagViolations(String page) {
        browser.get(publicServer.url().resolve(page).toString());
        browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        assertThat(browser.findElements(org.openqa.selenium.By.cssSelector("details[open] table"))).isNotEmpty();
        analyse(page);
    }

    private static void assertNoViolations(StaticSiteServer server, String page) {
        browser.get(server.url().resolve(page).toString());
        analyse(page);
    }

    private static void analyse(String page) {
        assertThat(browser.getTitle()).as("page %s loaded", page).contains("Wmo-scorecards");
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getViolations()).as("axe violations on %s:%n%s", page, describe(results.getViolations()))
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
