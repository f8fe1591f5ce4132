package nl.wmoscorecards.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.wmoscorecards.core.kpi.KpiDefinition;

/**
 * What a scorecard compares with: per KPI the median of the measurement region's measured providers, and
 * each provider's value of the year before with a change mark. Built once per generation from the plan's
 * {@link PublishedResult}s, so a median, rank or previous value only ever rests on figures the edition shows
 * (the public edition's values rounded as displayed, never a withheld one; the internal edition's every value). A median needs {@value #MINIMUM_PROVIDERS} providers with a value: below that it is one
 * provider's value or the mean of two, not a regional benchmark.
 */
final class Comparisons {
    static final int MINIMUM_PROVIDERS = 3;

    /** Scorecard path, then KPI id: the median (null when too few providers) and how many values it rests on. */
    private final Map<String, Map<String, Median>> medians = new HashMap<>();
    private final Map<String, ScorecardPage> previousPages = new HashMap<>();

    Comparisons(SitePlan plan) {
        for (ScorecardPage page : plan.pages()) {
            medians.put(page.path(), mediansOf(page));
            plan.pagesOf(page.region()).stream().filter(p -> p.run().year() == page.run().year() - 1).findFirst()
                    .ifPresent(previous -> previousPages.put(page.path(), previous));
        }
    }

    /** The median of a KPI on a scorecard, and the number of values it rests on. */
    record Median(Double value, int providers) {
        boolean published() {
            return value != null;
        }
    }

    Median median(ScorecardPage page, String kpiId) {
        return medians.getOrDefault(page.path(), Map.of()).getOrDefault(kpiId, new Median(null, 0));
    }

    /** The scorecard of the same measurement region a year earlier, or null when there is none. */
    ScorecardPage previousPage(ScorecardPage page) {
        return previousPages.get(page.path());
    }

    private static Map<String, Median> mediansOf(ScorecardPage page) {
        Map<String, List<Double>> values = new HashMap<>();
        for (PublishedResult result : page.results()) {
            if (comparable(result)) {
                values.computeIfAbsent(result.kpi(), k -> new ArrayList<>()).add(shownValue(result));
            }
        }
        Map<String, Median> byKpi = new HashMap<>();
        for (KpiDefinition kpi : page.catalog().kpis()) {
            List<Double> kpiValues = values.getOrDefault(kpi.id(), List.of());
            byKpi.put(kpi.id(), new Median(median(kpiValues), kpiValues.size()));
        }
        return byKpi;
    }

    /**
     * A value that counts in a median: measured, published, and of this year (a biennial survey carried into
     * a year without one is an earlier year's figure).
     */
    static boolean comparable(PublishedResult result) {
        return shownValue(result) != null && !result.carriedSurvey();
    }

    /** The value the edition shows, or null when there is none (no result, not measured, or withheld). */
    static Double shownValue(PublishedResult result) {
        if (result == null || !result.measured() || !result.value().isShown()) {
            return null;
        }
        return result.value().orNull().doubleValue();
    }

    /** The median of the values (the mean of the middle two for an even count); null below the minimum. */
    static Double median(List<Double> values) {
        if (values.size() < MINIMUM_PROVIDERS) {
            return null;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** How this year's value compares with last year's, as a reader sees the two (rounded as displayed). */
    enum Change {
        BETTER("better", "▲", "beter"),
        WORSE("worse", "▼", "slechter"),
        HIGHER("higher", "▲", "hoger"),
        LOWER("lower", "▼", "lager"),
        EQUAL("equal", "=", "gelijk");

        final String modifier;
        final String icon;
        final String dutch;

        Change(String modifier, String icon, String dutch) {
            this.modifier = modifier;
            this.icon = icon;
            this.dutch = dutch;
        }

        /**
         * Null when there is nothing to compare: either year without a published value, or the same survey
         * shown twice. Values that display the same are equal, so a mark never contradicts the figures
         * beside it. A KPI with a norm is better when higher (bands rise); one without a norm is only
         * higher or lower.
         */
        static Change of(KpiDefinition kpi, PublishedResult current, PublishedResult previous) {
            Double now = shownValue(current);
            Double then = shownValue(previous);
            if (now == null || then == null) {
                return null;
            }
            if (current.surveyYear() != null && Objects.equals(current.surveyYear(), previous.surveyYear())) {
                return null;
            }
            if (DutchFormat.value(now, kpi.unit()).equals(DutchFormat.value(then, kpi.unit()))) {
                return EQUAL;
            }
            boolean up = now > then;
            boolean judged = kpi.norm() != null && kpi.norm().target() != null;
            if (judged) {
                return up ? BETTER : WORSE;
            }
            return up ? HIGHER : LOWER;
        }
    }
}
