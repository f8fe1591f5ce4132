package nl.wmoscorecards.core.run;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.concurrent.DaemonThreads;
import nl.wmoscorecards.core.concurrent.InOrder;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.delivery.ReportDelivery;
import nl.wmoscorecards.core.escalation.Escalation;
import nl.wmoscorecards.core.escalation.EscalationTriggers;
import nl.wmoscorecards.core.kpi.KpiEngine;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.KpiResultStore;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.kpi.ProviderReports;
import nl.wmoscorecards.core.kpi.StoredProviderReports;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.report.ReportRow;
import nl.wmoscorecards.core.survey.SurveyResponseStore;
import nl.wmoscorecards.core.upload.ReportRowStore;
import nl.wmoscorecards.core.upload.UploadStore;

/**
 * The yearly assessment, one use case for the AWS state machine and the CLI: compute and store the year's KPI
 * results region by region, assess each contracting region's report duties (for the providers in care there)
 * and the dossier audits, and raise the escalations they call for as of the run's date (reports that fall due
 * later are raised by the {@link DailyCheck}). In one process {@link #run} does it all; in AWS each step is its
 * own invocation ({@link #regions(ScorecardsConfig)}, {@link #measureRegion} per region, {@link #finish}), with the
 * same outcome.
 */
public final class YearlyAssessment {
    public static final String DOSSIER_AUDIT = "dossiercontrole";
    private static final int ASSESSMENT_THREADS = 8;
    /** Regions at a time: a region's reads wait on the store while another region is measured. */
    private static final int REGION_THREADS = Math.max(2, Runtime.getRuntime().availableProcessors());

    /** The stores the run reads and writes. */
    public record Ports(AllocationStore allocations, SurveyResponseStore surveys, KpiResultStore results,
                        UploadStore uploads, ReportRowStore reportRows) {
    }

    public record Outcome(KpiRun run, List<Escalation> escalations) {
    }

    private final ScorecardsConfig config;
    private final Ports ports;
    private final EscalationService escalations;
    private final Clock clock;
    private final KpiEngine engine;

    public YearlyAssessment(ScorecardsConfig config, Ports ports, EscalationService escalations, Clock clock) {
        this.config = config;
        this.ports = ports;
        this.escalations = escalations;
        this.clock = clock;
        this.engine = new KpiEngine(config);
    }

    /**
     * The whole run in one process: the regions measured side by side (a thread each) and stored as they come,
     * then what {@link #finish} does, with the results still in memory.
     */
    public Outcome run(int year, LocalDate asOf) {
        List<String> regions = regions(config);
        ProviderReports reports = providerReports();
        ExecutorService writer = Executors.newSingleThreadExecutor(DaemonThreads.named("kpi-results-writer"));
        try {
            List<CompletableFuture<Void>> writes = new CopyOnWriteArrayList<>();
            List<KpiResult> results = new ArrayList<>();
            Map<String, Set<String>> inCare = new TreeMap<>();
            // A region's results are written by one writer thread while its region thread goes on to read the next.
            List<KpiEngine.RegionMeasurement> measurements = InOrder.map(regions, REGION_THREADS, "kpi-region", region -> {
                KpiEngine.RegionMeasurement measured = measure(year, asOf, region, reports);
                writes.add(CompletableFuture.runAsync(() -> ports.results().replaceRegion(year, region,
                        measured.results(), measured.providersInCare()), writer));
                return measured;
            });
            for (int i = 0; i < regions.size(); i++) {
                results.addAll(measurements.get(i).results());
                inCare.put(regions.get(i), measurements.get(i).providersInCare());
            }
            awaitAll(writes);
            return conclude(new KpiRun(year, asOf, clock.instant(), results), regions,
                    ReportDutyHolders.of(config.regions(), inCare), reports);
        } finally {
            writer.shutdownNow();
        }
    }

