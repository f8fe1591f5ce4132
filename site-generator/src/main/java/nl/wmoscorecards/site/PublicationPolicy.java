package nl.wmoscorecards.site;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiDefinition;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.MeasurementRegion;

/**
 * What the edition may show, decided once, here, before anything is rendered: every page, chart and data file
 * reads the {@link PublishedResult}s made here, so they cannot disagree. The INTERNAL edition (contract managers)
 * shows every figure. The PUBLIC edition publishes no figure that rests on fewer clients than the region's
 * minimum group size ({@code minimumClients} of the KPI catalogue, m below):
 * <ul>
 *   <li>a group that was not measured keeps its reason and loses every count;</li>
 *   <li>a value that rests on fewer than m allocations, evaluations or respondents ("n") is withheld with its n
 *       and band, whatever the engine measured;</li>
 *   <li>a KPI that is itself a count of clients or their allocations (inflow, outflow, the waiting list) is
 *       withheld below m ("minder dan m");</li>
 *   <li>the number of clients in care is shown only from m up (a KPI about the organisation, such as staff, may
 *       be measured with fewer clients; it then shows no client count);</li>
 *   <li>a breakdown (causes of non-achievement, per municipality, per reason, per sub-result) shows each part of
 *       m or more, and folds the rest into "overige" only when that rest is 0 or m or more: the whole follows
 *       from the value, so a small rest could be computed (so does the number achieved among sub-results). Parts
 *       are folded, largest kept, until it is safe;</li>
 *   <li>KPIs that split one population by outcome (Midden-Limburg's achieved / partly / not achieved, the
 *       measure {@code share-with-result}) are one breakdown of their n under the same rule: a share that
 *       would let a reader compute a group of 1 to m-1 from the others is withheld;</li>
 *   <li>numerators are not published (the value and n are); values are rounded as the page shows them.</li>
 * </ul>
 * A single share on its own (e.g. 9 of 10 started on time, 90%) is published from n = m up: the contract defines
 * the KPI over at least m clients, and its complement is the same figure, not another group (docs/decisions.md).
 * The site publishes no other totals (no sums over providers or regions), so nothing else can be derived.
 */
final class PublicationPolicy {
    /** Only for a result whose region has no catalogue for its year; such a result gets no page. */
    static final int DEFAULT_MINIMUM = 10;
    /** Measures whose value is a number of clients or of their allocations. */
    private static final Set<String> CLIENT_COUNTS = Set.of("inflow", "throughflow", "outflow", "outflow-by-reason",
            "waiting-list");
    /** Measures of which several KPIs split one population by outcome: one breakdown together. */
    private static final Set<String> OUTCOME_SPLITS = Set.of("share-with-result");
    static final String NOT_MEASURED = "niet gemeten";

    private PublicationPolicy() {
    }

    /** Every run as the model's edition may show it, in the model's order; the runs are decided side by side. */
    static List<PublishedRun> publish(SiteModel model) {
        return model.runs().parallelStream().map(run -> publish(model, run)).toList();
    }

    private static PublishedRun publish(SiteModel model, KpiRun run) {
        List<PublishedResult> published = new ArrayList<>(run.results().size());
        // Per region once, not per result: a national run has hundreds of thousands of results.
        Map<String, Optional<KpiCatalog>> catalogs = new HashMap<>();
        Map<String, Map<String, KpiDefinition>> definitions = new HashMap<>();
        List<KpiDefinition> kpis = new ArrayList<>(run.results().size());
        for (KpiResult result : run.results()) {
            Optional<KpiCatalog> catalog = catalogs.computeIfAbsent(result.region(), r -> catalogOf(model, r, run.year()));
            KpiDefinition kpi = definitions.computeIfAbsent(result.region(), r -> byId(catalog)).get(result.kpi());
            int minimum = catalog.map(KpiCatalog::minimumClients).orElse(DEFAULT_MINIMUM);
            kpis.add(kpi);
            published.add(model.edition() == Edition.INTERNAL ? everything(result, kpi)
                    : publicResult(result, kpi, minimum));
        }
        if (model.edition() == Edition.PUBLIC) {
            published = withOutcomeSplitsAsOneBreakdown(run.results(), published, kpis, catalogs);
        }
        return new PublishedRun(run.year(), run.asOf(), published);
    }

    private static Map<String, KpiDefinition> byId(Optional<KpiCatalog> catalog) {
        Map<String, KpiDefinition> byId = new HashMap<>();
        catalog.ifPresent(c -> c.kpis().forEach(k -> byId.put(k.id(), k)));
        return byId;
    }

