package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.util.Map;
import nl.wmoscorecards.core.survey.SurveyResponse;

/** Measures over the client-satisfaction survey (CTO) responses about a provider. */
final class SurveyMeasures {
    /**
     * Grade a client must give at least when the catalogue sets no {@code minimumGrade}: the one satisfaction norm
     * the seeds state (Zaanstreek-Waterland, "minimaal het cijfer 8,5"); DWO's own "minstens X/10" is still open.
     */
    static final BigDecimal DEFAULT_MINIMUM_GRADE = new BigDecimal("8.5");

    private SurveyMeasures() {
    }

    /**
     * Share of clients grading at least {@code minimumGrade} (DWO, seed 000: "Cliënten beoordelen tevredenheid
     * met minstens X/10"): of the survey responses about the provider from the region dated in the year, the
     * share whose grade (0-10, one decimal allowed) is at or above the minimum. Respondents = the responses
     * counted, so the KPI's respondent minimum applies as to a mean grade.
     */
    static Tally shareGradingAtLeast(MeasureInput input, KpiDefinition definition) {
        BigDecimal minimum = minimumGrade(definition);
        long respondents = 0;
        long atLeast = 0;
        for (SurveyResponse response : input.responses()) {
            if (input.inPeriod(response.date())) {
                respondents++;
                if (response.grade().compareTo(minimum) >= 0) {
                    atLeast++;
                }
            }
        }
        return new Tally(BigDecimal.valueOf(atLeast), respondents, 100, true, Map.of());
    }

    /** The configured minimum grade, read exactly (8.5 stays 8.5, not a binary double). */
    static BigDecimal minimumGrade(KpiDefinition definition) {
        Object value = definition.parameters().get("minimumGrade");
        if (value == null) {
            return DEFAULT_MINIMUM_GRADE;
        }
        BigDecimal grade;
        try {
            grade = new BigDecimal(value.toString().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("KPI " + definition.id() + ": minimumGrade must be a grade, not '"
                    + value + "'");
        }
        if (grade.signum() < 0 || grade.compareTo(BigDecimal.TEN) > 0) {
            throw new IllegalArgumentException("KPI " + definition.id() + ": minimumGrade must be 0-10, not " + value);
        }
        return grade;
    }
}
