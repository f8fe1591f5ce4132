package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.concurrent.InOrder;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.port.AllocationStore;
import nl.wmoscorecards.core.port.SurveyResponseStore;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.survey.SurveyResponse;

/**
 * The yearly KPI run: for every measurement region, every provider with a population, every KPI of the
 * region's catalogue for that year.
 */
public final class KpiEngine {
    private final ScorecardsConfig config;
    private final Clock clock;
    private final int parallelism;

    /** Measures as many regions at a time as there are processors. */
    public KpiEngine(ScorecardsConfig config, Clock clock) {
        this(config, clock, Runtime.getRuntime().availableProcessors());
    }

    /** @param parallelism measurement regions measured at a time, each on its own thread */
    public KpiEngine(ScorecardsConfig config, Clock clock, int parallelism) {
        this.config = config;
        this.clock = clock;
        this.parallelism = Math.max(1, parallelism);
    }

    public KpiRun run(int year, LocalDate asOf, AllocationStore allocations, SurveyResponseStore surveys) {
        return run(year, asOf, allocations, surveys, ProviderReports.NONE);
    }

    /**
     * The yearly run with provider reports, for the KPIs that read them (e.g. experience experts employed).
     * Regions are independent units (each reads only its own municipalities), measured on a small pool of
     * threads; the results keep the configured region order whatever finishes first.
     */
    public KpiRun run(int year, LocalDate asOf, AllocationStore allocations, SurveyResponseStore surveys,
                      ProviderReports reports) {
        List<KpiResult> results = new ArrayList<>();
        InOrder.map(config.regions().measurementRegions(), parallelism, "kpi-region",
                        region -> measureRegion(year, asOf, region, allocations, surveys, reports))
                .forEach(results::addAll);
        return new KpiRun(year, asOf, clock.instant(), results);
    }

    /**
     * One measurement region read from the stores and measured: the unit of fan-out (a thread here, one
     * invocation per region in AWS). Reads each of the region's municipalities with one query, each allocation
     * once; no results when the region has no catalogue for the year.
     */
    public List<KpiResult> measureRegion(int year, LocalDate asOf, MeasurementRegion region,
                                         AllocationStore allocations, SurveyResponseStore surveys,
                                         ProviderReports reports) {
        Optional<KpiCatalog> catalog = config.kpiCatalog(region.contractingRegion(), year);
        if (catalog.isEmpty()) {
            return List.of();
        }
        List<Allocation> regionAllocations = new ArrayList<>();
        List<SurveyResponse> regionResponses = new ArrayList<>();
        for (String municipality : new TreeSet<>(region.municipalities().keySet())) {
            regionAllocations.addAll(allocations.allocationsOf(municipality));
            regionResponses.addAll(surveys.responsesOf(municipality, year));
        }
        return runRegion(year, asOf, region, catalog.get(), regionAllocations, regionResponses, reports);
    }

    /** One measurement region's results; also the unit of fan-out. */
    public List<KpiResult> runRegion(int year, LocalDate asOf, MeasurementRegion region, KpiCatalog catalog,
                                     List<Allocation> allocations, List<SurveyResponse> responses) {
        return runRegion(year, asOf, region, catalog, allocations, responses, ProviderReports.NONE);
    }

    /** One measurement region's results, with provider reports. */
    public List<KpiResult> runRegion(int year, LocalDate asOf, MeasurementRegion region, KpiCatalog catalog,
                                     List<Allocation> allocations, List<SurveyResponse> responses,
                                     ProviderReports reports) {
        // Unmodifiable and null-free, so MeasureContext's List.copyOf keeps this one list instead of copying the
        // region's allocations once per provider.
        List<Allocation> countable = allocations.stream()
                .filter(Allocation::isCountable)
                .filter(a -> region.contains(a.key().municipality()))
                .collect(Collectors.toUnmodifiableList());
        Map<String, List<Allocation>> byProvider = countable.stream()
                .collect(Collectors.groupingBy(Allocation::provider, TreeMap::new, Collectors.toList()));
        Map<String, List<SurveyResponse>> responsesByProvider = responses.stream()
                .filter(r -> region.contains(r.municipality()))
                .collect(Collectors.groupingBy(SurveyResponse::provider, TreeMap::new, Collectors.toList()));
        Set<String> providers = new TreeSet<>(byProvider.keySet());
        providers.addAll(responsesByProvider.keySet());

        RegionClients regionClients = new RegionClients(countable);
        List<KpiResult> results = new ArrayList<>();
        for (String provider : providers) {
            List<Allocation> own = byProvider.getOrDefault(provider, List.of());
            MeasureInput input = new MeasureInput(year, asOf, catalog, own,
                    responsesByProvider.getOrDefault(provider, List.of()));
            MeasureContext context = new MeasureContext(input, region, provider, countable, reports, regionClients);
            int clients = clientsInCare(own, year);
            for (KpiDefinition kpi : catalog.kpis()) {
                Outcome outcome = Measures.named(kpi.measure()).compute(context, kpi);
                if (outcome.hasPopulation()) {
                    results.add(score(year, region, provider, kpi, catalog, outcome, clients));
                }
            }
        }
        results.sort(Comparator.comparing(KpiResult::provider).thenComparing(KpiResult::kpi));
        return results;
    }

    /**
     * Distinct clients with an allocation that started (305) on or before 31 December and had not ended
     * (307) before 1 January of the year.
     */
    static int clientsInCare(List<Allocation> allocations, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Set<String> clients = new HashSet<>();
        for (Allocation allocation : allocations) {
            LocalDate started = allocation.actualStartDate();
            LocalDate ended = allocation.actualEndDate();
            if (started != null && !started.isAfter(last) && (ended == null || !ended.isBefore(first))) {
                clients.add(allocation.toewijzing().clientPseudonym());
            }
        }
        return clients.size();
    }

    private static KpiResult score(int year, MeasurementRegion region, String provider, KpiDefinition kpi,
                                   KpiCatalog catalog, Outcome outcome, int clients) {
        Integer respondents = outcome.survey() ? (int) outcome.denominator() : null;
        String reason = null;
        int minimumClients = kpi.minimumClients(catalog);
        if (clients < minimumClients) {
            reason = "fewer than " + minimumClients + " clients in care";
        } else if (outcome.survey() && kpi.minimumRespondents() != null
                && outcome.denominator() < kpi.minimumRespondents()) {
            reason = "fewer than " + kpi.minimumRespondents() + " respondents";
        }
        boolean measured = reason == null;
        BigDecimal denominator = BigDecimal.valueOf(outcome.denominator());
        Double value = measured
                ? outcome.scaledNumerator().divide(denominator, MathContext.DECIMAL64).doubleValue()
                : null;
        String band = measured && kpi.norm() != null
                ? kpi.norm().bandFor(outcome.scaledNumerator(), denominator).code()
                : null;
        return new KpiResult(year, region.id(), provider, kpi.id(), measured, reason, value,
                outcome.numerator(), outcome.denominator(), clients, respondents, band, outcome.causes());
    }
}