    private static void awaitAll(List<CompletableFuture<Void>> writes) {
        try {
            CompletableFuture.allOf(writes.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The units of the run: the configured measurement regions, in configured order. */
    public static List<String> regions(ScorecardsConfig config) {
        return config.regions().measurementRegions().stream().map(MeasurementRegion::id).toList();
    }

    /**
     * One region measured and its results stored, replacing the region's earlier results of the year: the unit
     * of fan-out (a thread here, one function invocation per region in AWS). Rerunning it is harmless.
     */
    public List<KpiResult> measureRegion(int year, LocalDate asOf, String regionId) {
        KpiEngine.RegionMeasurement measured = measure(year, asOf, regionId, providerReports());
        ports.results().replaceRegion(year, regionId, measured.results(), measured.providersInCare());
        return measured.results();
    }

    private KpiEngine.RegionMeasurement measure(int year, LocalDate asOf, String regionId, ProviderReports reports) {
        MeasurementRegion region = config.regions().measurementRegion(regionId)
                .orElseThrow(() -> new IllegalArgumentException("no measurement region " + regionId));
        return engine.measureRegion(year, asOf, region, ports.allocations(), ports.surveys(), reports);
    }

    /**
     * After every region was measured (each by {@link #measureRegion}): the stored results read back, the run
     * recorded, the reports and dossier audits assessed and the escalations raised.
     */
    public Outcome finish(int year, LocalDate asOf, List<String> measuredRegions) {
        List<KpiResult> results = new ArrayList<>();
        measuredRegions.forEach(region -> results.addAll(ports.results().results(year, region)));
        return conclude(new KpiRun(year, asOf, clock.instant(), results), measuredRegions,
                ReportDutyHolders.inMeasurementRegions(config.regions(), ports.results(), year, measuredRegions),
                providerReports());
    }

    /**
     * The providers' uploads as stored now, cached for one run only: a function container lives on between
     * runs, and a rerun must see the uploads that arrived since.
     */
    private ProviderReports providerReports() {
        return new StoredProviderReports(ports.uploads(), ports.reportRows(), config.reportTypes(), config.reportDuties());
    }

    /** @param dutyHolders per contracting region, its providers in care: they owe reports with or without a KPI row */
    private Outcome conclude(KpiRun run, List<String> measuredRegions, Map<String, Set<String>> dutyHolders,
                             ProviderReports reports) {
        ports.results().recordRun(run, Set.copyOf(measuredRegions));
        Set<String> providers = new TreeSet<>();
        run.results().stream().map(KpiResult::provider).forEach(providers::add);
        dutyHolders.values().forEach(providers::addAll);
        Map<String, List<ReportDelivery>> deliveries = new TreeMap<>();
        List<EscalationTriggers.DossierAudit> audits = new ArrayList<>();
        for (ProviderAssessment assessed : assessAll(providers, dutyHolders, reports, run.year(), run.asOf())) {
            deliveries.put(assessed.provider(), assessed.deliveries());
            assessed.audit().ifPresent(audits::add);
        }
        List<Escalation> raised = escalations.raise(run.year(), EscalationTriggers.find(run, config.regions(),
                config.performanceAgreements(), deliveries, audits), run.asOf());
        return new Outcome(run, raised);
    }

    private record ProviderAssessment(String provider, List<ReportDelivery> deliveries,
                                      Optional<EscalationTriggers.DossierAudit> audit) {
    }

    /**
     * Each provider's report delivery (in every contracting region whose duties it holds) and dossier audit: a
     * few small queries per provider, so they go side by side on a few threads (thousands of providers
     * nationally); the answers keep the providers' order.
     */
    private static List<ProviderAssessment> assessAll(Set<String> providers, Map<String, Set<String>> dutyHolders,
                                                      ProviderReports reports, int year, LocalDate asOf) {
        return InOrder.map(providers, ASSESSMENT_THREADS, "provider-assessment",
                provider -> new ProviderAssessment(provider, deliveries(provider, dutyHolders, reports, year, asOf),
                        dossierAudit(provider, reports.rows(provider, DOSSIER_AUDIT, year))));
    }

    /** The provider's deliveries in every contracting region whose report duties it holds in the year. */
    public static List<ReportDelivery> deliveries(String provider, Map<String, Set<String>> dutyHolders,
                                                  ProviderReports reports, int year, LocalDate asOf) {
        List<ReportDelivery> deliveries = new ArrayList<>();
        dutyHolders.forEach((contracting, holders) -> {
            if (holders.contains(provider)) {
                deliveries.addAll(reports.deliveries(provider, contracting, year, asOf));
            }
        });
        return deliveries;
    }

    private static Optional<EscalationTriggers.DossierAudit> dossierAudit(String provider, List<ReportRow> rows) {
        long checked = rows.stream().mapToLong(r -> number(r, "checked")).sum();
        return checked == 0 ? Optional.empty() : Optional.of(new EscalationTriggers.DossierAudit(provider, checked,
                rows.stream().mapToLong(r -> number(r, "goalsNotRealised")).sum(),
                rows.stream().mapToLong(r -> number(r, "noCompleteCarePlan")).sum()));
    }

    private static long number(ReportRow row, String column) {
        Object value = row.values().get(column);
        return value instanceof Number n ? n.longValue() : 0;
    }
}
