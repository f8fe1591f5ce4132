package nl.wmoscorecards.local.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.MemoryUsage;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.Band;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.NotMeasured;
import nl.wmoscorecards.core.kpi.KpiRun;
import nl.wmoscorecards.core.region.ContractingRegion;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.region.RegionCatalog;
import nl.wmoscorecards.site.Edition;
import nl.wmoscorecards.site.SiteGenerator;
import nl.wmoscorecards.site.SiteModel;

/**
 * Renders a national-size site (40 measurement regions, 3,000 providers, 5 years; each provider in 3
 * regions) from synthetic results and reports pages per second, CPU time and the heap in use after collections.
 * Three generations warm the JIT (after one, C2 is still compiling); the next five are measured, each into a fresh
 * folder as the site-publish function renders, and the median is reported (docs/performance.md):
 * <pre>mvn -q -pl bench -am package -DskipTests
 * java -Xmx2g -cp "bench/target/scorecards-bench.jar:bench/target/lib/*" nl.wmoscorecards.local.bench.SiteBenchmark /dev/shm/site-bench</pre>
 */
public final class SiteBenchmark {
    static final int REGIONS = 40;
    static final int PROVIDERS = 3_000;
    static final int YEARS = 5;
    static final int REGIONS_PER_PROVIDER = 3;
    static final int WARM_UP_RUNS = 3;
    static final int MEASURED_RUNS = 5;
    private static final AtomicLong PEAK_LIVE_HEAP = new AtomicLong();

    private SiteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        watchHeapAfterCollections();
        Path out = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("site-bench-");
        ScorecardsConfig base = ConfigLoader.fromClasspath();
        ScorecardsConfig config = nationalConfig(base);
        List<KpiRun> runs = runs(config);
        SiteModel model = new SiteModel(config, runs, Edition.PUBLIC, names());
        SiteGenerator generator = new SiteGenerator();
        for (int run = 0; run < WARM_UP_RUNS; run++) {
            Path folder = out.resolve("warm-up-" + run);
            generator.generate(model, folder);
            delete(folder);
        }
        System.out.printf("Site benchmark: %d regions, %d providers, %d years, %d results; %d processors%n", REGIONS,
                PROVIDERS, YEARS, runs.stream().mapToInt(r -> r.results().size()).sum(),
                Runtime.getRuntime().availableProcessors());
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= MEASURED_RUNS; run++) {
            // Into a fresh folder, as the site-publish function renders into a new temporary folder: the last run's
            // is removed before the clock starts (its unwritten pages go with it).
            Path folder = out.resolve("site-" + run);
            PEAK_LIVE_HEAP.set(0);
            long cpuStart = processCpuNanos();
            long start = System.nanoTime();
            List<Path> files = generator.generate(model, folder);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
            if (run < MEASURED_RUNS) {
                delete(folder);
            }
            long pages = files.stream().filter(f -> f.toString().endsWith(".html")).count();
            rates.add(pages / seconds);
            System.out.printf("run %d: %d HTML pages (%d files) in %.2f s: %.0f pages/s; %.2f CPU s (%.2f ms per page);"
                            + " peak heap after a collection %d MiB (max heap %d MiB)%n", run, pages, files.size(), seconds,
                    pages / seconds, cpuSeconds, cpuSeconds * 1000 / pages, PEAK_LIVE_HEAP.get() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);
        }
        rates.sort(Comparator.naturalOrder());
        System.out.printf("median: %.0f pages/s (target 1,000)%n", rates.get(rates.size() / 2));
        if (args.length == 0) {
            delete(out);
        }
    }

    /** The real config, with its first contracting region's catalogue reused by 40 synthetic measurement regions. */
    static ScorecardsConfig nationalConfig(ScorecardsConfig base) {
        ContractingRegion template = base.regions().contractingRegions().get(0);
        List<MeasurementRegion> regions = new ArrayList<>();
        for (int i = 0; i < REGIONS; i++) {
            regions.add(new MeasurementRegion("regio-" + i, "Meetregio " + i, template.id(),
                    Map.of(String.format("%04d", 1000 + i), "Gemeente " + i)));
        }
        ContractingRegion national = new ContractingRegion(template.id(), template.name(), regions, template.contractPhase());
        Map<String, List<KpiCatalog>> catalogs = Map.of(template.id(), base.kpiCatalogs().get(template.id()));
        return new ScorecardsConfig(new RegionCatalog(List.of(national)), catalogs, base.reportTypes());
    }

    static List<KpiRun> runs(ScorecardsConfig config) {
        SplittableRandom random = new SplittableRandom(42);
        List<KpiRun> runs = new ArrayList<>();
        String contracting = config.regions().contractingRegions().get(0).id();
        for (int year = 2021; year < 2021 + YEARS; year++) {
            KpiCatalog catalog = config.kpiCatalog(contracting, year).or(() -> config.kpiCatalogs().get(contracting)
                    .stream().min(Comparator.comparingInt(KpiCatalog::validFrom))).orElseThrow();
            List<KpiResult> results = new ArrayList<>();
            for (int p = 0; p < PROVIDERS; p++) {
                String agb = String.format("%08d", 10_000_000 + p);
                for (int r = 0; r < REGIONS_PER_PROVIDER; r++) {
                    String region = "regio-" + (p * 7 + r * 13) % REGIONS;
                    int clients = 5 + random.nextInt(200);
                    for (var kpi : catalog.kpis()) {
                        boolean measured = clients >= catalog.minimumClients();
                        double value = "grade".equals(kpi.unit()) ? 6 + random.nextDouble() * 4 : 50 + random.nextDouble() * 50;
                        Band band = measured && kpi.norm() != null ? kpi.norm().bandFor(BigDecimal.valueOf(value),
                                BigDecimal.ONE) : null;
                        results.add(new KpiResult(year, region, agb, kpi.id(), (measured) ? null : NotMeasured.below(NotMeasured.Reason.TOO_FEW_CLIENTS_IN_CARE, 10), measured ? value : null,
                                BigDecimal.valueOf(Math.round(value * clients / 100)), clients, clients,
                                "grade".equals(kpi.unit()) ? clients : null, band,
                                measured && kpi.id().equals("result-achieved") ? Map.of("provider", 12, "client", 3) : Map.of(), null));
                    }
                }
            }
            runs.add(new KpiRun(year, LocalDate.of(year + 1, 4, 1), Instant.parse((year + 1) + "-04-01T06:00:00Z"), results));
        }
        return runs;
    }

    static Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        for (int p = 0; p < PROVIDERS; p++) {
            names.put(String.format("%08d", 10_000_000 + p), "Zorgaanbieder " + p + " B.V.");
        }
        return names;
    }

    /**
     * The largest heap in use right after a collection during a run: what a generation keeps alive, the heap it
     * needs. Read from the collector's notifications, so the bench forces no collection of its own (a full GC
     * before each run made G1 shrink the heap and grow it again within the run: work a publishing function
     * does not do).
     */
    private static void watchHeapAfterCollections() {
        for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    long used = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData())
                            .getGcInfo().getMemoryUsageAfterGc().values().stream().mapToLong(MemoryUsage::getUsed).sum();
                    PEAK_LIVE_HEAP.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    /** CPU time of the whole JVM (all threads, GC included): comparable across runs on a busy machine. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
