package nl.wmoscorecards.local.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.allocation.Allocation;
import nl.wmoscorecards.core.allocation.AllocationEvent;
import nl.wmoscorecards.core.allocation.AllocationKey;
import nl.wmoscorecards.core.allocation.AllocationStore;
import nl.wmoscorecards.core.config.ConfigLoader;
import nl.wmoscorecards.core.config.ScorecardsConfig;
import nl.wmoscorecards.core.ingest.AllocationIngest;
import nl.wmoscorecards.core.calendar.DateRange;
import nl.wmoscorecards.core.kpi.KpiCatalog;
import nl.wmoscorecards.core.kpi.KpiEngine;
import nl.wmoscorecards.core.kpi.KpiResult;
import nl.wmoscorecards.core.kpi.ProviderReports;
import nl.wmoscorecards.core.privacy.Pseudonymizer;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.core.survey.SurveyResponseStore;

/**
 * The KPI engine against DuckDB computing the same Zaanstreek-Waterland KPIs in SQL over the same rows of a
 * generated data set (national or region): both from memory, and both from the same files, with a check
 * that both give identical results (numerator, population, clients in care, measured or not).
 *
 * <p>Usage: {@code KpiEngineBench GENERATED_DIR YEAR [runs]}. The first run writes {@code GENERATED_DIR/kpi-rows.csv}
 * (the message traffic folded per allocation, one measurement region at a time); later runs reuse it.
 */
public final class KpiEngineBench {
    private static final String REGION = "zaanstreek-waterland";
    private static final int THREADS = 2;

    private KpiEngineBench() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        LocalDate asOf = LocalDate.of(year + 1, 3, 1);
        ScorecardsConfig config = Files.isDirectory(data.resolve("config"))
                ? ConfigLoader.fromFolder(data.resolve("config")) : ConfigLoader.fromEnvironment();
        Path rows = data.resolve("kpi-rows.csv");
        if (!Files.exists(rows)) {
            long t = System.nanoTime();
            long written = writeRows(config, data.resolve("events"), rows);
            System.out.printf(Locale.ROOT, "folded the messages into %,d allocation rows in %.1f s (once)%n", written, secs(t));
        }
        List<Path> surveyFiles;
        try (var s = Files.list(data.resolve("surveys"))) {
            surveyFiles = s.sorted().toList();
        }
        List<MeasurementRegion> regions = config.regions().measurementRegions().stream()
                .filter(r -> r.contractingRegion().equals(REGION)).toList();
        KpiCatalog catalog = config.kpiCatalog(REGION, year).orElseThrow();
        Set<String> municipalities = regions.stream().flatMap(r -> r.municipalities().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
        KpiEngine engine = new KpiEngine(config);

        // ---- from memory: every row of the data set on the heap, and the same rows in a DuckDB table
        List<Allocation> all = new ArrayList<>();
        KpiRows.read(rows, null, all::add);
        List<SurveyResponse> allResponses = KpiRows.readSurveys(surveyFiles, null);
        Map<String, List<Allocation>> byMunicipality = all.stream()
                .collect(Collectors.groupingBy(a -> a.key().municipality()));
        AllocationStore memoryStore = new AllocationStore() {
            @Override public void apply(Collection<? extends AllocationEvent> events) { throw new UnsupportedOperationException(); }
            @Override public List<Allocation> allocationsOf(String m) { return byMunicipality.getOrDefault(m, List.of()); }
        };
        Map<String, List<SurveyResponse>> responsesByMunicipality = allResponses.stream()
                .collect(Collectors.groupingBy(SurveyResponse::municipality));
        SurveyResponseStore memorySurveys = new SurveyResponseStore() {
            @Override public void save(Collection<SurveyResponse> responses) { throw new UnsupportedOperationException(); }
            @Override public List<SurveyResponse> responsesOf(String m, int y) {
                return responsesByMunicipality.getOrDefault(m, List.of()).stream().filter(r -> r.date().getYear() == y).toList();
            }
            @Override public void delete(Collection<SurveyResponse> responses) { throw new UnsupportedOperationException(); }
        };
        System.out.printf(Locale.ROOT, "KPI engine benchmark: %s, %,d allocation rows, %,d survey responses, %d measurement regions of %s "
                        + "(%d municipalities), %d runs each (median), Java %s, %d processors, %d threads each side%n",
                data, all.size(), allResponses.size(), regions.size(), REGION, municipalities.size(), runs,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), THREADS);

