package nl.wmoscorecards.core.kpi;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.allocation.LeftOutMessages;
import nl.wmoscorecards.core.calendar.DateRange;
import nl.wmoscorecards.core.region.ContractPhase;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.core.survey.SurveyResponseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KPI measurement of a year, one measurement region at a time: every provider with a population, every KPI
 * of the region's catalogue for that year. {@code YearlyAssessment} runs it over the regions and stores the results.
 */
public final class KpiEngine {
    private static final Logger LOG = LoggerFactory.getLogger(KpiEngine.class);
    /** A biennial survey (seed 001) is carried into the next year; at most two years old. */
    static final int SURVEY_CARRY_YEARS = 2;

    private final KpiCatalogs config;

    public KpiEngine(KpiCatalogs config) {
        this.config = config;
    }

    /**
     * One measurement region read from the stores and measured: the unit of fan-out (a thread here, one
     * invocation per region in AWS). Reads each of the region's municipalities with one query, each allocation
     * once, and the survey responses of the year and the two before it (a biennial survey is carried into the
     * year without one); no results when the region has no catalogue for the year.
     */
    public RegionMeasurement measureRegion(int year, LocalDate asOf, MeasurementRegion region,
                                           AllocationStore allocations, SurveyResponseStore surveys,
                                           ProviderReports reports) {
        Optional<KpiCatalog> catalog = config.kpiCatalog(region.contractingRegion(), year);
        if (catalog.isEmpty()) {
            return new RegionMeasurement(List.of(), Set.of());
        }
        List<Allocation> regionAllocations = new ArrayList<>();
        List<SurveyResponse> regionResponses = new ArrayList<>();
        for (String municipality : new TreeSet<>(region.municipalities().keySet())) {
            regionAllocations.addAll(allocations.allocationsOf(municipality));
            for (int surveyYear = year - SURVEY_CARRY_YEARS; surveyYear <= year; surveyYear++) {
                regionResponses.addAll(surveys.responsesOf(municipality, surveyYear));
            }
        }
        return measure(year, asOf, region, catalog.get(), regionAllocations, regionResponses, reports);
    }

    /**
     * A measurement region's results, and the providers with clients in care there in the year, with a KPI row or
     * without one (no population in any KPI): those owe the contracting region its reports (DOMAIN.md, performance
     * agreements).
     */
    public record RegionMeasurement(List<KpiResult> results, Set<String> providersInCare) {
        public RegionMeasurement {
            results = List.copyOf(results);
            providersInCare = Collections.unmodifiableSortedSet(new TreeSet<>(providersInCare));
        }
    }

    /** One measurement region's results; also the unit of fan-out. */
    public List<KpiResult> runRegion(int year, LocalDate asOf, MeasurementRegion region, KpiCatalog catalog,
                                     List<Allocation> allocations, List<SurveyResponse> responses) {
        return runRegion(year, asOf, region, catalog, allocations, responses, ProviderReports.NONE);
    }

    /**
     * One measurement region's results, with provider reports. {@code responses} may hold earlier years' survey
     * responses too: they are read only to carry the latest survey into a year without one.
     */
    public List<KpiResult> runRegion(int year, LocalDate asOf, MeasurementRegion region, KpiCatalog catalog,
                                     List<Allocation> allocations, List<SurveyResponse> responses,
                                     ProviderReports reports) {
        return measure(year, asOf, region, catalog, allocations, responses, reports).results();
    }

