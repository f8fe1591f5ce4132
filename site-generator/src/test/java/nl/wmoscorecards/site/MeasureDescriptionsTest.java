package nl.wmoscorecards.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import org.junit.jupiter.api.Test;

/** The KPI pages explain in Dutch how the measures of issue 13 count, not by their code name. */
class MeasureDescriptionsTest {
    private static KpiDefinition kpi(String measure, Map<String, Object> parameters) {
        return new KpiDefinition("k", "K", "", measure, parameters, "percent", null, null);
    }

    @Test
    void theShareGradingAtLeastNamesItsGradeWithADecimalComma() {
        assertThat(MeasureDescriptions.of(kpi("share-grading-at-least", Map.of("minimumGrade", 8.5))))
                .contains("rapportcijfer van minstens 8,5").doesNotContain("share-grading-at-least");
    }

    @Test
    void dropOutSaysBeforeThePlannedEndDate() {
        assertThat(MeasureDescriptions.of(kpi("outflow-by-reason", Map.of("dropOutOnly", true))))
                .contains("vóór de geplande einddatum");
        assertThat(MeasureDescriptions.of(kpi("outflow-by-reason", Map.of()))).doesNotContain("geplande");
    }

    @Test
    void throughflowAndTimelinessNameTheirTerms() {
        assertThat(MeasureDescriptions.of(kpi("throughflow", Map.of("continuationDays", 30))))
                .contains("met een vervolgtoewijzing", "na de einddatum start, uiterlijk 30 dagen erna");
        assertThat(MeasureDescriptions.of(kpi("start-reported-within-working-days", Map.of("workingDays", 5))))
                .contains("uiterlijk op de 5e werkdag na de startdatum");
    }
}
