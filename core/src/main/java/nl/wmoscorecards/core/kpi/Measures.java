package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.Evaluation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.survey.SurveyResponse;

/** The measures a catalogue can name, each a small rule exactly as DOMAIN.md "Computation" defines it. */
public final class Measures {
    private static final Map<String, Measure> BY_NAME = Map.of(
            "start-within-days", Measures::startWithinDays,
            "share-achieved", Measures::shareAchieved,
            "mean-grade", Measures::meanGrade);

    private Measures() {
    }

    public static Measure named(String name) {
        Measure measure = BY_NAME.get(name);
        if (measure == null) {
            throw new IllegalArgumentException("unknown measure '" + name + "'; known: " + BY_NAME.keySet());
        }
        return measure;
    }

    /**
     * Care started within N days of the 301 start date. Population: allocations whose 301 start lies in
     * the year, except those without a 305 that were stopped (307) within the N days, and those without a
     * 305 whose N days had not passed before the as-of date. On time: a 305 start at the latest N days
     * after the 301 start (an earlier start is on time).
     */
    static Outcome startWithinDays(MeasureInput input, KpiDefinition definition) {
        int days = definition.intParameter("days");
        long population = 0;
        long onTime = 0;
        for (Allocation allocation : input.allocations()) {
            LocalDate assigned = allocation.assignedStartDate();
            if (!input.inYear(assigned)) {
                continue;
            }
            LocalDate deadline = assigned.plusDays(days);
            LocalDate started = allocation.actualStartDate();
            LocalDate ended = allocation.actualEndDate();
            if (started == null && ended != null && !ended.isAfter(deadline)) {
                continue;
            }
            if (started == null && !deadline.isBefore(input.asOf())) {
                continue;
            }
            population++;
            if (started != null && !started.isAfter(deadline)) {
                onTime++;
            }
        }
        return Outcome.percentage(onTime, population);
    }

    /**
     * Share of evaluations dated in the year whose result was achieved. "Partly" counts as not achieved
     * unless the catalogue says otherwise; causes of the not-achieved ones are counted beside.
     */
    static Outcome shareAchieved(MeasureInput input, KpiDefinition definition) {
        boolean partlyCounts = input.catalog().partlyAchievedCountsAsAchieved();
        long population = 0;
        long achieved = 0;
        Map<String, Integer> causes = new TreeMap<>();
        for (Allocation allocation : input.allocations()) {
            Evaluation evaluation = allocation.evaluation();
            if (evaluation == null || !input.inYear(evaluation.date())) {
                continue;
            }
            population++;
            EvaluationResult result = evaluation.result();
            if (result == EvaluationResult.ACHIEVED || (partlyCounts && result == EvaluationResult.PARTLY)) {
                achieved++;
            } else {
                String cause = evaluation.cause() == null ? "unknown" : evaluation.cause().code();
                causes.merge(cause, 1, Integer::sum);
            }
        }
        return new Outcome(BigDecimal.valueOf(achieved), population, 100, false, causes);
    }

    /** Mean grade of the survey responses about the provider from the region, dated in the year. */
    static Outcome meanGrade(MeasureInput input, KpiDefinition definition) {
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        for (SurveyResponse response : input.responses()) {
            if (input.inYear(response.date())) {
                sum = sum.add(response.grade());
                count++;
            }
        }
        return new Outcome(sum, count, 1, true, Map.of());
    }
}
