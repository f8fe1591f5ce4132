package nl.wmoscorecards.tests.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.wmoscorecards.site.Edition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;

/**
 * Every page type of both editions, served over HTTP and loaded in a real headless Chromium, checked by axe-core
 * against the WCAG 2.1 A and AA rules and axe's best practices (among them "region": all content in a landmark,
 * and "landmark-unique"): zero violations. Skipped, loudly, where no browser is installed.
 */
@Tag("browser")
class SiteAccessibilityTest extends BrowserSiteTest {
    static final List<String> WCAG_21_AA_AND_BEST_PRACTICES = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
            "best-practice");
    static Stream<String> publicPages() {
        return SiteFixtures.PUBLIC_PAGES.stream();
    }

    static Stream<String> internalPages() {
        return SiteFixtures.INTERNAL_PAGES.stream();
    }

    @ParameterizedTest(name = "public {0}")
    @MethodSource("publicPages")
    void publicPageHasNoAxeViolations(String page) {
        assertNoViolations(Edition.PUBLIC, page);
    }

    @ParameterizedTest(name = "internal {0}")
    @MethodSource("internalPages")
    void internalPageHasNoAxeViolations(String page) {
        assertNoViolations(Edition.INTERNAL, page);
    }

    /** The rankings per KPI are closed details elements: opened, their tables are checked too. */
    @ParameterizedTest(name = "public, rankings open, {0}")
    @ValueSource(strings = {"regio/purmerend-edam-volendam/2025.html", "regio/dwo/2025.html"})
    void scorecardWithItsRankingsOpenHasNoAxeViolations(String page) {
        sites.load(Edition.PUBLIC, page);
        sites.browser.executeScript("document.querySelectorAll('details').forEach(d => d.open = true)");
        assertThat(sites.browser.findElements(By.cssSelector("details[open] table"))).isNotEmpty();
        analyse(page);
    }

    private static void assertNoViolations(Edition edition, String page) {
        sites.load(edition, page);
        analyse(page);
    }

    private static void analyse(String page) {
        assertThat(sites.browser.getTitle()).as("page %s loaded", page).contains("Wmo-scorecards");
        Results results = new AxeBuilder().withTags(WCAG_21_AA_AND_BEST_PRACTICES).analyze(sites.browser);
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
