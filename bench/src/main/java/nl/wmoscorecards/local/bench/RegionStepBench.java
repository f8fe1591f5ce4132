package nl.wmoscorecards.local.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wmoscorecards.core.run.YearlyAssessment;
import nl.wmoscorecards.functions.handler.KpiRegionRunHandler;
import nl.wmoscorecards.functions.handler.KpiRunFinishHandler;
import nl.wmoscorecards.local.runtime.LocalRuntime;

/**
 * The yearly run as the AWS state machine runs it, one step at a time on an existing store: every region's step
 * ({@link KpiRegionRunHandler}, what one Lambda invocation does) alone, timed, with the heap it needed at its
 * peak, then the finish step. Shows whether the largest region fits one invocation (15 minutes, the function's
 * memory) with room to spare.
 *
 * <p>Usage: {@code RegionStepBench DATA_FOLDER YEAR}; for a national store set SCORECARDS_CONFIG_DIR to the
 * generated set's config folder.
 */
public final class RegionStepBench {
    private RegionStepBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int year = Integer.parseInt(args[1]);
        LocalDate asOf = LocalDate.of(year + 1, 3, 1);
        try (LocalRuntime runtime = LocalRuntime.open(folder)) {
            KpiRegionRunHandler regionStep = new KpiRegionRunHandler(runtime.config(), runtime.stores(), runtime.clock());
            List<String> regions = YearlyAssessment.regions(runtime.config());
            List<String[]> rows = new ArrayList<>();
            double total = 0;
            double slowest = 0;
            long largestHeap = 0;
            for (String region : regions) {
                System.gc();
                resetPeaks();
                long t = System.nanoTime();
                Map<String, Object> answer = regionStep.handleRequest(step(year, asOf, "region", region), null);
                double seconds = (System.nanoTime() - t) / 1e9;
                long heap = peakHeap();
                total += seconds;
                slowest = Math.max(slowest, seconds);
                largestHeap = Math.max(largestHeap, heap);
                rows.add(new String[] {region, String.valueOf(answer.get("results")), String.format(Locale.ROOT, "%.1f", seconds),
                        String.valueOf(heap >> 20)});
            }
            long t = System.nanoTime();
            Map<String, Object> finished = new KpiRunFinishHandler(runtime.config(), runtime.stores(), runtime.clock())
                    .handleRequest(step(year, asOf, "regions", regions), null);
            double finish = (System.nanoTime() - t) / 1e9;
            rows.sort((a, b) -> Double.compare(Double.parseDouble(b[2]), Double.parseDouble(a[2])));
            System.out.printf(Locale.ROOT, "region steps, one at a time (max heap %d MiB, Java %s):%n",
                    Runtime.getRuntime().maxMemory() >> 20, System.getProperty("java.version"));
            System.out.printf(Locale.ROOT, "%-40s %8s %8s %14s%n", "region (slowest 5)", "results", "seconds", "peak heap MiB");
            rows.stream().limit(5).forEach(r -> System.out.printf(Locale.ROOT, "%-40s %8s %8s %14s%n", (Object[]) r));
            System.out.printf(Locale.ROOT, "%d region steps: %.1f s in all, slowest %.1f s, peak heap at most %d MiB%n",
                    regions.size(), total, slowest, largestHeap >> 20);
            System.out.printf(Locale.ROOT, "finish step: %.1f s (%s)%n", finish, finished);
        }
    }

    private static Map<String, Object> step(int year, LocalDate asOf, String key, Object value) {
        Map<String, Object> input = new HashMap<>();
        input.put("year", year);
        input.put("asOf", asOf.toString());
        input.put(key, value);
        return input;
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** Sum of the heap pools' peaks since the reset: an upper bound of the heap the step had in use at once. */
    private static long peakHeap() {
        return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
    }
}
