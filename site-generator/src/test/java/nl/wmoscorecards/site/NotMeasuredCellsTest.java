package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.NotMeasured;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.site.view.ScorecardCell;
import org.junit.jupiter.api.Test;

/** The engine's typed reasons and the carried survey as a reader sees them in a scorecard cell, in Dutch. */
class NotMeasuredCellsTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final KpiCatalog CATALOG = CONFIG.kpiCatalog("zaanstreek-waterland", 2026).orElseThrow();
    private static final MeasurementRegion ZAANSTAD = CONFIG.regions().measurementRegion("zaanstad-wormerland").orElseThrow();
    private static final KpiDefinition SATISFACTION = CATALOG.kpis().stream()
            .filter(k -> k.id().equals("client-satisfaction")).findFirst().orElseThrow();

    private static ScorecardCell cell(NotMeasured why, Double value, Integer surveyYear, int year) {
        KpiResult result = new KpiResult(year, ZAANSTAD.id(), "12345678", SATISFACTION.id(), why, value,
                BigDecimal.valueOf(120), 20, 40, 20, null, Map.of(), surveyYear);
        return new ScorecardCells(ZAANSTAD).of(SATISFACTION,
                PublicationPolicy.publicResult(result, SATISFACTION, CATALOG.minimumClients()));
    }

    @Test
    void aYearBeforeTheContractSaysSoInsteadOfAScore() {
        ScorecardCell c = cell(NotMeasured.outsideContractPhase(NotMeasured.Reason.BEFORE_CONTRACT_PHASE), null, 2025, 2025);
        assertThat(c.note()).isEqualTo("vóór de contractfase");
        assertThat(c.value()).isNull();
        assertThat(c.badge()).isNull();
    }

    @Test
    void theHomePageSaysARegionIsBeforeItsContractInsteadOfCountingNoneBelowTheNorm() {
        NotMeasured before = NotMeasured.outsideContractPhase(NotMeasured.Reason.BEFORE_CONTRACT_PHASE);
        List<KpiResult> results = List.of(
                new KpiResult(2025, ZAANSTAD.id(), "12345678", SATISFACTION.id(), before, null, BigDecimal.ZERO, 3, 40,
                        3, null, Map.of(), 2025),
                new KpiResult(2025, ZAANSTAD.id(), "87654321", SATISFACTION.id(), before, null, BigDecimal.ZERO, 5, 12,
                        5, null, Map.of(), 2025));
        List<PublishedResult> published = results.stream()
                .map(r -> PublicationPolicy.publicResult(r, SATISFACTION, CATALOG.minimumClients())).toList();
        ScorecardPage page = new ScorecardPage(CONFIG.regions().contractingRegion("zaanstreek-waterland"), ZAANSTAD,
                new PublishedRun(2025, LocalDate.of(2026, 3, 1), published), CATALOG, published);
        assertThat(IndexPageRenderer.state(page)).isEqualTo("2025: 2 zorgaanbieders; vóór de contractfase, nog geen scores.");
    }

    @Test
    void eachGroupReasonIsWordedWithItsMinimum() {
        assertThat(cell(NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_OBSERVED, 10), null, 2026, 2026).note())
                .isEqualTo("niet gemeten (minder dan 10 cliënten in de meting)");
        assertThat(cell(NotMeasured.below(NotMeasured.Reason.TOO_FEW_RESPONDENTS, 12), null, 2026, 2026).note())
                .isEqualTo("niet gemeten (minder dan 12 respondenten)");
    }

    @Test
    void aCarriedSurveyShowsItsValueLabelledWithItsSurveyYear() {
        ScorecardCell c = cell(null, 6.0, 2026, 2027);
        assertThat(c.value()).isEqualTo("6,0");
        assertThat(c.note()).isEqualTo("onderzoek 2026 (tweejaarlijks; geen oordeel in 2027)");
        assertThat(c.badge()).isNull();
    }
}
