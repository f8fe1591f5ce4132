package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.Evaluation;
import nl.wmoscorecards.core.allocation.EvaluationResult;
import nl.wmoscorecards.core.survey.SurveyResponse;

/** The measures a catalogue can name, each a small rule exactly as DOMAIN.md "Computation" defines it. */
public final class Measures {
    private static final Map<String, Measure> BY_NAME = registry();

    private Measures() {
    }

    private static Map<String, Measure> registry() {
        Map<String, Measure> m = new LinkedHashMap<>();
        // Zaanstreek-Waterland's contract (DOMAIN.md "Computation").
        m.put("start-within-days", Measures::startWithinDays);
        m.put("share-achieved", Measures::shareAchieved);
        m.put("mean-grade", Measures::meanGrade);
        // DWO's satisfaction: share of clients grading at least X/10 (seed 000).
        m.put("share-grading-at-least", SurveyMeasures::shareGradingAtLeast);
        // Evaluations.
        m.put("share-with-result", Measures::shareWithResult);
        m.put("sub-results-achieved", Measures::subResultsAchieved);
        // Message traffic.
        m.put("start-reported-within-working-days", TimelinessMeasures::startReportedWithinWorkingDays);
        m.put("waiting-time", TimelinessMeasures::waitingTime);
        m.put("inflow", (ContextMeasure) FlowMeasures::inflow);
        m.put("throughflow", (ContextMeasure) FlowMeasures::throughflow);
        m.put("outflow", (ContextMeasure) FlowMeasures::outflow);
        m.put("outflow-by-reason", (ContextMeasure) FlowMeasures::outflowByReason);
        m.put("flow-to-lighter-care", (ContextMeasure) FlowToLighterCare::compute);
        // Provider reports.
        m.put("experience-experts", (ContextMeasure) ReportMeasures::experienceExperts);
        m.put("network-contacts", (ContextMeasure) ReportMeasures::networkContacts);
        m.put("waiting-list", (ContextMeasure) ReportMeasures::waitingList);
        m.put("fraud-signals-reported", (ContextMeasure) ReportMeasures::fraudSignalsReported);
        m.put("transformation-spend-share", (ContextMeasure) ReportMeasures::transformationSpendShare);
        m.put("mandatory-reports-delivered", (ContextMeasure) ReportMeasures::mandatoryReportsDelivered);
        // Simulations: shown labelled, never escalated.
        m.put("outcome-financing-simulation", (ContextMeasure) OutcomeFinancingSimulation::compute);
        return Collections.unmodifiableMap(m);
    }

    /** The client an allocation is about; an allocation whose 301 has not arrived is its own client. */
    static String clientOf(Allocation allocation) {
        return allocation.toewijzing() == null ? allocation.key().toString() : allocation.toewijzing().clientPseudonym();
    }

