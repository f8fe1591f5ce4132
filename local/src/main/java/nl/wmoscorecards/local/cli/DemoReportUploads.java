package nl.wmoscorecards.local.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import nl.wmoscorecards.core.survey.SurveyResponse;
import nl.wmoscorecards.local.demo.DemoData;
import nl.wmoscorecards.local.demo.DemoProviderReports;
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.local.upload.ProviderUpload;

/**
 * The demo's providers deliver their reports as a provider would: each is registered (with a fresh API key),
 * writes its client-satisfaction export the way Dutch Excel does, and its staff, waiting-list and network
 * figures, and uploads each file through the API.
 */
final class DemoReportUploads {
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    record Result(int providers, int accepted, int rejected) {
    }

    private record Delivery(String provider, String type, Path file) {
    }

    private DemoReportUploads() {
    }

    static Result run(LocalRuntime runtime, DemoData demo, int year) throws IOException, InterruptedException {
        Path folder = runtime.dataFolder().resolve("demo-input").resolve(Integer.toString(year)).resolve("rapportages");
        Files.createDirectories(folder);
        Map<String, List<SurveyResponse>> byProvider = demo.surveyResponses().stream()
                .collect(Collectors.groupingBy(SurveyResponse::provider, TreeMap::new, Collectors.toList()));
        Map<String, String> keys = new TreeMap<>();
        for (Map.Entry<String, String> provider : new TreeMap<>(demo.providerNames()).entrySet()) {
            keys.put(provider.getKey(), runtime.providerKeys().add(provider.getKey(), provider.getValue()));
        }
        List<Delivery> deliveries = new ArrayList<>();
        for (Map.Entry<String, List<SurveyResponse>> provider : byProvider.entrySet()) {
            deliveries.add(write(folder, provider.getKey(), "cto", surveyCsv(provider.getValue())));
            Map<String, String> reports = DemoProviderReports.of(provider.getKey(), year, provider.getValue().stream()
                    .map(SurveyResponse::municipality).distinct().sorted().toList());
            for (Map.Entry<String, String> report : reports.entrySet()) {
                deliveries.add(write(folder, provider.getKey(), report.getKey(), report.getValue()));
            }
        }
        // Providers upload independently of each other, so the demo sends them side by side.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (Delivery delivery : deliveries) {
                String key = keys.get(delivery.provider());
                outcomes.add(pool.submit(() -> ProviderUpload.send(runtime, key, delivery.type(), Integer.toString(year),
                        delivery.file()).accepted()));
            }
            int accepted = 0;
            for (Future<Boolean> outcome : outcomes) {
                if (outcome.get()) {
                    accepted++;
                }
            }
            return new Result(keys.size(), accepted, outcomes.size() - accepted);
        } catch (ExecutionException e) {
            throw new IOException("a demo upload failed", e.getCause());
        } finally {
            pool.shutdown();
        }
    }

    private static Delivery write(Path folder, String provider, String type, String csv) throws IOException {
        Path file = folder.resolve(type + "-" + provider + ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return new Delivery(provider, type, file);
    }

    private static String surveyCsv(List<SurveyResponse> responses) {
        StringBuilder csv = new StringBuilder("\uFEFFgemeente;datum;cijfer\r\n");
        for (SurveyResponse r : responses) {
            csv.append(r.municipality()).append(';').append(DUTCH_DATE.format(r.date())).append(';')
                    .append(r.grade().toPlainString()).append("\r\n");
        }
        return csv.toString();
    }
}
