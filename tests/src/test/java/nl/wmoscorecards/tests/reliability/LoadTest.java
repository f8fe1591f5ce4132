package nl.wmoscorecards.tests.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.wmoscorecards.core.ingest.IngestReport;
import nl.wmoscorecards.core.privacy.Bsn;
import nl.wmoscorecards.core.region.MeasurementRegion;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.tests.upload.UploadApiClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load on the embedded runtime: a sustained ingest of one million allocation messages (tag "long": about five
 * minutes on dynalite here), and 50 upload-URL requests at the same moment on loopback. Bounds are
 * generous sanity bounds; the measured figures go to docs/reliability.md.
 */
@Tag("load")
class LoadTest {
    static final int MESSAGES = 1_000_000;
    /** Per allocation: a 301 and the same 301 resent, a 305 twice, a 301 correction, a 307, an evaluation twice. */
    static final int PER_ALLOCATION = 8;
    private static final int CONCURRENT_REQUESTS = 50;

    @TempDir
    Path work;

    @Test
    @Tag("long")
    void aMillionMessagesAreIngestedWithoutAnErrorAndEveryAllocationIsThere() throws Exception {
        try (LocalRuntime runtime = LocalRuntime.inMemory(work.resolve("data"), Rig.PSEUDONYM_KEY)) {
            List<String> municipalities = runtime.config().regions().measurementRegions().stream()
                    .map(MeasurementRegion::municipalities).flatMap(m -> m.keySet().stream()).sorted().toList();
            long started = System.nanoTime();
            IngestReport report;
            try (InputStream events = new GeneratedMessages(MESSAGES / PER_ALLOCATION, municipalities)) {
                report = runtime.allocationIngest().ingest("load.jsonl", events);
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(report.errors()).isEmpty();
            assertThat(report.accepted()).isEqualTo((long) MESSAGES / PER_ALLOCATION * PER_ALLOCATION);
            TreeMap<String, Integer> stored = new TreeMap<>();
            long allocations = 0;
            for (String municipality : municipalities) {
                int n = runtime.stores().allocations().allocationsOf(municipality).size();
                stored.put(municipality, n);
                allocations += n;
            }
            assertThat(allocations).isEqualTo(MESSAGES / PER_ALLOCATION);
            assertThat(took).isLessThan(Duration.ofMinutes(90));
            Figures.record("LoadTest", String.format(Locale.ROOT,
                    "%,d messages (%,d allocations in %d municipalities) ingested from one generated stream in %d s: %,.0f messages/s, "
                            + "0 errors, every allocation stored",
                    report.accepted(), allocations, municipalities.size(), took.toSeconds(),
                    report.accepted() / (took.toMillis() / 1000.0)));
        }
    }

    @Test
    void fiftyUploadUrlRequestsAtOnceAllSucceed() throws Exception {
        try (LocalRuntime runtime = LocalRuntime.inMemory(work.resolve("data"), Rig.PSEUDONYM_KEY)) {
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                keys.add(runtime.providerKeys().add(String.format(Locale.ROOT, "5000%04d", i), "Zorg " + i));
            }
            URI endpoint = runtime.startApi().endpoint();
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
            ExecutorService callers = Executors.newFixedThreadPool(CONCURRENT_REQUESTS);
            CountDownLatch go = new CountDownLatch(1);
            List<Callable<HttpResponse<String>>> requests = new ArrayList<>();
            for (int i = 0; i < CONCURRENT_REQUESTS; i++) {
                String key = keys.get(i % keys.size());
                requests.add(() -> {
                    go.await();
                    return http.send(HttpRequest.newBuilder(endpoint.resolve("/uploads"))
                            .timeout(Duration.ofSeconds(60))
                            .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(UploadApiClient.JSON.writeValueAsString(
                                    UploadApiClient.request("cto", "2025", "cto.csv", "text/csv"))))
                            .build(), HttpResponse.BodyHandlers.ofString());
                });
            }
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (Callable<HttpResponse<String>> request : requests) {
                answers.add(callers.submit(request));
            }
            long started = System.nanoTime();
            go.countDown();
            Set<String> uploadIds = new HashSet<>();
            int errors = 0;
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> response = answer.get();
                if (response.statusCode() != 201) {
                    errors++;
                } else {
                    uploadIds.add(UploadApiClient.JSON.readTree(response.body()).path("uploadId").asString());
                }
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            callers.shutdown();

            assertThat(errors).isZero();
            assertThat(uploadIds).hasSize(CONCURRENT_REQUESTS);
            for (String uploadId : uploadIds) {
                assertThat(runtime.uploadStore().find(uploadId)).isPresent();
            }
            assertThat(took).isLessThan(Duration.ofSeconds(60));
            Figures.record("LoadTest", String.format(Locale.ROOT,
                    "%d upload-URL requests at once on loopback: %d answered 201 with distinct uploads, 0 errors, all within %d ms",
                    CONCURRENT_REQUESTS, uploadIds.size(), took.toMillis()));
        }
    }

    /**
     * JSON Lines made on the fly while the ingest reads them: never more than one line in memory. Allocation i
     * belongs to a municipality, a provider and a client (elfproef-valid BSNs from the test range 999900006-999999990).
     */
    static final class GeneratedMessages extends InputStream {
        private static final LocalDate YEAR_START = LocalDate.of(Rig.YEAR, 1, 1);
        private final int allocations;
        private final List<String> municipalities;
        private final int[] bsns;
        private int allocation;
        private int step;
        private byte[] line = new byte[0];
        private int position;

        GeneratedMessages(int allocations, List<String> municipalities) {
            this.allocations = allocations;
            this.municipalities = municipalities;
            List<Integer> valid = new ArrayList<>();
            for (int n = 999_900_006; n <= 999_999_990; n++) {
                if (Bsn.isValid(Integer.toString(n))) {
                    valid.add(n);
                }
            }
            this.bsns = valid.stream().mapToInt(Integer::intValue).toArray();
        }

        @Override
        public int read() {
            if (!fill()) {
                return -1;
            }
            return line[position++] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, line.length - position);
            System.arraycopy(line, position, buffer, offset, n);
            position += n;
            return n;
        }

        private boolean fill() {
            while (position == line.length) {
                if (allocation >= allocations) {
                    return false;
                }
                line = (message(allocation, step) + "\n").getBytes(StandardCharsets.UTF_8);
                position = 0;
                if (++step == PER_ALLOCATION) {
                    step = 0;
                    allocation++;
                }
            }
            return true;
        }

        private String message(int i, int step) {
            String municipality = municipalities.get(i % municipalities.size());
            String provider = String.format(Locale.ROOT, "6%07d", i % 400);
            String number = "L" + i;
            LocalDate assigned = YEAR_START.plusDays(i % 300);
            LocalDate started = assigned.plusDays(5 + i % 50);
            String bsn = Integer.toString(bsns[i % bsns.length]);
            String id = "M" + i + "-";
            return switch (step) {
                case 0, 1 -> line("301", id + 0, assigned.minusDays(2) + "T09:00:00Z", municipality, provider, number,
                        "\"bsn\":\"" + bsn + "\",\"productCategory\":\"02\",\"productCode\":\"02A01\",\"startDate\":\"" + assigned + "\"");
                case 2, 3 -> line("305", id + 2, started.plusDays(1) + "T09:00:00Z", municipality, provider, number,
                        "\"startDate\":\"" + started + "\"");
                case 4 -> line("301", id + 4, started.plusDays(2) + "T09:00:00Z", municipality, provider, number,
                        "\"bsn\":\"" + bsn + "\",\"productCategory\":\"02\",\"productCode\":\"02A01\",\"startDate\":\"" + assigned + "\"");
                case 5 -> line("307", id + 5, started.plusDays(61) + "T09:00:00Z", municipality, provider, number,
                        "\"endDate\":\"" + started.plusDays(60) + "\",\"reason\":\"19\"");
                default -> line("evaluation", id + 6, started.plusDays(63) + "T09:00:00Z", municipality, provider, number,
                        "\"date\":\"" + started.plusDays(62) + "\",\"result\":\"" + (i % 3 == 0 ? "partly" : "achieved") + "\""
                                + (i % 3 == 0 ? ",\"cause\":\"client\"" : ""));
            };
        }

        private static String line(String type, String id, String sentAt, String municipality, String provider,
                                   String allocation, String rest) {
            return "{\"type\":\"" + type + "\",\"messageId\":\"" + id + "\",\"sentAt\":\"" + sentAt + "\",\"municipality\":\""
                    + municipality + "\",\"provider\":\"" + provider + "\",\"allocationNumber\":\"" + allocation + "\"," + rest + "}";
        }
    }
}
