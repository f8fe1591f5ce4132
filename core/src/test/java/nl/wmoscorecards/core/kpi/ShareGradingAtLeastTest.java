package nl.wmoscorecards.core.kpi;

import static nl.wmoscorecards.core.kpi.AllocationFixture.PROVIDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.survey.SurveyResponse;
import org.junit.jupiter.api.Test;

/** DWO's client satisfaction (seed 000): the share of respondents grading at least X/10, not a mean grade. */
class ShareGradingAtLeastTest {
    private static final ScorecardsConfig CONFIG = ConfigLoader.fromClasspath();
    private static final KpiCatalog DWO = CONFIG.kpiCatalog("dwo", 2025).orElseThrow();
    private static final KpiDefinition SATISFACTION = DWO.kpi("client-satisfaction").orElseThrow();
    private static final MeasurementRegion REGION = CONFIG.regions().measurementRegion("dwo").orElseThrow();
    private static final String DELFT = "0503";
    private static int sequence;

    private static SurveyResponse response(String date, String grade) {
        return new SurveyResponse("S" + (++sequence), PROVIDER, DELFT, LocalDate.parse(date), new BigDecimal(grade));
    }

    private static Tally compute(KpiDefinition kpi, SurveyResponse... responses) {
        MeasureInput input = new MeasureInput(2025, LocalDate.of(2026, 3, 1), DWO, List.of(), List.of(responses));
        return Measures.named(kpi.measure()).compute(MeasureContext.of(input), kpi);
    }

    private static KpiDefinition withMinimum(Object minimumGrade) {
        return new KpiDefinition("k", "K", "", "share-grading-at-least", Map.of("minimumGrade", minimumGrade),
                "percent", null, 10);
    }

    @Test
    void dwoCountsTheShareAtOrAboveItsGradeNotTheMean() {
        assertThat(SATISFACTION.measure()).isEqualTo("share-grading-at-least");
        assertThat(SATISFACTION.unit()).isEqualTo("percent");
        assertThat(SATISFACTION.norm()).as("X is not set yet: monitored").isNull();
        // 8,5 is at least 8,5; 8,4 is not.
        Tally o = compute(SATISFACTION, response("2025-03-01", "8.5"), response("2025-03-01", "8.4"),
                response("2025-03-01", "10"), response("2025-03-01", "6"));
        assertThat(o.numerator()).isEqualByComparingTo("2");
        assertThat(o.denominator()).isEqualTo(4);
        assertThat(o.scale()).isEqualTo(100);
        assertThat(o.survey()).as("survey-based: respondent minimum applies").isTrue();
    }

    @Test
    void theMinimumGradeIsConfigurableAndExact() {
        SurveyResponse seven = response("2025-03-01", "7");
        SurveyResponse sixPointNine = response("2025-03-01", "6.9");
        assertThat(compute(withMinimum(7), seven, sixPointNine).numerator()).isEqualByComparingTo("1");
        assertThat(compute(withMinimum(6.9), seven, sixPointNine).numerator()).isEqualByComparingTo("2");
        assertThat(compute(withMinimum("6,9"), seven, sixPointNine).numerator()).isEqualByComparingTo("2");
        assertThatThrownBy(() -> compute(withMinimum(11), seven)).hasMessageContaining("minimumGrade");
    }

    @Test
    void onlyResponsesDatedInTheYearCount() {
        Tally o = compute(SATISFACTION, response("2024-12-31", "9"), response("2025-01-01", "9"),
                response("2025-12-31", "5"), response("2026-01-01", "9"));
        assertThat(o.denominator()).isEqualTo(2);
        assertThat(o.numerator()).isEqualByComparingTo("1");
    }

    @Test
    void withoutResponsesThereIsNoRow() {
        assertThat(compute(SATISFACTION).hasPopulation()).isFalse();
    }

    @Test
    void theEngineReportsRespondentsAndNeedsTenOfThem() {
        List<SurveyResponse> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(response("2025-05-01", i < 6 ? "9" : "7.5"));
        }
        KpiResult tooFew = run(nine);
        assertThat(tooFew.measured()).isFalse();
        assertThat(tooFew.respondents()).isEqualTo(9);

        List<SurveyResponse> ten = new ArrayList<>(nine);
        ten.add(response("2025-05-01", "8.5"));
        KpiResult measured = run(ten);
        assertThat(measured.respondents()).isEqualTo(10);
        assertThat(measured.measured()).isTrue();
        assertThat(measured.value()).isEqualTo(70.0);
        assertThat(measured.band()).isNull();
    }

    private static KpiResult run(List<SurveyResponse> responses) {
        KpiCatalog onlySatisfaction = new KpiCatalog(DWO.validFrom(), DWO.source(), 0, false, List.of(SATISFACTION));
        return new KpiEngine(CONFIG).runRegion(2025, LocalDate.of(2026, 3, 1), REGION,
                onlySatisfaction, List.of(), responses).stream()
                .filter(r -> r.kpi().equals("client-satisfaction")).findFirst().orElseThrow();
    }
}