    private RegionMeasurement measure(int year, LocalDate asOf, MeasurementRegion region, KpiCatalog catalog,
                                      List<Allocation> allocations, List<SurveyResponse> responses,
                                      ProviderReports reports) {
        ContractPhase phase = config.regions().contractingRegion(region.contractingRegion()).contractPhase();
        Optional<DateRange> contractPeriod = phase.measurementPeriod(year);
        // A year wholly outside the contract is still read over the calendar year, to list who was active there.
        DateRange period = contractPeriod.orElse(DateRange.calendarYear(year));
        NotMeasured outsideContract = contractPeriod.isPresent() ? null
                : NotMeasured.outsideContractPhase(phase.position(year) == ContractPhase.Position.BEFORE
                        ? NotMeasured.Reason.BEFORE_CONTRACT_PHASE : NotMeasured.Reason.AFTER_CONTRACT_PHASE);

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

        logLeftOut(LeftOutMessages.of(region.id(), countable));
        RegionClients regionClients = new RegionClients(countable);
        List<KpiResult> results = new ArrayList<>();
        Set<String> inCare = new TreeSet<>();
        for (String provider : providers) {
            List<Allocation> own = byProvider.getOrDefault(provider, List.of());
            MeasureInput input = new MeasureInput(year, period, asOf, catalog, own,
                    responsesByProvider.getOrDefault(provider, List.of()));
            MeasureContext context = new MeasureContext(input, region, provider, countable, reports, regionClients);
            int clients = clientsInCare(own, period);
            if (clients > 0) {
                inCare.add(provider);
            }
            for (KpiDefinition kpi : catalog.kpis()) {
                Measure measure = Measures.named(kpi.measure());
                Tally outcome = measure.compute(context, kpi);
                int surveyYear = year;
                if (outcome.survey() && !outcome.hasPopulation() && outsideContract == null) {
                    for (int earlier = year - 1; earlier >= year - SURVEY_CARRY_YEARS && !outcome.hasPopulation();
                         earlier--) {
                        // Only a survey held in the contract phase is carried, read over that year's part of it:
                        // a year before the phase has no results (DOMAIN.md "Contract phase"), so neither has
                        // a survey held then, nor its responses before the phase's first day.
                        Optional<DateRange> earlierPeriod = phase.measurementPeriod(earlier);
                        if (earlierPeriod.isEmpty()) {
                            break;
                        }
                        outcome = measure.compute(context.withInput(
                                input.withSurvey(earlier, earlierPeriod.get(), input.responses())), kpi);
                        surveyYear = earlier;
                    }
                }
                if (outcome.hasPopulation()) {
                    results.add(score(year, region, provider, kpi, catalog, outcome, clients,
                            outcome.survey() ? surveyYear : null, outsideContract));
                }
            }
        }
        results.sort(Comparator.comparing(KpiResult::provider).thenComparing(KpiResult::kpi));
        return new RegionMeasurement(results, inCare);
    }

    /**
     * The run reports what it left out because only an allocation's provider may start or stop it: in the function's
     * log in AWS (one region per invocation); the CLI prints the same list itself.
     */
    private static void logLeftOut(LeftOutMessages leftOut) {
        if (!leftOut.isEmpty()) {
            LOG.info("{} start/stop messages left out: sent by another provider than the allocation's 301 names",
                    leftOut.count());
            leftOut.entries().forEach(entry -> LOG.info("Left out: {}", entry.describe()));
        }
    }

    /**
     * Distinct clients with an allocation that started (305) on or before the period's last day and had not
     * ended (307) before its first day.
     */
    static int clientsInCare(List<Allocation> allocations, DateRange period) {
        Set<String> clients = new HashSet<>();
        for (Allocation allocation : allocations) {
            LocalDate started = allocation.actualStartDate();
            LocalDate ended = allocation.actualEndDate();
            if (started != null && !started.isAfter(period.last()) && (ended == null || !ended.isBefore(period.first()))) {
                clients.add(allocation.toewijzing().clientPseudonym());
            }
        }
        return clients.size();
    }

    /** Why a KPI is not measured, in the order the contract checks it; null when measured. */
    static NotMeasured notMeasured(KpiDefinition kpi, KpiCatalog catalog, Tally outcome, int clients) {
        int minimumClients = kpi.minimumClients(catalog);
        if (clients < minimumClients) {
            return NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE, minimumClients);
        }
        if (outcome.observedClients() != null && outcome.observedClients() < minimumClients) {
            return NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_OBSERVED, minimumClients);
        }
        if (outcome.survey() && kpi.minimumRespondents() != null && outcome.denominator() < kpi.minimumRespondents()) {
            return NotMeasured.below(NotMeasured.Reason.TOO_FEW_RESPONDENTS, kpi.minimumRespondents());
        }
        return null;
    }

    private static KpiResult score(int year, MeasurementRegion region, String provider, KpiDefinition kpi,
                                   KpiCatalog catalog, Tally outcome, int clients, Integer surveyYear,
                                   NotMeasured outsideContract) {
        Integer respondents = outcome.survey() ? (int) outcome.denominator() : null;
        NotMeasured notMeasured = outsideContract != null ? outsideContract
                : notMeasured(kpi, catalog, outcome, clients);
        boolean measured = notMeasured == null;
        BigDecimal denominator = BigDecimal.valueOf(outcome.denominator());
        Double value = measured
                ? outcome.scaledNumerator().divide(denominator, MathContext.DECIMAL64).doubleValue()
                : null;
        // A survey carried from an earlier year is shown for information: it is judged (and escalated) only in the
        // year it was held.
        boolean carried = surveyYear != null && surveyYear != year;
        // A simulation is shown labelled and never judged (decisions.md "Flow measures"), even if its catalogue entry
        // carried a norm by mistake: a band below the norm would escalate it.
        Band band = measured && kpi.norm() != null && !carried && !kpi.isSimulation()
                ? kpi.norm().bandFor(outcome.scaledNumerator(), denominator)
                : null;
        return new KpiResult(year, region.id(), provider, kpi.id(), notMeasured, value,
                outcome.numerator(), outcome.denominator(), clients, respondents, band, outcome.causes(), surveyYear);
    }
}
