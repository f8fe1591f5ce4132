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
import nl.wmoscorecards.local.runtime.LocalRuntime;
import nl.wmoscorecards.local.upload.ProviderUpload;

/**
 * The demo's providers deliver their client-satisfaction surveys as a provider would: each is registered
 * (with a fresh API key), writes its CTO export the way Dutch Excel does, and uploads it through the API.
 */
final class DemoSurveyUploads {
    private static final DateTimeFormatter DUTCH_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    record Result(int providers, int accepted, int rejected) {
    }

    private DemoSurveyUploads() {
    }

    static Result run(LocalRuntime runtime, DemoData demo, int year) throws IOException, InterruptedException {
        Path folder = runtime.dataFolder().resolve("demo-input").resolve(Integer.toString(year)).resolve("cto");
        Files.createDirectories(folder);
        Map<String, List<SurveyResponse>> byProvider = demo.surveyResponses().stream()
                .collect(Collectors.groupingBy(SurveyResponse::provider, TreeMap::new, Collectors.toList()));
        Map<String, String> keys = new TreeMap<>();
        for (Map.Entry<String, String> provider : new TreeMap<>(demo.providerNames()).entrySet()) {
            keys.put(provider.getKey(), runtime.providerKeys().add(provider.getKey(), provider.getValue()));
        }
        // Providers upload independently of each other, so the demo sends them side by side.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (Map.Entry<String, List<SurveyResponse>> provider : byProvider.entrySet()) {
                Path file = folder.resolve("cto-" + provider.getKey() + ".csv");
                Files.writeString(file, csv(provider.getValue()), StandardCharsets.UTF_8);
                String key = keys.get(provider.getKey());
                outcomes.add(pool.submit(() -> ProviderUpload.send(runtime, key, "cto", Integer.toString(year), file).accepted()));
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

    private static String csv(List<SurveyResponse> responses) {
        StringBuilder csv = new StringBuilder("\uFEFFgemeente;datum;cijfer\r\n");
        for (SurveyResponse r : responses) {
            csv.append(r.municipality()).append(';').append(DUTCH_DATE.format(r.date())).append(';')
                    .append(r.grade().toPlainString()).append("\r\n");
        }
        return csv.toString();
    }
}