        DateRange period = config.regions().contractingRegion(REGION).contractPhase().measurementPeriod(year)
                .orElseThrow(() -> new IllegalArgumentException(year + " lies wholly outside " + REGION + "'s contract phase"));
        String sqlFromFiles = sql(regions, period, asOf, "read_csv('" + rows + "', header = true, columns = " + ROW_COLUMNS + ")",
                "read_csv('" + data.resolve("surveys") + "/*.csv', delim = ';', header = true, dateformat = '%d-%m-%Y', columns = "
                        + SURVEY_COLUMNS + ")");
        String sqlFromMemory = sql(regions, period, asOf, "allocations", "surveys");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = duck.createStatement()) {
                s.execute("SET threads = " + THREADS);
                s.execute("CREATE TABLE allocations AS SELECT * FROM read_csv('" + rows + "', header = true, columns = " + ROW_COLUMNS + ")");
                s.execute("CREATE TABLE surveys AS SELECT * FROM read_csv('" + data.resolve("surveys")
                        + "/*.csv', delim = ';', header = true, dateformat = '%d-%m-%Y', columns = " + SURVEY_COLUMNS + ")");
            }
            Set<String> engineMemory = keys(engineParallel(regions, r -> engine.measureRegion(year, asOf, r, memoryStore,
                    memorySurveys, ProviderReports.NONE).results()));
            Set<String> duckMemory = duckKeys(duck, sqlFromMemory);
            Set<String> engineFile = keys(engineFromFiles(engine, rows, surveyFiles, regions, catalog, municipalities, year, asOf));
            Set<String> duckFile = duckKeys(duck, sqlFromFiles);
            boolean identical = engineMemory.equals(duckMemory) && engineFile.equals(duckFile) && engineMemory.equals(engineFile);
            System.out.printf(Locale.ROOT, "results: engine %d, DuckDB %d rows; identical: %s%n", engineMemory.size(),
                    duckMemory.size(), identical ? "yes" : "NO");
            if (!identical) {
                Set<String> onlyEngine = new TreeSet<>(engineMemory);
                onlyEngine.removeAll(duckMemory);
                Set<String> onlyDuck = new TreeSet<>(duckMemory);
                onlyDuck.removeAll(engineMemory);
                onlyEngine.stream().limit(5).forEach(k -> System.out.println("  only engine: " + k));
                onlyDuck.stream().limit(5).forEach(k -> System.out.println("  only DuckDB: " + k));
            }

            // Interleaved, so both sides see the same background load on a shared machine; ratios per pair.
            double[][] memory = pairs(runs,
                    () -> engineParallel(regions, r -> engine.measureRegion(year, asOf, r, memoryStore, memorySurveys,
                            ProviderReports.NONE).results()),
                    () -> engineParallel(regions, r -> engine.runRegion(year, asOf, r, catalog, all, allResponses)),
                    () -> duckKeys(duck, sqlFromMemory));
            double[][] files = pairs(runs,
                    () -> engineFromFiles(engine, rows, surveyFiles, regions, catalog, municipalities, year, asOf),
                    () -> duckKeys(duck, sqlFromFiles));
            line("engine from memory (per-municipality index, as the store reads)", median(memory[0]));
            line("engine from memory (scan of every row)", median(memory[1]));
            line("DuckDB from memory (table)", median(memory[2]));
            System.out.printf(Locale.ROOT, "ratio from memory, DuckDB/engine (median of per-run ratios): %.2f indexed, "
                    + "%.2f scanning (>= 1: engine as fast or faster)%n", medianRatio(memory[2], memory[0]),
                    medianRatio(memory[2], memory[1]));
            line("engine from the same files (rows CSV + survey CSVs)", median(files[0]));
            line("DuckDB from the same files (read_csv)", median(files[1]));
            System.out.printf(Locale.ROOT, "ratio from files, DuckDB/engine (median of per-run ratios): %.2f%n",
                    medianRatio(files[1], files[0]));
        }
    }

    private static final String ROW_COLUMNS = "{'municipality': 'VARCHAR', 'allocationNumber': 'VARCHAR', 'provider': 'VARCHAR', "
            + "'client': 'VARCHAR', 'assignedStart': 'DATE', 'actualStart': 'DATE', 'actualEnd': 'DATE', "
            + "'evaluationDate': 'DATE', 'evaluationResult': 'VARCHAR', 'evaluationCause': 'VARCHAR'}";
    private static final String SURVEY_COLUMNS = "{'id': 'VARCHAR', 'provider': 'VARCHAR', 'municipality': 'VARCHAR', "
            + "'date': 'DATE', 'grade': 'DECIMAL(4,1)'}";

    /** The three contract KPIs of Zaanstreek-Waterland that the SQL below computes (the monitored ones are left out). */
    private static final Set<String> CONTRACT_KPIS = Set.of("start-within-6-weeks", "result-achieved", "client-satisfaction");

    /**
     * DOMAIN.md "Computation" for Zaanstreek-Waterland's contract KPIs, in SQL: the year clipped to the contract
     * phase, clients in care, each KPI's population with its distinct clients (the observed group of at least 10).
     */
    static String sql(List<MeasurementRegion> regions, DateRange period, LocalDate asOf, String allocations, String surveys) {
        List<String> values = new ArrayList<>();
        regions.forEach(r -> r.municipalities().keySet().forEach(m -> values.add("('" + m + "', '" + r.id() + "')")));
        String first = "DATE '" + period.first() + "'";
        String last = "DATE '" + period.last() + "'";
        return "WITH regions(municipality, region) AS (VALUES " + String.join(", ", values) + "),\n"
                + "a AS (SELECT r.region, x.* FROM " + allocations + " x JOIN regions r ON x.municipality = r.municipality),\n"
                + "clients AS (SELECT region, provider, count(DISTINCT client) AS clients FROM a\n"
                + "  WHERE actualStart <= " + last + " AND (actualEnd IS NULL OR actualEnd >= " + first + ")\n"
                + "  GROUP BY region, provider),\n"
                + "kpis AS (\n"
                + "  SELECT region, provider, 'start-within-6-weeks' AS kpi,\n"
                + "    CAST(count(*) FILTER (WHERE actualStart <= assignedStart + 42) AS DECIMAL(18,3)) AS num, count(*) AS den,\n"
                + "    count(DISTINCT client) AS observed\n"
                + "  FROM a WHERE assignedStart BETWEEN " + first + " AND " + last + "\n"
                + "    AND NOT (actualStart IS NULL AND actualEnd IS NOT NULL AND actualEnd <= assignedStart + 42)\n"
                + "    AND NOT (actualStart IS NULL AND assignedStart + 42 >= DATE '" + asOf + "')\n"
                + "  GROUP BY region, provider\n"
                + "  UNION ALL\n"
                + "  SELECT region, provider, 'result-achieved', CAST(count(*) FILTER (WHERE evaluationResult = 'achieved') AS DECIMAL(18,3)),\n"
                + "    count(*), count(DISTINCT client)\n"
                + "  FROM a WHERE evaluationDate BETWEEN " + first + " AND " + last + " GROUP BY region, provider\n"
                + "  UNION ALL\n"
                + "  SELECT r.region, s.provider, 'client-satisfaction', CAST(sum(s.grade) AS DECIMAL(18,3)), count(*), count(*)\n"
                + "  FROM " + surveys + " s JOIN regions r ON s.municipality = r.municipality\n"
                + "  WHERE s.date BETWEEN " + first + " AND " + last + "\n"
                + "  GROUP BY r.region, s.provider)\n"
                + "SELECT k.region, k.provider, k.kpi, k.num, k.den, coalesce(c.clients, 0) AS clients, k.observed\n"
                + "FROM kpis k LEFT JOIN clients c ON c.region = k.region AND c.provider = k.provider";
    }

    private static Set<String> duckKeys(Connection duck, String sql) throws Exception {
        Set<String> keys = new TreeSet<>();
        try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String kpi = rs.getString(3);
                long den = rs.getLong(5);
                long clients = rs.getLong(6);
                long observed = rs.getLong(7);
                boolean measured = clients >= 10 && observed >= 10;
                keys.add(key(rs.getString(1), rs.getString(2), kpi, rs.getBigDecimal(4), den, clients, measured));
            }
        }
        return keys;
    }

    private static Set<String> keys(List<KpiResult> results) {
        return results.stream().filter(r -> CONTRACT_KPIS.contains(r.kpi())).map(r -> key(r.region(), r.provider(), r.kpi(), r.numerator(), r.denominator(),
                r.clients(), r.measured())).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String key(String region, String provider, String kpi, BigDecimal num, long den, long clients,
                              boolean measured) {
        return String.join("|", region, provider, kpi, num.stripTrailingZeros().toPlainString(), Long.toString(den),
                Long.toString(clients), Boolean.toString(measured));
    }

    private static List<KpiResult> engineFromFiles(KpiEngine engine, Path rows, List<Path> surveyFiles,
            List<MeasurementRegion> regions, KpiCatalog catalog, Set<String> municipalities, int year, LocalDate asOf)
            throws Exception {
        List<Allocation> allocations = new ArrayList<>();
        KpiRows.read(rows, municipalities, allocations::add);
        List<SurveyResponse> responses = KpiRows.readSurveys(surveyFiles, municipalities);
        Map<String, List<Allocation>> byMunicipality = allocations.stream()
                .collect(Collectors.groupingBy(a -> a.key().municipality()));
        return engineParallel(regions, r -> engine.runRegion(year, asOf, r, catalog,
                r.municipalities().keySet().stream().flatMap(m -> byMunicipality.getOrDefault(m, List.of()).stream()).toList(),
                responses));
    }

    interface RegionWork {
        List<KpiResult> measure(MeasurementRegion region) throws Exception;
    }

    /** One region per thread, as the engine's own run does. */
    private static List<KpiResult> engineParallel(List<MeasurementRegion> regions, RegionWork work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<KpiResult>>> futures = new ArrayList<>();
            for (MeasurementRegion region : regions) {
                futures.add(pool.submit(() -> work.measure(region)));
            }
            List<KpiResult> results = new ArrayList<>();
            for (Future<List<KpiResult>> f : futures) {
                results.addAll(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }

    /** Runs each piece of work once to warm up, then {@code runs} rounds of all of them in turn; seconds per round. */
    private static double[][] pairs(int runs, Callable<?>... work) throws Exception {
        for (Callable<?> w : work) {
            w.call();
        }
        double[][] seconds = new double[work.length][runs];
        for (int i = 0; i < runs; i++) {
            for (int w = 0; w < work.length; w++) {
                long t = System.nanoTime();
                work[w].call();
                seconds[w][i] = secs(t);
            }
        }
        return seconds;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static double medianRatio(double[] numerators, double[] denominators) {
        double[] ratios = new double[numerators.length];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = numerators[i] / denominators[i];
        }
        return median(ratios);
    }

    private static void line(String what, double seconds) {
        System.out.printf(Locale.ROOT, "%-66s %9.1f ms%n", what, seconds * 1000);
    }

    private static double secs(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /** Folds each measurement region's message files (the generator writes them per region) and appends its rows. */
    private static long writeRows(ScorecardsConfig config, Path events, Path rows) throws IOException {
        Map<String, List<Path>> byRegion = new LinkedHashMap<>();
        try (var files = Files.list(events)) {
            files.sorted().forEach(f -> byRegion.computeIfAbsent(
                    f.getFileName().toString().replaceAll("-\\d{3}\\.(jsonl|csv)$", ""), k -> new ArrayList<>()).add(f));
        }
        byte[] key = "bench-pseudonym-key-of-32-bytes!".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Path partial = rows.resolveSibling(rows.getFileName() + ".part");
        long written = 0;
        try (var out = Files.newBufferedWriter(partial)) {
            out.write(KpiRows.HEADER);
            out.write('\n');
            for (List<Path> files : byRegion.values()) {
                Map<AllocationKey, Allocation> folded = new HashMap<>();
                AllocationStore folding = new AllocationStore() {
                    @Override public void apply(Collection<? extends AllocationEvent> batch) {
                        for (AllocationEvent e : batch) {
                            folded.merge(e.key(), Allocation.empty(e.key()).apply(e), (a, b) -> a.apply(e));
                        }
                    }
                    @Override public List<Allocation> allocationsOf(String m) { throw new UnsupportedOperationException(); }
                    @Override public Map<AllocationKey, Allocation> allocations(Collection<AllocationKey> keys) {
                        Map<AllocationKey, Allocation> found = new HashMap<>();
                        keys.forEach(k -> { if (folded.containsKey(k)) { found.put(k, folded.get(k)); } });
                        return found;
                    }
                };
                new AllocationIngest(folding, config.regions(), new Pseudonymizer(key)).ingestPaths(files);
                List<Allocation> sorted = new ArrayList<>(folded.values());
                sorted.sort(java.util.Comparator.comparing((Allocation a) -> a.key().municipality())
                        .thenComparing(a -> a.key().allocationNumber()));
                written += KpiRows.write(out, sorted);
            }
        }
        Files.move(partial, rows);
        return written;
    }
}