    /** The internal edition: every figure as the engine computed it. */
    static PublishedResult everything(KpiResult r, KpiDefinition kpi) {
        if (!r.measured()) {
            // Not measured: the engine's counts are kept for contract managers, there is no value or band.
            return new PublishedResult(r.year(), r.region(), r.provider(), r.kpi(), r.notMeasured(),
                    Figure.withheld(NOT_MEASURED), null, Figure.shown(r.denominator()), Figure.shown(r.clients()),
                    Figure.ofNullable(r.respondents(), "geen enquête"), Figure.ofNullable(r.numerator(), NOT_MEASURED),
                    Figure.shown(Breakdown.NONE), r.surveyYear());
        }
        return new PublishedResult(r.year(), r.region(), r.provider(), r.kpi(), null,
                Figure.ofNullable(r.value(), "geen waarde").map(BigDecimal::valueOf), r.band(),
                Figure.shown(r.denominator()), Figure.shown(r.clients()),
                Figure.ofNullable(r.respondents(), "geen enquête"), Figure.ofNullable(r.numerator(), "geen waarde"),
                Figure.shown(new Breakdown(r.causes(), 0)), r.surveyYear());
    }

    /** The public edition's rules for one result (see the class comment); outcome splits are settled after. */
    static PublishedResult publicResult(KpiResult r, KpiDefinition kpi, int minimum) {
        Figure<Integer> clients = r.clients() >= minimum ? Figure.shown(r.clients())
                : Figure.withheld("minder dan " + minimum + " cliënten in zorg");
        if (!r.measured()) {
            return new PublishedResult(r.year(), r.region(), r.provider(), r.kpi(), r.notMeasured(),
                    Figure.withheld(NOT_MEASURED), null, Figure.withheld(NOT_MEASURED), Figure.withheld(NOT_MEASURED),
                    Figure.withheld(NOT_MEASURED), Figure.withheld(NOT_MEASURED), Figure.withheld(NOT_MEASURED),
                    r.surveyYear());
        }
        Unit unit = Unit.of(kpi == null ? null : kpi.unit());
        Figure<Integer> respondents = Figure.ofNullable(r.respondents(), "geen enquête");
        String tooSmall = null;
        if (r.respondents() != null && r.respondents() < minimum) {
            tooSmall = "minder dan " + minimum + " respondenten (niet gepubliceerd)";
        } else if (unit.hasPopulation() && r.denominator() < minimum) {
            tooSmall = "minder dan " + minimum + " in de meting (niet gepubliceerd)";
        } else if (kpi != null && CLIENT_COUNTS.contains(kpi.measure()) && r.value() != null && r.value() < minimum) {
            tooSmall = "minder dan " + minimum + " (aantal niet gepubliceerd)";
        }
        Figure<Long> population = unit.hasPopulation() && r.denominator() >= minimum ? Figure.shown(r.denominator())
                : Figure.withheld(unit.hasPopulation() ? "minder dan " + minimum : "geen populatie bij een aantal");
        Figure<BigDecimal> numerator = Figure.withheld("niet gepubliceerd");
        if (tooSmall != null || r.value() == null) {
            String why = tooSmall == null ? "geen waarde" : tooSmall;
            return new PublishedResult(r.year(), r.region(), r.provider(), r.kpi(), null, Figure.withheld(why), null,
                    population, clients, respondents.isShown() && tooSmall != null ? Figure.withheld(why) : respondents,
                    numerator, Figure.withheld(why), r.surveyYear());
        }
        Breakdown folded = r.causes().isEmpty() ? Breakdown.NONE : fold(r.causes(), minimum, wholes(r, kpi));
        Figure<Breakdown> breakdown = folded == null
                ? Figure.withheld("niet gepubliceerd (delen kleiner dan " + minimum + ")") : Figure.shown(folded);
        return new PublishedResult(r.year(), r.region(), r.provider(), r.kpi(), null,
                Figure.shown(unit.rounded(BigDecimal.valueOf(r.value()))), r.band(), population, clients, respondents,
                numerator, breakdown, r.surveyYear());
    }

    /** A sum of some of a breakdown's parts that readers know or can compute (the whole, or the value's numerator). */
    record Whole(Predicate<String> covers, long total) {
        static Whole of(long total) {
            return new Whole(code -> true, total);
        }
    }

