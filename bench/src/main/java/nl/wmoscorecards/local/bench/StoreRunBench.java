package nl.wmoscorecards.local.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import nl.wmoscorecards.core.concurrent.InOrder;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.core.kpi.KpiEngine;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.ProviderReports;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.application.UseCases;
import nl.wmoscorecards.functions.store.TableNames;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * The KPI run from the embedded store against a plain read of the same items: every allocation message and
 * survey response of every measurement region, one Query per partition, on as many threads as the run uses.
 * The run folds and measures what it reads; the target is that this costs little on top of the read.
 *
 * <p>Usage: {@code StoreRunBench GENERATED_DIR YEAR [DATA_FOLDER [runs]]}. Without a data folder the generated
 * messages and survey responses are first ingested into an in-memory store (timed apart); with one, its
 * persistent store is used as it is. For a national set, set SCORECARDS_CONFIG_DIR to GENERATED_DIR/config.
 */
public final class StoreRunBench {
    private StoreRunBench() {
    }

    public static void main(String[] args) throws Exception {
        Path generated = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        Path folder = args.length > 2 && !args[2].isBlank() ? Path.of(args[2]) : null;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        LocalDate asOf = LocalDate.of(year + 1, 3, 1);
        byte[] key = "bench-pseudonym-key-of-32-bytes!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        boolean fresh = folder == null;
        try (LocalRuntime runtime = fresh ? LocalRuntime.inMemory(Files.createTempDirectory("store-run-bench"), key)
                : LocalRuntime.open(folder)) {
            if (fresh) {
                List<Path> files;
                try (var s = Files.list(generated.resolve("events"))) {
                    files = s.sorted().toList();
                }
                long t = System.nanoTime();
                IngestReport report = runtime.allocationIngest().ingestPaths(files);
                double ingest = secs(t);
                List<Path> surveys;
                try (var s = Files.list(generated.resolve("surveys"))) {
                    surveys = s.sorted().toList();
                }
                runtime.stores().surveyResponses().save(KpiRows.readSurveys(surveys, null));
                System.out.printf(Locale.ROOT, "set-up: ingested %,d messages in %.1f s (%.0f/s)%n", report.accepted(),
                        ingest, report.accepted() / ingest);
            }
            List<MeasurementRegion> regions = runtime.config().regions().measurementRegions();
            int threads = Runtime.getRuntime().availableProcessors();
            TableNames names = TableNames.fromEnvironment();
            KpiEngine engine = new KpiEngine(runtime.config());
            AtomicLong items = new AtomicLong();
            double[] read = new double[runs];
            double[] run = new double[runs];
            double[] yearly = new double[runs];
            int results = 0;
            for (int i = 0; i < runs; i++) {
                long t = System.nanoTime();
                items.set(plainRead(runtime.dynamoDb(), names, regions, year, threads));
                read[i] = secs(t);
                t = System.nanoTime();
                List<List<KpiResult>> measured = InOrder.map(regions, threads, "kpi-region",
                        region -> engine.measureRegion(year, asOf, region, runtime.stores().allocations(),
                                runtime.stores().surveyResponses(), ProviderReports.NONE).results());
                run[i] = secs(t);
                results = measured.stream().mapToInt(List::size).sum();
                t = System.nanoTime();
                YearlyAssessment.Outcome outcome = UseCases.yearlyRun(runtime.config(), runtime.stores(), runtime.clock()).run(year, asOf);
                yearly[i] = secs(t);
                results = outcome.run().results().size();
                System.out.printf(Locale.ROOT, "round %d: read %.2f s, engine run %.2f s, yearly run %.2f s%n", i + 1, read[i],
                        run[i], yearly[i]);
            }
            Arrays.sort(read);
            Arrays.sort(run);
            Arrays.sort(yearly);
            double r = read[runs / 2];
            double k = run[runs / 2];
            double y = yearly[runs / 2];
            System.out.printf(Locale.ROOT, "KPI run from the store: %d measurement regions, %,d items read, %,d results, "
                            + "%d threads, median of %d, Java %s%n", regions.size(), items.get(), results, threads, runs,
                    System.getProperty("java.version"));
            System.out.printf(Locale.ROOT, "%-58s %8.1f s %10.0f items/s%n", "plain read of the same items (Query, no mapping)", r, items.get() / r);
            System.out.printf(Locale.ROOT, "%-58s %8.1f s %10.0f items/s%n", "KPI engine run (read, fold, measure)", k, items.get() / k);
            System.out.printf(Locale.ROOT, "%-58s %8.1f s%n", "yearly run (engine + store results + escalations)", y);
            System.out.printf(Locale.ROOT, "ratio read/engine run: %.2f; read/yearly run: %.2f (target >= 0.90)%n", r / k, r / y);
        }
    }

    /** Every item of every region's partitions, counted; a region per thread, as the run does. */
    private static long plainRead(DynamoDbClient client, TableNames names, List<MeasurementRegion> regions, int year,
                                  int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (MeasurementRegion region : regions) {
                counts.add(pool.submit(() -> {
                    long n = 0;
                    for (String municipality : region.municipalities().keySet()) {
                        n += count(client, names.allocations(), "municipality", municipality);
                        n += count(client, names.surveyResponses(), "municipalityYear", municipality + "#" + year);
                    }
                    return n;
                }));
            }
            long total = 0;
            for (Future<Long> c : counts) {
                total += c.get();
            }
            return total;
        } finally {
            pool.shutdown();
        }
    }

    private static long count(DynamoDbClient client, String table, String keyName, String key) {
        long n = 0;
        QueryRequest request = QueryRequest.builder().tableName(table).keyConditionExpression("#k = :v")
                .expressionAttributeNames(Map.of("#k", keyName))
                .expressionAttributeValues(Map.of(":v", AttributeValue.fromS(key))).build();
        for (var page : client.queryPaginator(request)) {
            n += page.count();
        }
        return n;
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