    /** Every measure a catalogue can name. */
    public static Set<String> names() {
        return BY_NAME.keySet();
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
    static Tally startWithinDays(MeasureInput input, KpiDefinition definition) {
        int days = definition.intParameter("days");
        return percentage(input, allocation -> {
            LocalDate assigned = allocation.assignedStartDate();
            if (!input.inPeriod(assigned)) {
                return false;
            }
            LocalDate deadline = assigned.plusDays(days);
            LocalDate started = allocation.actualStartDate();
            LocalDate ended = allocation.actualEndDate();
            boolean stoppedUnstarted = started == null && ended != null && !ended.isAfter(deadline);
            boolean notYetDue = started == null && !deadline.isBefore(input.asOf());
            return !stoppedUnstarted && !notYetDue;
        }, allocation -> {
            LocalDate started = allocation.actualStartDate();
            return started != null && !started.isAfter(allocation.assignedStartDate().plusDays(days));
        });
    }

    /**
     * The percentage of the population (the allocations {@code inPopulation} keeps) that {@code counts}, observing
     * the population's distinct clients.
     */
    static Tally percentage(MeasureInput input, Predicate<Allocation> inPopulation, Predicate<Allocation> counts) {
        return percentage(input, inPopulation, counts, null);
    }

    /** As above, with the ones that do not count tallied beside by {@code whyNot} (when not null). */
    static Tally percentage(MeasureInput input, Predicate<Allocation> inPopulation, Predicate<Allocation> counts,
                            Function<Allocation, String> whyNot) {
        long population = 0;
        long counted = 0;
        Map<String, Integer> causes = new TreeMap<>();
        Set<String> clients = new HashSet<>();
        for (Allocation allocation : input.allocations()) {
            if (!inPopulation.test(allocation)) {
                continue;
            }
            population++;
            clients.add(clientOf(allocation));
            if (counts.test(allocation)) {
                counted++;
            } else if (whyNot != null) {
                causes.merge(whyNot.apply(allocation), 1, Integer::sum);
            }
        }
        return new Tally(BigDecimal.valueOf(counted), population, 100, false, causes, clients.size());
    }

    /** The allocation's evaluation if it is dated in the measurement period, else null. */
    private static Evaluation evaluationInPeriod(MeasureInput input, Allocation allocation) {
        Evaluation evaluation = allocation.evaluation();
        return evaluation != null && input.inPeriod(evaluation.date()) ? evaluation : null;
    }

    /**
     * Share of evaluations dated in the year whose result was achieved. "Partly" counts as not achieved
     * unless the catalogue says otherwise; causes of the not-achieved ones are counted beside.
     */
    static Tally shareAchieved(MeasureInput input, KpiDefinition definition) {
        boolean partlyCounts = input.catalog().partlyAchievedCountsAsAchieved();
        return percentage(input, allocation -> evaluationInPeriod(input, allocation) != null, allocation -> {
            EvaluationResult result = allocation.evaluation().result();
            return result == EvaluationResult.ACHIEVED || (partlyCounts && result == EvaluationResult.PARTLY);
        }, allocation -> allocation.evaluation().cause() == null ? "unknown" : allocation.evaluation().cause().code());
    }

    /**
     * Share of evaluations dated in the year with one given result ({@code result}: achieved, partly or
     * not_achieved), so a region can show achieved, partly and not side by side (Midden-Limburg).
     */
    static Tally shareWithResult(MeasureInput input, KpiDefinition definition) {
        String wanted = definition.stringParameter("result", EvaluationResult.ACHIEVED.code());
        EvaluationResult result = EvaluationResult.fromCode(wanted).orElseThrow(() ->
                new IllegalArgumentException("KPI " + definition.id() + ": unknown result '" + wanted + "'"));
        return percentage(input, allocation -> evaluationInPeriod(input, allocation) != null,
                allocation -> allocation.evaluation().result() == result);
    }

    /**
     * Per deelresultaat (Midden-Limburg's five sub-results): of the sub-result outcomes in evaluations dated in
     * the year, the share achieved; the breakdown per deelresultaat and outcome (e.g. "2 partly") goes beside
     * the value. Evaluations without sub-results do not count.
     */
    static Tally subResultsAchieved(MeasureInput input, KpiDefinition definition) {
        long population = 0;
        long achieved = 0;
        Map<String, Integer> breakdown = new TreeMap<>();
        Set<String> clients = new HashSet<>();
        for (Allocation allocation : input.allocations()) {
            Evaluation evaluation = evaluationInPeriod(input, allocation);
            if (evaluation == null) {
                continue;
            }
            if (!evaluation.subResults().isEmpty()) {
                clients.add(clientOf(allocation));
            }
            for (Map.Entry<String, EvaluationResult> outcome : evaluation.subResults().entrySet()) {
                population++;
                if (outcome.getValue() == EvaluationResult.ACHIEVED) {
                    achieved++;
                }
                String deelresultaat = outcome.getKey().split("\\.")[0];
                breakdown.merge(deelresultaat + " " + outcome.getValue().code(), 1, Integer::sum);
            }
        }
        return new Tally(BigDecimal.valueOf(achieved), population, 100, false, breakdown, clients.size());
    }

    /** Mean grade of the survey responses about the provider from the region, dated in the measurement period. */
    static Tally meanGrade(MeasureInput input, KpiDefinition definition) {
        BigDecimal sum = BigDecimal.ZERO;
        long count = 0;
        for (SurveyResponse response : input.responses()) {
            if (input.inPeriod(response.date())) {
                sum = sum.add(response.grade());
                count++;
            }
        }
        return new Tally(sum, count, 1, true, Map.of());
    }
}