    /**
     * The parts of a breakdown that may be shown: each 0 or at least the minimum, and for every {@link Whole} a
     * reader knows, what it leaves unshown is 0 or at least the minimum too, or is all of it (then nothing of it
     * is shown beyond its total). Keeps the largest parts: while a whole leaves a small group unshown, its smallest
     * shown part is folded in. The first whole is the breakdown's total; what it leaves is the "overige" rest.
     * Null when no part can be shown.
     */
    static Breakdown fold(Map<String, Integer> parts, int minimum, List<Whole> wholes) {
        if (parts.isEmpty()) {
            return Breakdown.NONE;
        }
        Comparator<Map.Entry<String, Integer>> largestFirst = Comparator
                .comparing((Map.Entry<String, Integer> e) -> e.getValue()).reversed()
                .thenComparing(Map.Entry::getKey);
        // Loops, not streams: this runs for every result with a breakdown, hundreds of thousands in a national run.
        List<Map.Entry<String, Integer>> shown = new ArrayList<>(parts.size());
        for (Map.Entry<String, Integer> part : parts.entrySet()) {
            if (part.getValue() == 0 || part.getValue() >= minimum) {
                shown.add(part);
            }
        }
        shown.sort(largestFirst);
        boolean folded = true;
        while (folded) {
            folded = false;
            for (Whole whole : wholes) {
                long unshown = whole.total();
                // Sorted largest first, so the last part above 0 is the smallest: it joins the unshown ones.
                Map.Entry<String, Integer> smallest = null;
                for (Map.Entry<String, Integer> part : shown) {
                    if (whole.covers().test(part.getKey())) {
                        unshown -= part.getValue();
                        if (part.getValue() > 0) {
                            smallest = part;
                        }
                    }
                }
                if (unshown > 0 && unshown < minimum && smallest != null) {
                    shown.remove(smallest);
                    folded = true;
                }
            }
        }
        long rest = wholes.get(0).total() - sum(shown);
        if ((rest > 0 && rest < minimum) || shown.isEmpty()) {
            return null;
        }
        Map<String, Integer> kept = new LinkedHashMap<>();
        shown.forEach(e -> kept.put(e.getKey(), e.getValue()));
        return new Breakdown(kept, (int) rest);
    }

    private static long sum(List<Map.Entry<String, Integer>> parts) {
        long sum = 0;
        for (Map.Entry<String, Integer> part : parts) {
            sum += part.getValue();
        }
        return sum;
    }

    /**
     * What a reader knows of a breakdown: its total (the parts add up to the value, or to n minus the value's
     * numerator), and for sub-results also how many were achieved (the value's numerator).
     */
    private static List<Whole> wholes(KpiResult r, KpiDefinition kpi) {
        long sum = 0;
        for (int part : r.causes().values()) {
            sum += part;
        }
        Whole total = Whole.of(sum);
        if (kpi != null && kpi.measure().equals("sub-results-achieved") && r.numerator() != null) {
            return List.of(total, new Whole(code -> code.endsWith(" achieved"), r.numerator().longValue()));
        }
        return List.of(total);
    }

    /**
     * Results of an outcome split (several KPIs over the same n, one outcome each) are parts of one breakdown of n:
     * only the shares {@link #fold} keeps are published, so no outcome group of 1 to m-1 can be computed.
     */
    private static List<PublishedResult> withOutcomeSplitsAsOneBreakdown(List<KpiResult> computed,
                                                                          List<PublishedResult> results,
                                                                          List<KpiDefinition> kpis,
                                                                          Map<String, Optional<KpiCatalog>> catalogs) {
        Map<String, List<Integer>> splits = new LinkedHashMap<>();
        for (int i = 0; i < results.size(); i++) {
            PublishedResult r = results.get(i);
            KpiDefinition kpi = kpis.get(i);
            if (kpi != null && OUTCOME_SPLITS.contains(kpi.measure()) && r.value().isShown()) {
                splits.computeIfAbsent(r.region() + "/" + r.provider() + "/" + r.population().orNull(),
                        k -> new ArrayList<>()).add(i);
            }
        }
        if (splits.isEmpty()) {
            return results;
        }
        List<PublishedResult> settled = new ArrayList<>(results);
        for (List<Integer> split : splits.values()) {
            PublishedResult first = results.get(split.get(0));
            int minimum = catalogs.get(first.region()).map(KpiCatalog::minimumClients).orElse(DEFAULT_MINIMUM);
            Map<String, Integer> parts = new LinkedHashMap<>();
            for (int i : split) {
                PublishedResult r = results.get(i);
                parts.put(r.kpi(), computed.get(i).numerator().intValueExact());
            }
            Breakdown kept = fold(parts, minimum, List.of(Whole.of(first.population().orNull())));
            for (int i : split) {
                PublishedResult r = results.get(i);
                if (kept == null || !kept.parts().containsKey(r.kpi())) {
                    String why = "niet gepubliceerd (met de andere uitkomsten te herleiden tot minder dan "
                            + minimum + ")";
                    settled.set(i, new PublishedResult(r.year(), r.region(), r.provider(), r.kpi(), null,
                            Figure.withheld(why), null, r.population(), r.clients(), r.respondents(), r.numerator(),
                            Figure.withheld(why), r.surveyYear()));
                }
            }
        }
        return settled;
    }


    private static Optional<KpiCatalog> catalogOf(SiteModel model, String region, int year) {
        return model.config().regions().measurementRegion(region)
                .map(MeasurementRegion::contractingRegion)
                .flatMap(contracting -> model.config().kpiCatalog(contracting, year));
    }
}
